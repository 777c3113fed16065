package dev.aispm.collectors.azure.containerapps;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.content.AiProviderSettings;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;

/**
 * The links an app and a job share: {@code RUNS_AS} to each managed identity and {@code USES_AI}
 * for each env var name that points at an AI provider. Kept in one place so a job's AI use reads
 * exactly as an app's does, which the serverless shadow-AI rule relies on.
 */
final class WorkloadLinks {
  private WorkloadLinks() {}

  /**
   * @param what how the evidence names the workload ({@code container app rag-api})
   */
  static void write(String id, String what, List<String> envNames, List<ResourceIdentity> identities,
      String tenantId, ScopeKey scope, RelSchema runsAs, RelSchema usesAi, GraphBatch out) {
    // Only names are evidence here (the images are read by the registry sync): the report carries
    // no package, so the package relationship argument is never used.
    CodeReport settings = CodeReport.notRead(CodeReport.NONE, "container image")
        .withEvidence(AiProviderSettings.evidence(envNames, "environment of " + what));
    WriteBatch ai = new WriteBatch();
    SupplyChainGraph.write(ai, id, settings, scope, usesAi, usesAi, "azure");
    out.addAll(ai, List.of(usesAi));
    for (ResourceIdentity identity : identities) {
      out.link(runsAs, RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
    }
  }
}
