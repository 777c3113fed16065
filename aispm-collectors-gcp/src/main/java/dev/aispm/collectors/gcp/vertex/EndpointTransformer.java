package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.DeployedModel;
import com.google.cloud.aiplatform.v1.Endpoint;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.gcp.vertex.VertexEndpointSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns Vertex AI endpoints into endpoint nodes with their deployed models. An endpoint with
 * neither a peered network nor Private Service Connect is served on the public Vertex AI API:
 * callers still need IAM, but the network boundary is gone, as for a SageMaker model outside a
 * VPC, so it gets the same Internet edge.
 */
public final class EndpointTransformer {
  private EndpointTransformer() {}

  // The deprecated enablePrivateServiceConnect flag is still what endpoints created before
  // privateServiceConnectConfig carry, so both are read.
  @SuppressWarnings("deprecation")
  public static WriteBatch transform(List<Endpoint> endpoints, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (Endpoint e : endpoints) {
      String id = GcpIds.aiplatform(e.getName());
      boolean psc = e.getEnablePrivateServiceConnect()
          || e.hasPrivateServiceConnectConfig() && e.getPrivateServiceConnectConfig().getEnablePrivateServiceConnect();
      String network = GcpIds.nullIfEmpty(e.getNetwork());
      boolean publicEndpoint = network == null && !psc;
      List<String> ids = new ArrayList<>();
      TreeSet<String> accounts = new TreeSet<>();
      boolean allLogged = !e.getDeployedModelsList().isEmpty();
      for (DeployedModel d : e.getDeployedModelsList()) {
        ids.add(d.getId());
        if (!d.getServiceAccount().isEmpty()) {
          accounts.add(d.getServiceAccount());
        }
        allLogged &= d.getEnableAccessLogging();
      }
      List<String> split = e.getTrafficSplitMap().entrySet().stream()
          .map(x -> x.getKey() + "=" + x.getValue()).sorted().toList();
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(e.getDisplayName()))
          .set("location", VertexCommon.location(e.getName()))
          .set("network", network)
          .set("privateServiceConnect", psc)
          .set("dedicatedEndpoint", e.getDedicatedEndpointEnabled())
          .set("publicEndpoint", publicEndpoint)
          .set("internetReachable", publicEndpoint)
          .set("deployedModelIds", ids)
          .set("trafficSplit", split)
          .set("serviceAccounts", List.copyOf(accounts))
          .set("accessLoggingEnabled", e.getDeployedModelsList().isEmpty() ? null : allLogged)
          .set("createdAt", VertexCommon.time(e.hasCreateTime(), e.getCreateTime()))
          .set("tags", VertexCommon.labels(e.getLabelsMap()));
      out.node(VertexEndpointSchema.NODE, VertexCommon.encryption(b, e.hasEncryptionSpec(), e.getEncryptionSpec()).build());
      for (DeployedModel d : e.getDeployedModelsList()) {
        if (!d.getModel().isEmpty()) {
          out.rel(VertexEndpointSchema.SERVED_BY, RelRecord.of(GcpIds.aiplatform(d.getModel()), id, scope,
              Map.of("deployedModelId", d.getId())));
        }
      }
      for (String sa : accounts) {
        VertexCommon.runsAs(out, VertexEndpointSchema.RUNS_AS, id, sa, scope);
      }
      if (publicEndpoint) {
        out.node(CommonSchemas.INTERNET, GcpIds.internet());
        out.rel(VertexEndpointSchema.INTERNET_CAN_REACH, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope,
            Map.of("via", "publicEndpoint")));
      }
    }
    return out;
  }
}
