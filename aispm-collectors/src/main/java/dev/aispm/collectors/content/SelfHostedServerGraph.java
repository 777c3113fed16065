package dev.aispm.collectors.content;

import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import dev.aispm.scanners.packages.Ecosystem;
import dev.aispm.scanners.packages.SoftwarePackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a self-hosted server that {@link SelfHostedServers} recognised on compute (an instance, a
 * container of a task definition or a model) as the same records everywhere: the server as AI use
 * of kind {@code server}, and, when its tag or image names a version, its package with the
 * advisories affecting it. One writer, so an MLflow on EC2 and an MLflow in an ECS task are judged
 * by the same rules.
 */
public final class SelfHostedServerGraph {
  private SelfHostedServerGraph() {}

  /**
   * @param ownerId     id of the compute the server runs on
   * @param usesAi      the owner type's edge to its AI use
   * @param usesPackage the owner type's edge to its packages
   */
  public static void write(WriteBatch out, String ownerId, SelfHostedServers.Match m, RelSchema usesAi,
      RelSchema usesPackage, AiCatalogue catalogue, AdvisoryIndex advisories, ScopeKey scope) {
    SelfHostedServers.Server s = m.server();
    String usage = ownerId + "#ai/server/" + s.subject();
    out.node(AiUsageSchema.NODE, NodeRecord.of(usage, scope)
        .set("kind", "server")
        .set("subject", s.subject())
        .set("component", s.component())
        .set("category", s.dashboard() ? "ml-platform" : "inference-server")
        .set("managed", false)
        .set("evidence", m.evidence())
        .set("dashboard", s.dashboard())
        .set("exposedPorts", m.exposedPorts().isEmpty() ? null : m.exposedPorts())
        .set("version", m.version())
        .build());
    out.rel(usesAi, RelRecord.of(ownerId, usage, scope));
    if (m.version() == null || m.server().pypi() == null) {
      return;
    }
    SoftwarePackage p = new SoftwarePackage(Ecosystem.PYPI, m.server().pypi(), m.version(),
        String.join("; ", m.evidence()), "tag");
    // A server the owner runs itself is never a cloud's managed AI service, whichever cloud it is on.
    catalogue.classify(p).ifPresent(c -> SupplyChainGraph.write(out, ownerId,
        new CodeReport(CodeReport.SCANNED, null, Map.of(p, c), List.of(), new ArrayList<>(advisories.matches(p)), 0),
        scope, usesPackage, usesAi, null));
  }
}
