package dev.aispm.collectors.aws.bedrock;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.content.ScriptSecrets;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.bedrock.ActionGroupSchema;
import dev.aispm.graph.schema.aws.bedrock.AgentSchema;
import dev.aispm.graph.schema.aws.bedrock.KnowledgeBaseSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.bedrockagent.model.Agent;
import software.amazon.awssdk.services.bedrockagent.model.AgentActionGroup;
import software.amazon.awssdk.services.bedrockagent.model.AgentKnowledgeBaseSummary;
import software.amazon.awssdk.services.bedrockagent.model.Function;
import software.amazon.awssdk.services.bedrockagent.model.PromptConfiguration;

/**
 * Turns GetAgent answers, with each agent's action groups and knowledge-base associations, into
 * agent and action-group nodes and the edges a prompt follows: to the guardrail that screens it,
 * the tools (Lambda functions) it may trigger, the role, the model and the knowledge bases. The
 * prompt text the agent and its tools give the model is judged for secrets on the way.
 */
public final class AgentTransformer {
  private AgentTransformer() {}

  /**
   * An agent with what was read about it.
   *
   * @param actionGroups   the draft's action groups, null when they could not be read
   * @param knowledgeBases the draft's knowledge-base associations, null when they could not be read
   */
  public record AgentView(Agent agent, List<AgentActionGroup> actionGroups,
      List<AgentKnowledgeBaseSummary> knowledgeBases) {}

  public static WriteBatch transform(List<AgentView> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (AgentView view : raw) {
      Agent a = view.agent();
      if (a == null) {
        continue;
      }
      String id = a.agentArn() != null ? a.agentArn() : BedrockIds.agentArn(a.agentId(), scope);
      if (id == null) {
        continue;
      }
      var guardrail = a.guardrailConfiguration();
      String guardrailArn = guardrail == null ? null : BedrockIds.guardrailArn(guardrail.guardrailIdentifier(), scope);
      var memory = a.memoryConfiguration();
      out.node(AgentSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope), promptSecrets(a))
          .set("name", a.agentName())
          .set("agentId", a.agentId())
          .set("status", a.agentStatusAsString())
          .set("foundationModel", a.foundationModel())
          .set("orchestrationType", a.orchestrationTypeAsString())
          .set("idleSessionTtlSeconds", a.idleSessionTTLInSeconds())
          .set("kmsKeyId", a.customerEncryptionKeyArn())
          .set("customerKmsKey", a.customerEncryptionKeyArn() != null)
          // GetAgent returns guardrailConfiguration whenever one is set, so its absence is a "no".
          .set("guardrailConfigured", guardrailArn != null)
          .set("guardrailId", guardrail == null ? null : guardrail.guardrailIdentifier())
          .set("guardrailVersion", guardrail == null ? null : guardrail.guardrailVersion())
          .set("memoryEnabled", memory == null ? null : memory.hasEnabledMemoryTypes() && !memory.enabledMemoryTypes().isEmpty())
          .set("memoryStorageDays", memory == null ? null : memory.storageDays())
          .set("createdAt", a.createdAt())
          .set("preparedAt", a.preparedAt())
          .build());
      if (a.agentResourceRoleArn() != null) {
        out.rel(AgentSchema.RUNS_AS, AwsIds.toRole(id, a.agentResourceRoleArn(), scope));
      }
      if (guardrailArn != null) {
        out.rel(AgentSchema.PROTECTED_BY, RelRecord.of(id, guardrailArn, scope, guardrail.guardrailVersion() == null
            ? Map.of() : Map.of("version", guardrail.guardrailVersion()))
            .withTargetStub(Map.of("name", AwsIds.nameOfArn(guardrailArn))));
      }
      String model = BedrockIds.modelArn(a.foundationModel(), scope.region());
      if (model != null) {
        out.rel(AgentSchema.USES_MODEL, RelRecord.of(id, model, scope).withTargetStub(BedrockIds.modelStub(model)));
      }
      if (view.actionGroups() != null) {
        for (AgentActionGroup g : view.actionGroups()) {
          actionGroup(out, id, g, scope);
        }
      }
      if (view.knowledgeBases() != null) {
        for (AgentKnowledgeBaseSummary kb : view.knowledgeBases()) {
          String kbArn = BedrockIds.knowledgeBaseArn(kb.knowledgeBaseId(), scope);
          if (kbArn != null) {
            out.rel(KnowledgeBaseSchema.AGENT_USES, RelRecord.of(id, kbArn, scope,
                kb.knowledgeBaseStateAsString() == null ? Map.of() : Map.of("state", kb.knowledgeBaseStateAsString())));
          }
        }
      }
    }
    return out;
  }

  private static void actionGroup(WriteBatch out, String agentId, AgentActionGroup g, ScopeKey scope) {
    if (g == null || g.actionGroupId() == null) {
      return;
    }
    String id = agentId + "/actiongroup/" + g.actionGroupId();
    String lambda = g.actionGroupExecutor() == null ? null : g.actionGroupExecutor().lambda();
    String executor;
    if (lambda != null) {
      executor = "LAMBDA";
    } else if (g.parentActionSignature() != null) {
      executor = "BUILT_IN";
    } else if (g.actionGroupExecutor() != null && g.actionGroupExecutor().customControl() != null) {
      executor = g.actionGroupExecutor().customControlAsString();
    } else {
      executor = null;
    }
    String schemaUri = null;
    if (g.apiSchema() != null && g.apiSchema().s3() != null && g.apiSchema().s3().s3BucketName() != null) {
      schemaUri = "s3://" + g.apiSchema().s3().s3BucketName() + "/"
          + (g.apiSchema().s3().s3ObjectKey() == null ? "" : g.apiSchema().s3().s3ObjectKey());
    }
    List<String> functions = new ArrayList<>();
    if (g.functionSchema() != null && g.functionSchema().hasFunctions()) {
      for (Function f : g.functionSchema().functions()) {
        functions.add(f.name());
      }
    }
    out.node(ActionGroupSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope), toolSecrets(g))
        .set("name", g.actionGroupName())
        .set("actionGroupId", g.actionGroupId())
        .set("state", g.actionGroupStateAsString())
        .set("executorType", executor)
        .set("lambdaArn", lambda)
        .set("parentActionSignature", g.parentActionSignatureAsString())
        .set("apiSchemaS3Uri", schemaUri)
        .set("functionNames", functions.isEmpty() ? null : functions)
        .build());
    out.rel(ActionGroupSchema.HAS_ACTION_GROUP, RelRecord.of(agentId, id, scope));
    if (lambda != null) {
      String fn = LambdaArns.unqualified(lambda);
      out.rel(ActionGroupSchema.INVOKES, RelRecord.of(id, fn, scope).withTargetStub(Map.of("name", LambdaArns.name(fn))));
    }
  }

  /**
   * The agent's instruction and the prompt templates it overrides, judged for secrets line by line
   * ({@code instruction line 3}, {@code promptOverrideConfiguration.ORCHESTRATION line 40}). They
   * are the model's own prompt: a key written there is one prompt injection away from anyone who
   * talks to the agent, besides every principal allowed {@code bedrock:GetAgent}.
   */
  static SettingSecrets.Report promptSecrets(Agent a) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("instruction", a.instruction());
    texts.put("description", a.description());
    var overrides = a.promptOverrideConfiguration();
    if (overrides != null && overrides.hasPromptConfigurations()) {
      int n = 0;
      for (PromptConfiguration p : overrides.promptConfigurations()) {
        String type = p.promptTypeAsString() != null ? p.promptTypeAsString() : Integer.toString(n);
        texts.put("promptOverrideConfiguration." + type, p.basePromptTemplate());
        n++;
      }
    }
    return ScriptSecrets.report(texts, 0, "bedrock agent " + a.agentName() + " prompt");
  }

  /** What an action group tells the model about its tool: the inline OpenAPI schema and the function descriptions. */
  static SettingSecrets.Report toolSecrets(AgentActionGroup g) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("description", g.description());
    if (g.apiSchema() != null) {
      texts.put("apiSchema.payload", g.apiSchema().payload());
    }
    if (g.functionSchema() != null && g.functionSchema().hasFunctions()) {
      for (Function f : g.functionSchema().functions()) {
        texts.put("functionSchema." + f.name() + ".description", f.description());
        if (f.hasParameters()) {
          f.parameters().forEach((name, param) -> texts.put("functionSchema." + f.name() + ".parameters." + name,
              param == null ? null : param.description()));
        }
      }
    }
    return ScriptSecrets.report(texts, 0, "bedrock action group " + g.actionGroupName());
  }
}
