package dev.aispm.collectors.aws.bedrock;

import java.util.List;
import software.amazon.awssdk.services.bedrockagent.BedrockAgentClient;
import software.amazon.awssdk.services.bedrockagent.model.ActionGroupSummary;
import software.amazon.awssdk.services.bedrockagent.model.Agent;
import software.amazon.awssdk.services.bedrockagent.model.AgentActionGroup;
import software.amazon.awssdk.services.bedrockagent.model.AgentAliasSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentKnowledgeBaseSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentVersion;

/**
 * Reads Bedrock agents, their aliases, the versions those aliases serve, and each version's action
 * groups and knowledge-base associations; SDK calls only. The working draft ({@code DRAFT}) is
 * always read: every agent has one and it is what the console shows and edits. Numbered versions
 * are read only when an alias routes to them, since only an alias can be invoked.
 */
public final class AgentFetcher {
  /** The agent's working draft, read for every agent. */
  public static final String DRAFT = "DRAFT";

  private AgentFetcher() {}

  public static List<AgentSummary> list(BedrockAgentClient client) {
    return client.listAgentsPaginator(r -> r.maxResults(100)).agentSummaries().stream().toList();
  }

  public static Agent get(BedrockAgentClient client, String agentId) {
    return client.getAgent(r -> r.agentId(agentId)).agent();
  }

  public static List<AgentAliasSummary> aliases(BedrockAgentClient client, String agentId) {
    return client.listAgentAliasesPaginator(r -> r.agentId(agentId).maxResults(100))
        .agentAliasSummaries().stream().toList();
  }

  public static AgentVersion version(BedrockAgentClient client, String agentId, String version) {
    return client.getAgentVersion(r -> r.agentId(agentId).agentVersion(version)).agentVersion();
  }

  public static List<ActionGroupSummary> actionGroups(BedrockAgentClient client, String agentId, String version) {
    return client.listAgentActionGroupsPaginator(r -> r.agentId(agentId).agentVersion(version).maxResults(100))
        .actionGroupSummaries().stream().toList();
  }

  public static AgentActionGroup actionGroup(BedrockAgentClient client, String agentId, String version,
      String actionGroupId) {
    return client.getAgentActionGroup(r -> r.agentId(agentId).agentVersion(version).actionGroupId(actionGroupId))
        .agentActionGroup();
  }

  public static List<AgentKnowledgeBaseSummary> knowledgeBases(BedrockAgentClient client, String agentId,
      String version) {
    return client.listAgentKnowledgeBasesPaginator(r -> r.agentId(agentId).agentVersion(version).maxResults(100))
        .agentKnowledgeBaseSummaries().stream().toList();
  }
}
