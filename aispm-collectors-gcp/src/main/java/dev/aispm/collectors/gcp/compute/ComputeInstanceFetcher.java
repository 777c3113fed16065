package dev.aispm.collectors.gcp.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.GcpRest;
import java.util.List;

/**
 * Compute Engine REST: every VM of a project in every zone at once (instances.aggregatedList,
 * permission compute.instances.list), paged. The answer carries each VM's metadata, startup script
 * included, in clear. Fetches only.
 */
public final class ComputeInstanceFetcher {
  private ComputeInstanceFetcher() {}

  public static List<JsonNode> list(GcpRest rest, String base, String projectId) {
    // Without returnPartialSuccess: a zone that cannot answer fails the call, so stale cleanup never
    // takes a zone's VMs for gone.
    return rest.aggregatedJson(base + "/compute/v1/projects/" + projectId + "/aggregated/instances?maxResults=500",
        "instances");
  }
}
