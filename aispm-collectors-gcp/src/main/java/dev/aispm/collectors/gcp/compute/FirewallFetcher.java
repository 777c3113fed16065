package dev.aispm.collectors.gcp.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.GcpRest;
import java.util.List;

/**
 * Compute Engine REST: a project's VPC firewall rules (compute.firewalls.list). The Compute
 * client is not served here, so the answer is read as JSON.
 */
public final class FirewallFetcher {
  private FirewallFetcher() {}

  public static List<JsonNode> list(GcpRest rest, String base, String projectId) {
    return rest.listJson(base + "/compute/v1/projects/" + projectId + "/global/firewalls?maxResults=500", "items");
  }
}
