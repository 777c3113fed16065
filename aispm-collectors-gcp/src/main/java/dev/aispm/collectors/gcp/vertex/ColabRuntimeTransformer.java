package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.NotebookRuntime;
import com.google.cloud.aiplatform.v1.PostStartupScriptConfig;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.gcp.vertex.ColabRuntimeSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;

/**
 * Turns Colab Enterprise runtimes into notebook nodes. A runtime without a service account runs
 * with its user's own credentials (end-user credentials), so it has no RUNS_AS edge.
 */
public final class ColabRuntimeTransformer {
  private ColabRuntimeTransformer() {}

  public static WriteBatch transform(List<NotebookRuntime> runtimes, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (NotebookRuntime r : runtimes) {
      String id = GcpIds.aiplatform(r.getName());
      String sa = GcpIds.nullIfEmpty(r.getServiceAccount());
      // The script's content may hold secrets: only whether one runs, and from where, is kept.
      PostStartupScriptConfig script = r.hasSoftwareConfig() && r.getSoftwareConfig().hasPostStartupScriptConfig()
          ? r.getSoftwareConfig().getPostStartupScriptConfig() : null;
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(r.getDisplayName()))
          .set("location", VertexCommon.location(r.getName()))
          .set("runtimeUser", GcpIds.nullIfEmpty(r.getRuntimeUser()))
          .set("state", r.getRuntimeState().name())
          .set("serviceAccount", sa)
          .set("usesDefaultComputeAccount", GcpIds.isDefaultComputeAccount(sa))
          .set("internetAccess", r.hasNetworkSpec() ? r.getNetworkSpec().getEnableInternetAccess() : null)
          .set("network", r.hasNetworkSpec() ? GcpIds.lastSegment(GcpIds.nullIfEmpty(r.getNetworkSpec().getNetwork())) : null)
          .set("subnet", r.hasNetworkSpec() ? GcpIds.lastSegment(GcpIds.nullIfEmpty(r.getNetworkSpec().getSubnetwork())) : null)
          .set("idleShutdownDisabled", r.hasIdleShutdownConfig() ? r.getIdleShutdownConfig().getIdleShutdownDisabled() : null)
          .set("idleTimeoutSeconds", r.hasIdleShutdownConfig() && r.getIdleShutdownConfig().hasIdleTimeout()
              ? r.getIdleShutdownConfig().getIdleTimeout().getSeconds() : null)
          .set("secureBoot", r.hasShieldedVmConfig() ? r.getShieldedVmConfig().getEnableSecureBoot() : null)
          .set("runtimeType", r.getNotebookRuntimeType().name())
          .set("template", r.hasNotebookRuntimeTemplateRef()
              ? GcpIds.nullIfEmpty(r.getNotebookRuntimeTemplateRef().getNotebookRuntimeTemplate()) : null)
          .set("proxyAccess", !r.getProxyUri().isEmpty())
          .set("networkTags", List.copyOf(r.getNetworkTagsList()))
          .set("postStartupScript", script != null && (!script.getPostStartupScript().isEmpty()
              || !script.getPostStartupScriptUrl().isEmpty()))
          .set("postStartupScriptUrl", script == null ? null : GcpIds.nullIfEmpty(script.getPostStartupScriptUrl()))
          .set("postStartupScriptBehavior", script == null ? null : script.getPostStartupScriptBehavior().name())
          .set("upgradable", r.getIsUpgradable())
          .set("healthState", r.getHealthState().name())
          .set("createdAt", VertexCommon.time(r.hasCreateTime(), r.getCreateTime()));
      out.node(ColabRuntimeSchema.NODE, VertexCommon.encryption(b, r.hasEncryptionSpec(), r.getEncryptionSpec()).build());
      VertexCommon.runsAs(out, ColabRuntimeSchema.RUNS_AS, id, sa, scope);
    }
    return out;
  }
}
