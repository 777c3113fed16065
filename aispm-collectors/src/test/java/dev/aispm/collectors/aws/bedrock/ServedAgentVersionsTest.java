package dev.aispm.collectors.aws.bedrock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.bedrock.ServedVersions.ServedVersion;
import dev.aispm.graph.schema.aws.bedrock.ActionGroupSchema;
import dev.aispm.graph.schema.aws.bedrock.AgentAliasSchema;
import dev.aispm.graph.schema.aws.bedrock.AgentSchema;
import dev.aispm.graph.schema.aws.bedrock.KnowledgeBaseSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagent.model.AgentKnowledgeBaseSummary;

/**
 * The versions an agent's aliases serve, from recorded ListAgentAliases / GetAgentVersion answers:
 * their prompt is judged like the draft's and named by version, their guardrail is recorded on the
 * agent, its tools become action-group nodes of their own, and a version that could not be read
 * leaves both verdicts unknown rather than passed.
 */
class ServedAgentVersionsTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  static final String AGENT = "arn:aws:bedrock:us-east-1:111111111111:agent/AG1";
  static final String KEY = "Rt5Yb2Kx8Mp1Dc4Fs7Gj0Ea3Ui9Oo6Pq2Xr5Ms8Nt1Hx4Vn7Qz0Lw3";

  private static Map<String, Object> agent(List<ServedVersion> served) {
    return transform(served).nodes(AgentSchema.NODE).get(0).properties();
  }

  private static WriteBatch transform(List<ServedVersion> served) {
    return transform(List.of(), served);
  }

  private static WriteBatch transform(List<software.amazon.awssdk.services.bedrockagent.model.AgentActionGroup> draft,
      List<ServedVersion> served) {
    return AgentTransformer.transform(List.of(new AgentTransformer.AgentView(BedrockRecorded.agentOf("GetAgent.json"),
        draft, List.of(), BedrockRecorded.aliases("ListAgentAliases.json"), served)), SCOPE);
  }

  private static ServedVersion read(String version, String file, List<AgentKnowledgeBaseSummary> kbs,
      String... groups) {
    return new ServedVersion(version, BedrockRecorded.agentVersion(file),
        java.util.Arrays.stream(groups).map(BedrockRecorded::actionGroup).toList(), kbs);
  }

  @Test
  void theAliasesNameEachNumberedVersionOnceInNumericOrderWithoutTheDraft() {
    assertThat(ServedVersions.numbered(BedrockRecorded.aliases("ListAgentAliases.json"))).containsExactly("3", "10");
  }

  @Test
  void aKeyLeftInTheLiveVersionIsReportedNamingTheVersionAndNotKept() {
    Map<String, Object> agent = agent(List.of(read("3", "GetAgentVersion-secret.json", List.of()),
        read("10", "GetAgentVersion-clean.json", List.of())));
    assertThat(agent).containsEntry("settingsScan", "scanned");
    // The draft is clean; only the frozen version 3 still carries the key.
    assertThat(agent.get("settingSecrets")).asList().singleElement().asString()
        .startsWith("version 3: instruction line 2: secret.openai-api-key (critical), preview sk-p****");
    assertThat(agent.toString()).doesNotContain(KEY);
  }

  @Test
  void aKeyInAServedVersionsToolIsNamedByVersionAndActionGroup() {
    Map<String, Object> agent = agent(List.of(read("10", "GetAgentVersion-clean.json", List.of(),
        "GetAgentActionGroup-inline.json")));
    assertThat(agent.get("settingSecrets")).asList().singleElement().asString()
        .startsWith("version 10: action group billing: apiSchema.payload line 16: secret.stripe-secret-key (critical)");
  }

  @Test
  void cleanGuardedServedVersionsPassBothVerdicts() {
    Map<String, Object> agent = agent(List.of(read("3", "GetAgentVersion-clean.json", List.of()),
        read("10", "GetAgentVersion-clean.json", List.of())));
    assertThat(agent).containsEntry("settingsScan", "scanned").containsEntry("settingSecrets", null)
        .containsEntry("servedVersions", List.of("3", "10")).containsEntry("servedVersionsRead", true)
        .containsEntry("servedVersionsWithoutGuardrail", List.of());
  }

  @Test
  void aServedVersionWithoutGuardrailIsRecordedEvenThoughTheDraftHasOne() {
    Map<String, Object> agent = agent(List.of(read("3", "GetAgentVersion-clean.json", List.of()),
        read("10", "GetAgentVersion-unguarded.json", List.of())));
    assertThat(agent).containsEntry("guardrailConfigured", true)
        .containsEntry("servedVersionsWithoutGuardrail", List.of("10")).containsEntry("servedVersionsRead", true);
  }

  @Test
  void aServedVersionsToolIsANodeOfItsOwnNamedByVersionBesideTheDraftsOne() {
    WriteBatch out = transform(List.of(BedrockRecorded.actionGroup("GetAgentActionGroup.json")),
        List.of(read("10", "GetAgentVersion-unguarded.json", List.of(), "GetAgentActionGroup.json")));
    String draftId = AGENT + "/actiongroup/G1";
    String servedId = AGENT + "/version/10/actiongroup/G1";
    assertThat(out.nodes(ActionGroupSchema.NODE)).extracting(NodeRecord::id).containsExactly(draftId, servedId);
    assertThat(out.nodes(ActionGroupSchema.NODE).get(0).properties()).containsEntry("version", "DRAFT")
        .containsEntry("settingsScan", "scanned");
    // The version's text is judged on the agent, named by version; the node repeats no verdict.
    assertThat(out.nodes(ActionGroupSchema.NODE).get(1).properties()).containsEntry("version", "10")
        .containsEntry("name", "tickets").containsEntry("actionGroupId", "G1").containsEntry("executorType", "LAMBDA")
        .doesNotContainKey("settingsScan");
    assertThat(out.rels(ActionGroupSchema.HAS_ACTION_GROUP)).extracting(RelRecord::fromId, RelRecord::toId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AGENT, draftId),
            org.assertj.core.groups.Tuple.tuple(AGENT, servedId));
    // Both reach the same function, unqualified so the edge joins the function node.
    assertThat(out.rels(ActionGroupSchema.INVOKES)).extracting(RelRecord::fromId, RelRecord::toId).containsExactly(
        org.assertj.core.groups.Tuple.tuple(draftId, "arn:aws:lambda:eu-west-1:111111111111:function:ticket-tool"),
        org.assertj.core.groups.Tuple.tuple(servedId, "arn:aws:lambda:eu-west-1:111111111111:function:ticket-tool"));
  }

  @Test
  void aVersionWhoseToolsWereNotReadWritesNoToolNodes() {
    WriteBatch out = transform(List.of(BedrockRecorded.actionGroup("GetAgentActionGroup.json")),
        List.of(ServedVersion.unread("3"),
            new ServedVersion("10", BedrockRecorded.agentVersion("GetAgentVersion-clean.json"), null, null)));
    assertThat(out.nodes(ActionGroupSchema.NODE)).extracting(NodeRecord::id).containsExactly(AGENT + "/actiongroup/G1");
    assertThat(out.rels(ActionGroupSchema.INVOKES)).extracting(RelRecord::fromId)
        .containsExactly(AGENT + "/actiongroup/G1");
    assertThat(ServedVersions.toolsRead(List.of(ServedVersion.unread("3")))).isFalse();
    assertThat(ServedVersions.toolsRead(List.of(read("3", "GetAgentVersion-clean.json", List.of())))).isTrue();
  }

  @Test
  void aVersionWhoseReadFailedLeavesTheVerdictsUnknownNotPassed() {
    Map<String, Object> agent = agent(List.of(read("3", "GetAgentVersion-clean.json", List.of()),
        ServedVersion.unread("10")));
    assertThat(agent).containsEntry("settingsScan", "failed").containsEntry("servedVersionsRead", false)
        .containsEntry("servedVersionsWithoutGuardrail", List.of());
    assertThat((String) agent.get("settingsScanError")).contains("served version(s) 10");
    // Action groups that could not be read leave the prompt verdict unknown too, the guardrail known.
    Map<String, Object> groupsUnread = agent(List.of(new ServedVersion("3",
        BedrockRecorded.agentVersion("GetAgentVersion-clean.json"), null, null)));
    assertThat(groupsUnread).containsEntry("settingsScan", "failed").containsEntry("servedVersionsRead", true);
  }

  @Test
  void aFailedReadStillReportsTheSecretsFoundElsewhere() {
    Map<String, Object> agent = agent(List.of(read("3", "GetAgentVersion-secret.json", List.of()),
        ServedVersion.unread("10")));
    assertThat(agent).containsEntry("settingsScan", "failed");
    assertThat(agent.get("settingSecrets")).asList().singleElement().asString().startsWith("version 3: instruction line 2");
  }

  @Test
  void unreadAliasesLeaveTheServedVersionsUnknown() {
    Map<String, Object> agent = AgentTransformer.transform(List.of(new AgentTransformer.AgentView(
        BedrockRecorded.agentOf("GetAgent.json"), List.of(), List.of(), null, null)), SCOPE)
        .nodes(AgentSchema.NODE).get(0).properties();
    assertThat(agent).containsEntry("settingsScan", "failed").containsEntry("servedVersions", null)
        .containsEntry("servedVersionsRead", false).containsEntry("servedVersionsWithoutGuardrail", null);
  }

  @Test
  void aliasesBecomeNodesJoinedToTheAgentAndServedKnowledgeBasesAreUsed() {
    WriteBatch out = transform(List.of(read("3", "GetAgentVersion-clean.json", List.of(
        AgentKnowledgeBaseSummary.builder().knowledgeBaseId("KB9").knowledgeBaseState("ENABLED").build()))));
    assertThat(out.nodes(AgentAliasSchema.NODE)).hasSize(4);
    var live = out.nodes(AgentAliasSchema.NODE).get(1);
    assertThat(live.id()).isEqualTo("arn:aws:bedrock:us-east-1:111111111111:agent-alias/AG1/LIVE000001");
    assertThat(live.properties()).containsEntry("name", "live").containsEntry("routedVersions", List.of("3"))
        .containsEntry("invocationState", "ACCEPT_INVOCATIONS").containsEntry("status", "PREPARED");
    assertThat(out.nodes(AgentAliasSchema.NODE).get(2).properties()).containsEntry("provisionedThroughputs",
        List.of("arn:aws:bedrock:us-east-1:111111111111:provisioned-model/pt123"));
    assertThat(out.rels(AgentAliasSchema.ALIAS_OF)).hasSize(4).extracting(RelRecord::toId).containsOnly(AGENT);
    // Version 3 retrieves from a knowledge base the draft no longer uses.
    assertThat(out.rels(KnowledgeBaseSchema.AGENT_USES)).extracting(RelRecord::toId)
        .containsExactly("arn:aws:bedrock:us-east-1:111111111111:knowledge-base/KB9");
  }
}
