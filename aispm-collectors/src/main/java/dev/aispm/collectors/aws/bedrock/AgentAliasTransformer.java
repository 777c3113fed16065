package dev.aispm.collectors.aws.bedrock;

import dev.aispm.graph.schema.aws.bedrock.AgentAliasSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.bedrockagent.model.AgentAliasRoutingConfigurationListItem;
import software.amazon.awssdk.services.bedrockagent.model.AgentAliasSummary;

/**
 * Turns one agent's ListAgentAliases answer into alias nodes joined to the agent, so the graph
 * shows which versions are reachable by InvokeAgent and a responder can find the alias to move
 * off a version that still carries a secret or lacks a guardrail.
 */
final class AgentAliasTransformer {
  private AgentAliasTransformer() {}

  static void transform(WriteBatch out, String agentArn, String agentId, List<AgentAliasSummary> aliases,
      ScopeKey scope) {
    for (AgentAliasSummary a : aliases) {
      String id = BedrockIds.agentAliasArn(agentId, a.agentAliasId(), scope);
      if (id == null) {
        continue;
      }
      List<String> versions = ServedVersions.routed(a);
      List<String> throughputs = new ArrayList<>();
      if (a.hasRoutingConfiguration()) {
        for (AgentAliasRoutingConfigurationListItem r : a.routingConfiguration()) {
          if (r.provisionedThroughput() != null) {
            throughputs.add(r.provisionedThroughput());
          }
        }
      }
      out.node(AgentAliasSchema.NODE, NodeRecord.of(id, scope)
          .set("name", a.agentAliasName())
          .set("aliasId", a.agentAliasId())
          .set("agentId", agentId)
          .set("status", a.agentAliasStatusAsString())
          .set("invocationState", a.aliasInvocationStateAsString())
          .set("routedVersions", versions.isEmpty() ? null : versions)
          .set("provisionedThroughputs", throughputs.isEmpty() ? null : throughputs)
          .set("createdAt", a.createdAt())
          .set("updatedAt", a.updatedAt())
          .build());
      out.rel(AgentAliasSchema.ALIAS_OF, RelRecord.of(id, agentArn, scope));
    }
  }
}
