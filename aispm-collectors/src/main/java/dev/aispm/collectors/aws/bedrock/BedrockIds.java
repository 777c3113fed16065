package dev.aispm.collectors.aws.bedrock;

import dev.aispm.graph.write.ScopeKey;
import java.util.Map;

/**
 * Ids of Bedrock assets. Answers name the same thing in several ways (a guardrail by id or ARN, a
 * model by id or ARN), and an edge only joins when both ends use one spelling, so every reference
 * is turned into the ARN here.
 */
public final class BedrockIds {
  private BedrockIds() {}

  /** A foundation model id ({@code amazon.titan-text-express-v1}) as its ARN; an ARN stays as it is. */
  public static String modelArn(String idOrArn, String region) {
    if (idOrArn == null || idOrArn.isBlank()) {
      return null;
    }
    return idOrArn.startsWith("arn:") ? idOrArn : "arn:aws:bedrock:" + region + "::foundation-model/" + idOrArn;
  }

  /** Stub properties for a foundation model node: its id, the last segment of the ARN. */
  public static Map<String, Object> modelStub(String arn) {
    return Map.of("name", arn.substring(arn.lastIndexOf('/') + 1));
  }

  /** A guardrail id or ARN as its ARN. */
  public static String guardrailArn(String idOrArn, ScopeKey scope) {
    return arn(idOrArn, scope, "guardrail");
  }

  /** An agent's ARN from its id. */
  public static String agentArn(String id, ScopeKey scope) {
    return arn(id, scope, "agent");
  }

  /**
   * An agent alias's ARN ({@code agent-alias/AGENT_ID/ALIAS_ID}); ListAgentAliases answers ids
   * only, and InvokeAgent and IAM policies name the alias by this ARN.
   */
  public static String agentAliasArn(String agentId, String aliasId, ScopeKey scope) {
    if (agentId == null || agentId.isBlank() || aliasId == null || aliasId.isBlank()) {
      return null;
    }
    return arn(agentId + "/" + aliasId, scope, "agent-alias");
  }

  /**
   * An action group's id. The draft's keeps the form it always had ({@code AGENT_ARN/actiongroup/ID});
   * a numbered version's names the version ({@code AGENT_ARN/version/3/actiongroup/ID}), since a
   * version keeps the action group id of the draft it was frozen from while its tool may differ.
   */
  public static String actionGroupId(String agentArn, String version, String actionGroupId) {
    String owner = version == null || AgentFetcher.DRAFT.equals(version) ? agentArn
        : agentArn + "/version/" + version;
    return owner + "/actiongroup/" + actionGroupId;
  }

  /** A knowledge base's ARN from its id. */
  public static String knowledgeBaseArn(String id, ScopeKey scope) {
    return arn(id, scope, "knowledge-base");
  }

  /** The id of the logging node of the scope's account and region (the setting itself has no ARN). */
  public static String loggingId(ScopeKey scope) {
    return "arn:aws:bedrock:" + scope.region() + ":" + scope.account() + ":model-invocation-logging";
  }

  /** The id of the guardrail-coverage node of the scope's account and region (a listing has no ARN). */
  public static String guardrailCoverageId(ScopeKey scope) {
    return "arn:aws:bedrock:" + scope.region() + ":" + scope.account() + ":guardrail-coverage";
  }

  private static String arn(String idOrArn, ScopeKey scope, String kind) {
    if (idOrArn == null || idOrArn.isBlank()) {
      return null;
    }
    return idOrArn.startsWith("arn:") ? idOrArn
        : "arn:aws:bedrock:" + scope.region() + ":" + scope.account() + ":" + kind + "/" + idOrArn;
  }
}
