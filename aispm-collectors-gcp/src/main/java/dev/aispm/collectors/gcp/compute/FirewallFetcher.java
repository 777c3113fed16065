package dev.aispm.collectors.gcp.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.GcpRest;
import java.util.List;

/**
 * Compute Engine REST: a project's VPC firewall rules (compute.firewalls.list) and routes
 * (compute.routes.list). The Compute
 * client is not served here, so the answer is read as JSON.
 */
public final class FirewallFetcher {
  private FirewallFetcher() {}

  public static List<JsonNode> list(GcpRest rest, String base, String projectId) {
    return rest.listJson(base + "/compute/v1/projects/" + projectId + "/global/firewalls?maxResults=500", "items");
  }

  /** The project's routes (compute.routes.list): whether each network reaches the internet gateway. */
  public static List<JsonNode> routes(GcpRest rest, String base, String projectId) {
    return rest.listJson(base + "/compute/v1/projects/" + projectId + "/global/routes?maxResults=500", "items");
  }
}
