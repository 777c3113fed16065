package dev.aispm.collectors.aws.bedrock;

import java.util.List;
import software.amazon.awssdk.services.bedrockagent.BedrockAgentClient;
import software.amazon.awssdk.services.bedrockagent.model.ActionGroupSummary;
import software.amazon.awssdk.services.bedrockagent.model.Agent;
import software.amazon.awssdk.services.bedrockagent.model.AgentActionGroup;
import software.amazon.awssdk.services.bedrockagent.model.AgentKnowledgeBaseSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentSummary;

/**
 * Reads Bedrock agents, their action groups and knowledge-base associations; SDK calls only.
 * Action groups and knowledge bases are read from the agent's working draft ({@code DRAFT}): every
 * agent has one, it is what the console shows and edits, and aliases are usually cut from it.
 */
public final class AgentFetcher {
  /** The agent version whose action groups and knowledge bases are read. */
  public static final String DRAFT = "DRAFT";

  private AgentFetcher() {}

  public static List<AgentSummary> list(BedrockAgentClient client) {
    return client.listAgentsPaginator(r -> r.maxResults(100)).agentSummaries().stream().toList();
  }

  public static Agent get(BedrockAgentClient client, String agentId) {
    return client.getAgent(r -> r.agentId(agentId)).agent();
  }

  public static List<ActionGroupSummary> actionGroups(BedrockAgentClient client, String agentId) {
    return client.listAgentActionGroupsPaginator(r -> r.agentId(agentId).agentVersion(DRAFT).maxResults(100))
        .actionGroupSummaries().stream().toList();
  }

  public static AgentActionGroup actionGroup(BedrockAgentClient client, String agentId, String actionGroupId) {
    return client.getAgentActionGroup(r -> r.agentId(agentId).agentVersion(DRAFT).actionGroupId(actionGroupId))
        .agentActionGroup();
  }

  public static List<AgentKnowledgeBaseSummary> knowledgeBases(BedrockAgentClient client, String agentId) {
    return client.listAgentKnowledgeBasesPaginator(r -> r.agentId(agentId).agentVersion(DRAFT).maxResults(100))
        .agentKnowledgeBaseSummaries().stream().toList();
  }
}
