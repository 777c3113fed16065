package dev.aispm.collectors.azure.containerapps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureScope;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import java.util.List;
import java.util.Map;

/**
 * Collects the container apps of one subscription. A failed listing is recorded for the app type
 * and the AI use it feeds, so cleanup keeps what an earlier scan found, and the subscription goes on.
 */
public final class ContainerAppSync {
  private ContainerAppSync() {}

  /** @param identities collects the apps' managed identities, for the principal step */
  public static void collect(AzureScope s, Map<String, ResourceIdentity> identities, GraphBatch out) {
    ContainerAppFetcher fetcher = new ContainerAppFetcher(s.arm());
    List<JsonNode> apps = s.read(() -> fetcher.containerApps(s.path()), AzureContainerAppSchema.NODE,
        AiUsageSchema.NODE).orElse(List.of());
    ContainerAppTransformer.transform(apps, s.tenantId(), s.scope(), out);
    for (JsonNode app : apps) {
      ResourceIdentity.of(app).forEach(i -> identities.putIfAbsent(i.principalId(), i));
    }
  }
}
