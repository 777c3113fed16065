package dev.aispm.collectors.azure.containerapps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureScope;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.arm.Json;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppJobSchema;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the container apps and Container Apps jobs of one subscription, with the revisions of
 * the apps that may serve more than their latest one. A failed listing is recorded for the types it
 * feeds, so cleanup keeps what an earlier scan found, and the subscription goes on.
 */
public final class ContainerAppSync {
  private ContainerAppSync() {}

  /** @param identities collects the apps' and jobs' managed identities, for the principal step */
  public static void collect(AzureScope s, Map<String, ResourceIdentity> identities, GraphBatch out) {
    ContainerAppFetcher fetcher = new ContainerAppFetcher(s.arm());
    List<JsonNode> apps = s.read(() -> fetcher.containerApps(s.path()), AzureContainerAppSchema.NODE,
        AiUsageSchema.NODE).orElse(List.of());
    Map<String, List<JsonNode>> revisions = new HashMap<>();
    for (JsonNode app : apps) {
      if (!ContainerAppTransformer.servesOlderRevisions(app)) {
        continue;
      }
      // Requests use the id as ARM spelled it; the graph keeps it lower-case. Without the revisions
      // an older image the app still serves is missing from this scan: the app, its AI use and the
      // images it ran are then failed types, so cleanup keeps the links an earlier scan made.
      String path = Json.text(app, "id");
      s.read(() -> fetcher.revisions(path), AzureContainerAppSchema.NODE, AzureContainerImageSchema.NODE,
          SupplyChainGraph.TYPES.get(0), SupplyChainGraph.TYPES.get(1), SupplyChainGraph.TYPES.get(2))
          .ifPresent(r -> revisions.put(ArmIds.normalize(path), r));
    }
    ContainerAppTransformer.transform(apps, revisions, s.tenantId(), s.scope(), out);
    List<JsonNode> jobs = s.read(() -> fetcher.jobs(s.path()), AzureContainerAppJobSchema.NODE,
        AiUsageSchema.NODE).orElse(List.of());
    ContainerAppJobTransformer.transform(jobs, s.tenantId(), s.scope(), out);
    for (JsonNode resource : apps) {
      ResourceIdentity.of(resource).forEach(i -> identities.putIfAbsent(i.principalId(), i));
    }
    for (JsonNode resource : jobs) {
      ResourceIdentity.of(resource).forEach(i -> identities.putIfAbsent(i.principalId(), i));
    }
  }
}
