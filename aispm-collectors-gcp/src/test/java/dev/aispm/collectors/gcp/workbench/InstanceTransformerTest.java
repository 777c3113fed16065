package dev.aispm.collectors.gcp.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.notebooks.v2.ListInstancesResponse;
import dev.aispm.graph.collect.Read;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.compute.FirewallRule;
import dev.aispm.collectors.gcp.compute.FirewallTransformer;
import dev.aispm.graph.schema.gcp.workbench.WorkbenchInstanceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "global");
  static final ListInstancesResponse ANSWER = Recorded.proto("notebooks/ListInstances.json", ListInstancesResponse::newBuilder);
  static final List<FirewallRule> RULES = FirewallTransformer.rules(
      Recorded.items("compute/ListFirewalls.json", "items"), "acme-vertex-prod");

  @Test
  void anInstanceWithAnExternalIpBehindAWorldOpenRuleIsReachable() {
    WriteBatch out = InstanceTransformer.transform(ANSWER.getInstancesList(), Read.of(RULES), SCOPE);
    NodeRecord research = node(out, "research-workbench");
    assertThat(research.properties()).containsEntry("publicIp", true).containsEntry("rootAccess", true)
        .containsEntry("internetReachable", true).containsEntry("usesDefaultComputeAccount", true)
        .containsEntry("secureBoot", false).containsEntry("cmekEnabled", false).containsEntry("zone", "us-central1-a")
        .containsEntry("idleShutdownSeconds", null);
    assertThat(out.rels(WorkbenchInstanceSchema.INTERNET_CAN_REACH)).singleElement().satisfies(r -> {
      assertThat(r.toId()).isEqualTo(research.id());
      assertThat(r.properties()).containsEntry("ports", List.of("tcp:22", "tcp:8888"));
    });
    // The tag-targeted rule applies to the tagged VM only; the internal rule applies to both.
    assertThat(out.rels(WorkbenchInstanceSchema.HAS_SECURITY_GROUP).stream()
        .filter(r -> r.fromId().equals(research.id())).map(RelRecord::toId).toList()).hasSize(2);
    NodeRecord secure = node(out, "secure-workbench");
    assertThat(secure.properties()).containsEntry("publicIp", false).containsEntry("rootAccess", false)
        .containsEntry("internetReachable", false).containsEntry("cmekEnabled", true).containsEntry("idleShutdownSeconds", 10800L);
  }

  @Test
  void withTheFirewallUnreadAnExternalIpLeavesReachabilityUnknown() {
    WriteBatch out = InstanceTransformer.transform(ANSWER.getInstancesList(), Read.unknown(), SCOPE);
    assertThat(node(out, "research-workbench").properties()).containsEntry("internetReachable", null);
    assertThat(node(out, "secure-workbench").properties()).containsEntry("internetReachable", false);
    assertThat(out.rels(WorkbenchInstanceSchema.INTERNET_CAN_REACH)).isEmpty();
  }

  static NodeRecord node(WriteBatch out, String name) {
    return out.nodes(WorkbenchInstanceSchema.NODE).stream().filter(n -> name.equals(n.properties().get("name")))
        .findFirst().orElseThrow();
  }
}
