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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.bedrockagent.model.Agent;
import software.amazon.awssdk.services.bedrockagent.model.AgentActionGroup;
import software.amazon.awssdk.services.bedrockagent.model.AgentAliasSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentKnowledgeBaseSummary;
import software.amazon.awssdk.services.bedrockagent.model.Function;

/**
 * Turns GetAgent answers, with each agent's action groups and knowledge-base associations, into
 * agent and action-group nodes and the edges a prompt follows: to the guardrail that screens it,
 * the tools (Lambda functions) the draft and every version an alias serves may trigger, the role,
 * the model and the knowledge bases. The prompt text the agent and its tools give the model is
 * judged for secrets on the way, in the draft and in every version an alias serves, since those are
 * what applications actually invoke.
 */
public final class AgentTransformer {
  private AgentTransformer() {}

  /**
   * An agent with what was read about it.
   *
   * @param actionGroups   the draft's action groups, null when they could not be read
   * @param knowledgeBases the draft's knowledge-base associations, null when they could not be read
   * @param aliases        the agent's aliases, null when they could not be listed
   * @param served         the numbered versions the aliases route to, null when the aliases could not be listed
   */
  public record AgentView(Agent agent, List<AgentActionGroup> actionGroups,
      List<AgentKnowledgeBaseSummary> knowledgeBases, List<AgentAliasSummary> aliases,
      List<ServedVersions.ServedVersion> served) {}

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
      List<ServedVersions.ServedVersion> served = view.aliases() == null ? null : view.served();
      out.node(AgentSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope), promptSecrets(view))
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
          .set("servedVersions", served == null ? null : served.stream().map(ServedVersions.ServedVersion::version).toList())
          .set("servedVersionsRead", served != null && ServedVersions.allRead(served))
          .set("servedVersionsWithoutGuardrail", served == null ? null : ServedVersions.withoutGuardrail(served))
          .build());
      if (view.aliases() != null) {
        AgentAliasTransformer.transform(out, id, a.agentId(), view.aliases(), scope);
      }
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
          actionGroup(out, id, AgentFetcher.DRAFT, g, scope);
        }
      }
      servedActionGroups(out, id, served, scope);
      knowledgeBases(out, id, view, served, scope);
    }
    return out;
  }

  /**
   * The knowledge bases the draft and the served versions retrieve from: a version frozen with a
   * knowledge base the draft has since dropped still answers from it.
   */
  private static void knowledgeBases(WriteBatch out, String id, AgentView view,
      List<ServedVersions.ServedVersion> served, ScopeKey scope) {
    List<List<AgentKnowledgeBaseSummary>> lists = new ArrayList<>();
    lists.add(view.knowledgeBases());
    if (served != null) {
      served.forEach(v -> lists.add(v.knowledgeBases()));
    }
    Set<String> seen = new HashSet<>();
    for (List<AgentKnowledgeBaseSummary> kbs : lists) {
      if (kbs == null) {
        continue;
      }
      for (AgentKnowledgeBaseSummary kb : kbs) {
        String kbArn = BedrockIds.knowledgeBaseArn(kb.knowledgeBaseId(), scope);
        if (kbArn != null && seen.add(kbArn)) {
          out.rel(KnowledgeBaseSchema.AGENT_USES, RelRecord.of(id, kbArn, scope,
              kb.knowledgeBaseStateAsString() == null ? Map.of() : Map.of("state", kb.knowledgeBaseStateAsString())));
        }
      }
    }
  }

  /**
   * The tools of every served version that was read, as nodes of their own beside the draft's: an
   * alias invokes the version's tools, not the draft's, and an attack path through them must be
   * judged against that version's guardrail. A version whose tools could not all be read writes
   * none, so a partial list never passes for the whole.
   */
  private static void servedActionGroups(WriteBatch out, String agentId, List<ServedVersions.ServedVersion> served,
      ScopeKey scope) {
    if (served == null) {
      return;
    }
    for (ServedVersions.ServedVersion v : served) {
      if (v.agentVersion() == null || v.actionGroups() == null) {
        continue;
      }
      for (AgentActionGroup g : v.actionGroups()) {
        actionGroup(out, agentId, v.version(), g, scope);
      }
    }
  }

  /**
   * One action group of the draft or of a served version. Only the draft's carries its own secrets
   * verdict: a served version's tool text is judged on the agent, named by version, and judging it
   * here as well would report the same secret twice.
   */
  private static void actionGroup(WriteBatch out, String agentId, String version, AgentActionGroup g,
      ScopeKey scope) {
    if (g == null || g.actionGroupId() == null) {
      return;
    }
    String id = BedrockIds.actionGroupId(agentId, version, g.actionGroupId());
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
    NodeRecord.Builder node = AgentFetcher.DRAFT.equals(version)
        ? SettingSecrets.write(NodeRecord.of(id, scope), toolSecrets(g)) : NodeRecord.of(id, scope);
    out.node(ActionGroupSchema.NODE, node
        .set("name", g.actionGroupName())
        .set("actionGroupId", g.actionGroupId())
        .set("version", version)
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
   * ({@code instruction line 3}, {@code promptOverrideConfiguration.ORCHESTRATION line 40}), with
   * the same text of every served version and its tools ({@code version 3: instruction line 2}).
   * They are the model's own prompt: a key written there is one prompt injection away from anyone
   * who talks to the agent, besides every principal allowed {@code bedrock:GetAgent}. A served
   * version that could not be read leaves the verdict failed (unknown), with what the rest showed.
   */
  static SettingSecrets.Report promptSecrets(AgentView view) {
    Agent a = view.agent();
    List<ServedVersions.ServedVersion> served = view.aliases() == null ? null : view.served();
    Map<String, String> texts = AgentPromptTexts.prompt("", a.instruction(), a.description(),
        a.promptOverrideConfiguration());
    if (served != null) {
      texts.putAll(ServedVersions.texts(served));
    }
    String agent = "bedrock agent " + a.agentName();
    SettingSecrets.Report report = ScriptSecrets.report(texts, 0, agent + " prompt");
    String unread;
    if (served == null) {
      unread = "the aliases of " + agent + " could not be read, so the versions they serve were not judged";
    } else if (!ServedVersions.textUnread(served).isEmpty()) {
      unread = "served version(s) " + String.join(", ", ServedVersions.textUnread(served)) + " of " + agent
          + " could not be read; the draft and the other versions were judged";
    } else {
      return report;
    }
    if (!SettingSecrets.Report.SCANNED.equals(report.status())) {
      return report;
    }
    return new SettingSecrets.Report(SettingSecrets.Report.FAILED, unread, report.secrets());
  }

  /** What an action group tells the model about its tool: the inline OpenAPI schema and the function descriptions. */
  static SettingSecrets.Report toolSecrets(AgentActionGroup g) {
    return ScriptSecrets.report(AgentPromptTexts.tool("", g), 0, "bedrock action group " + g.actionGroupName());
  }
}
