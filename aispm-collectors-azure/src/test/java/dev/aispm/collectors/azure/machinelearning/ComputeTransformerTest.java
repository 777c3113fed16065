package dev.aispm.collectors.azure.machinelearning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.collectors.azure.network.NetworkView;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLComputeSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComputeTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "00000000-1111-2222-3333-444444444444", "global");
  static final String WS = "/subscriptions/00000000-1111-2222-3333-444444444444/resourcegroups/rg/providers/microsoft.machinelearningservices/workspaces/ws";

  @Test
  void readsInstancesAndClustersWithTheApiDefaultsAndReachability() {
    GraphBatch out = new GraphBatch();
    ComputeTransformer.transform(Recorded.list("machinelearning", "Compute_List"), WS, "ws", "tenant", NetworkView.unknown(), SCOPE, out);

    Map<String, Object> open = node(out.nodes(AzureMLComputeSchema.INSTANCE), "open-ci");
    assertThat(open).containsEntry("sshPublicAccess", true)
        .containsEntry("publicIp", true) // absent enableNodePublicIp means true
        .containsEntry("rootAccess", true) // absent enableRootAccess means true
        .containsEntry("idleShutdownEnabled", false)
        .containsEntry("localAuthDisabled", false)
        .containsEntry("internetReachable", true)
        .containsEntry("identityType", "SystemAssigned");
    assertThat(out.rels(AzureMLComputeSchema.INTERNET_CAN_REACH_INSTANCE))
        .singleElement().satisfies(r -> assertThat(r.properties()).containsEntry("via", "sshPublicAccess"));
    assertThat(out.rels(AzureMLComputeSchema.INSTANCE_RUNS_AS)).singleElement()
        .satisfies(r -> assertThat(r.toId()).isEqualTo("/tenants/tenant/serviceprincipals/aaaaaaaa-0000-4000-8000-000000000001"));

    // In a subnet the scan could not read: public IP, no SSH, security group unknown -> unknown.
    Map<String, Object> vnet = node(out.nodes(AzureMLComputeSchema.INSTANCE), "vnet-ci");
    assertThat(vnet).containsEntry("sshPublicAccess", false).containsEntry("rootAccess", false)
        .containsEntry("idleShutdownAfter", "PT45M").containsEntry("internetReachable", null)
        .containsEntry("identityType", null);

    // NotSpecified with an admin user opens SSH on a cluster, but without public IPs nothing reaches it.
    Map<String, Object> cluster = node(out.nodes(AzureMLComputeSchema.CLUSTER), "cluster");
    assertThat(cluster).containsEntry("sshPublicAccess", true).containsEntry("publicIp", false)
        .containsEntry("internetReachable", false).containsEntry("maxNodes", 2L);
    assertThat(out.rels(AzureMLComputeSchema.INTERNET_CAN_REACH_CLUSTER)).isEmpty();

    assertThat(out.nodes(AzureMLComputeSchema.INSTANCE)).hasSize(2);
    assertThat(out.nodes(AzureMLComputeSchema.CLUSTER)).as("attached Kubernetes is not Azure ML-managed").hasSize(1);
  }

  static Map<String, Object> node(List<NodeRecord> nodes, String name) {
    return nodes.stream().filter(n -> name.equals(n.properties().get("name"))).findFirst().orElseThrow().properties();
  }
}
