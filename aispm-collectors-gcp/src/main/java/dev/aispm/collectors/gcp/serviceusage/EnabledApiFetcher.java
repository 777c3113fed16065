package dev.aispm.collectors.gcp.serviceusage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.GcpRest;
import java.util.List;

/**
 * Service Usage: the project's enabled services (serviceusage.services.list). The Java client of
 * this API is not served here, so its REST answer is read as JSON.
 */
public final class EnabledApiFetcher {
  private EnabledApiFetcher() {}

  public static List<JsonNode> enabled(GcpRest rest, String base, String projectId) {
    return rest.listJson(base + "/v1/projects/" + projectId + "/services?filter=state:ENABLED&pageSize=200", "services");
  }
}
