package dev.aispm.collectors.gcp.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.GcpRest;
import java.util.List;

/**
 * Cloud Functions v2 call: every function of a project in every region at once, through the
 * wildcard location (cloudfunctions.functions.list; 1st gen functions are listed too). Fetches only.
 */
public final class CloudFunctionFetcher {
  public static final String PERMISSION = "cloudfunctions.functions.list";

  private CloudFunctionFetcher() {}

  public static List<JsonNode> list(GcpRest rest, String base, String projectId) {
    return rest.listJson(base + "/v2/projects/" + projectId + "/locations/-/functions", "functions");
  }
}
