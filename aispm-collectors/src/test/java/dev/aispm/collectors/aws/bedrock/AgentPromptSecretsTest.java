package dev.aispm.collectors.aws.bedrock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.schema.aws.bedrock.ActionGroupSchema;
import dev.aispm.graph.schema.aws.bedrock.AgentSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets in the text an agent and its tools hand the model, from recorded GetAgent / GetAgentActionGroup answers. */
class AgentPromptSecretsTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");

  private static WriteBatch transform(String agent, String... groups) {
    return AgentTransformer.transform(List.of(new AgentTransformer.AgentView(BedrockRecorded.agentOf(agent),
        java.util.Arrays.stream(groups).map(BedrockRecorded::actionGroup).toList(), List.of(), List.of(), List.of())),
        SCOPE);
  }

  @Test
  void aKeyInTheInstructionIsNamedByItsLineAndNotKept() {
    WriteBatch out = transform("GetAgent-secrets.json");
    Map<String, Object> agent = out.nodes(AgentSchema.NODE).get(0).properties();
    assertThat(agent).containsEntry("settingsScan", "scanned");
    assertThat(agent.get("settingSecrets")).asList().singleElement().asString()
        .startsWith("instruction line 3: secret.openai-api-key (critical), preview sk-p****");
    // The overridden orchestration template holds placeholders only.
    assertThat(agent.toString()).doesNotContain("Hx4Vn8Qz1Lw6Rt3Yb9Kx2Mp7Dc5Fs0Gj8Ea4Ui6Oo1Pq3Xr9Ms2Nt7");
  }

  @Test
  void aLiveKeyShownAsTheExampleOfAnInlineSchemaIsFound() {
    WriteBatch out = transform("GetAgent.json", "GetAgentActionGroup-inline.json", "GetAgentActionGroup.json");
    Map<String, Object> inline = out.nodes(ActionGroupSchema.NODE).get(0).properties();
    assertThat(inline.get("settingSecrets")).asList().singleElement().asString()
        .startsWith("apiSchema.payload line 16: secret.stripe-secret-key (critical)");
    assertThat(inline.toString()).doesNotContain("51Mz3QxT8wRk2LpV9nB4cY7dJ1hF6gS0aE5uI2oQ8pW3rT7yU4iO9");
    // A schema in S3 and a plain agent: judged, clean.
    assertThat(out.nodes(ActionGroupSchema.NODE).get(1).properties()).containsEntry("settingsScan", "scanned")
        .containsEntry("settingSecrets", null);
    assertThat(out.nodes(AgentSchema.NODE).get(0).properties()).containsEntry("settingsScan", "scanned")
        .containsEntry("settingSecrets", null);
  }
}
