package dev.aispm.collectors.aws.bedrock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.bedrock.ActionGroupSchema;
import dev.aispm.graph.schema.aws.bedrock.AgentSchema;
import dev.aispm.graph.schema.aws.bedrock.DataSourceSchema;
import dev.aispm.graph.schema.aws.bedrock.GuardrailCoverageSchema;
import dev.aispm.graph.schema.aws.bedrock.GuardrailSchema;
import dev.aispm.graph.schema.aws.bedrock.InvocationLoggingSchema;
import dev.aispm.graph.schema.aws.bedrock.KnowledgeBaseSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guardrails, invocation logging, agents and knowledge bases from recorded answers. */
class BedrockGovernanceTransformersTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  static final String GUARDRAIL = "arn:aws:bedrock:us-east-1:111111111111:guardrail/abc123xyz";

  @Test
  void guardrailPoliciesAreSummarisedIntoTheFlagsRulesRead() {
    WriteBatch out = GuardrailTransformer.transform(List.of(BedrockRecorded.guardrail("GetGuardrail.json")), SCOPE);
    assertThat(out.nodes(GuardrailSchema.NODE).get(0).properties())
        .containsEntry("promptAttackStrength", "HIGH").containsEntry("weakestContentStrength", "MEDIUM")
        .containsEntry("sensitiveInformationEnabled", true).containsEntry("piiEntityTypes", List.of("EMAIL:ANONYMIZE"))
        .containsEntry("deniedTopics", List.of("Legal advice")).containsEntry("wordFilterEnabled", true)
        .containsEntry("contextualGroundingEnabled", false).containsEntry("regexFilterCount", 0);
  }

  @Test
  void disabledFiltersUnknownStrengthsAndDetectOnlyPiiCountAsNotFiltering() {
    WriteBatch out = GuardrailTransformer.transform(List.of(BedrockRecorded.guardrail("GetGuardrail-odd.json")), SCOPE);
    assertThat(out.nodes(GuardrailSchema.NODE).get(0).id()).isEqualTo("arn:aws:bedrock:us-east-1:111111111111:guardrail/odd0001");
    assertThat(out.nodes(GuardrailSchema.NODE).get(0).properties())
        .containsEntry("promptAttackStrength", "NONE").containsEntry("weakestContentStrength", "NONE")
        .containsEntry("contentFilters", List.of("PROMPT_ATTACK:NONE/NONE", "HATE:NONE/HIGH"))
        .containsEntry("sensitiveInformationEnabled", false).containsEntry("name", null);
  }

  @Test
  void theGuardrailListingIsRecordedPerRegionAndAFailedListingLeavesTheCountUnknown() {
    var none = GuardrailTransformer.coverage(List.of(), SCOPE).nodes(GuardrailCoverageSchema.NODE).get(0);
    assertThat(none.id()).isEqualTo("arn:aws:bedrock:us-east-1:111111111111:guardrail-coverage");
    assertThat(none.properties()).containsEntry("listed", true).containsEntry("guardrailCount", 0);
    assertThat(GuardrailTransformer.coverage(List.of("a", "b"), SCOPE).nodes(GuardrailCoverageSchema.NODE).get(0)
        .properties()).containsEntry("guardrailCount", 2);
    assertThat(GuardrailTransformer.coverage(null, SCOPE).nodes(GuardrailCoverageSchema.NODE).get(0).properties())
        .containsEntry("listed", false).containsEntry("guardrailCount", null);
  }

  @Test
  void loggingConfigurationNamesItsDestinations() {
    WriteBatch out = InvocationLoggingTransformer.transform(
        BedrockRecorded.logging("GetModelInvocationLoggingConfiguration.json"), SCOPE);
    var node = out.nodes(InvocationLoggingSchema.NODE).get(0);
    assertThat(node.id()).isEqualTo("arn:aws:bedrock:us-east-1:111111111111:model-invocation-logging");
    assertThat(node.properties()).containsEntry("enabled", true).containsEntry("s3BucketName", "bedrock-logs")
        .containsEntry("cloudWatchLogGroup", "/bedrock/logs").containsEntry("imageDataDelivery", false);
    assertThat(out.rels(InvocationLoggingSchema.LOGS_TO)).extracting(RelRecord::toId)
        .containsExactly("arn:aws:s3:::bedrock-logs", "arn:aws:s3:::bedrock-large");
  }

  @Test
  void anAnswerWithoutConfigurationOrWithClearedDestinationsMeansLoggingIsOff() {
    for (String file : List.of("GetModelInvocationLoggingConfiguration-empty.json",
        "GetModelInvocationLoggingConfiguration-odd.json")) {
      WriteBatch out = InvocationLoggingTransformer.transform(BedrockRecorded.logging(file), SCOPE);
      assertThat(out.nodes(InvocationLoggingSchema.NODE).get(0).properties()).as(file).containsEntry("enabled", false);
      assertThat(out.rels(InvocationLoggingSchema.LOGS_TO)).as(file).isEmpty();
    }
  }

  @Test
  void agentLinksRoleGuardrailModelToolsAndKnowledgeBases() {
    var agent = BedrockRecorded.agentOf("GetAgent.json");
    var group = BedrockRecorded.actionGroup("GetAgentActionGroup.json");
    var builtin = BedrockRecorded.actionGroup("GetAgentActionGroup-builtin.json");
    WriteBatch out = AgentTransformer.transform(List.of(new AgentTransformer.AgentView(agent, List.of(group, builtin),
        List.of(software.amazon.awssdk.services.bedrockagent.model.AgentKnowledgeBaseSummary.builder()
            .knowledgeBaseId("KB1").knowledgeBaseState("ENABLED").build()), List.of(), List.of())), SCOPE);
    String id = "arn:aws:bedrock:us-east-1:111111111111:agent/AG1";
    assertThat(out.nodes(AgentSchema.NODE).get(0).properties()).containsEntry("guardrailConfigured", true)
        .containsEntry("customerKmsKey", true).containsEntry("memoryEnabled", true).containsEntry("idleSessionTtlSeconds", 900);
    assertThat(out.rels(AgentSchema.PROTECTED_BY)).singleElement().satisfies(r -> {
      assertThat(r.toId()).isEqualTo(GUARDRAIL);
      assertThat(r.properties()).containsEntry("version", "2");
    });
    assertThat(out.rels(AgentSchema.USES_MODEL)).extracting(RelRecord::toId)
        .containsExactly("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0");
    assertThat(out.nodes(ActionGroupSchema.NODE)).hasSize(2);
    assertThat(out.nodes(ActionGroupSchema.NODE).get(0).properties()).containsEntry("executorType", "LAMBDA")
        .containsEntry("apiSchemaS3Uri", "s3://schemas/tickets/openapi.yaml");
    assertThat(out.nodes(ActionGroupSchema.NODE).get(1).properties()).containsEntry("executorType", "BUILT_IN")
        .containsEntry("parentActionSignature", "AMAZON.UserInput").containsEntry("lambdaArn", null);
    // The alias qualifier is dropped so the edge joins the function node.
    assertThat(out.rels(ActionGroupSchema.INVOKES)).singleElement().satisfies(r -> {
      assertThat(r.fromId()).isEqualTo(id + "/actiongroup/G1");
      assertThat(r.toId()).isEqualTo("arn:aws:lambda:eu-west-1:111111111111:function:ticket-tool");
      assertThat(r.targetStub()).containsEntry("name", "ticket-tool");
    });
    assertThat(out.rels(KnowledgeBaseSchema.AGENT_USES)).extracting(RelRecord::toId)
        .containsExactly("arn:aws:bedrock:us-east-1:111111111111:knowledge-base/KB1");
  }

  @Test
  void oddAgentWithoutArnRoleOrReadToolsStillJoinsItsGuardrailAndModel() {
    WriteBatch out = AgentTransformer.transform(List.of(new AgentTransformer.AgentView(
        BedrockRecorded.agentOf("GetAgent-odd.json"), null, null, null, null)), SCOPE);
    assertThat(out.nodes(AgentSchema.NODE).get(0).id()).isEqualTo("arn:aws:bedrock:us-east-1:111111111111:agent/AG2");
    assertThat(out.nodes(AgentSchema.NODE).get(0).properties()).containsEntry("guardrailConfigured", true)
        .containsEntry("customerKmsKey", false).containsEntry("memoryEnabled", false);
    assertThat(out.rels(AgentSchema.PROTECTED_BY)).extracting(RelRecord::toId).containsExactly(GUARDRAIL);
    assertThat(out.rels(AgentSchema.USES_MODEL)).extracting(RelRecord::toId).containsExactly(
        "arn:aws:bedrock:us-east-1:111111111111:custom-model/amazon.titan-text-express-v1:0:8k/abc123def456");
    assertThat(out.rels(AgentSchema.RUNS_AS)).isEmpty();
    assertThat(out.nodes(ActionGroupSchema.NODE)).isEmpty();
  }

  @Test
  void knowledgeBaseReadsTheWholeBucketWhenNoPrefixIsGivenAndSkipsNonS3Sources() {
    var kb = BedrockRecorded.knowledgeBase("GetKnowledgeBase.json");
    WriteBatch out = KnowledgeBaseTransformer.transform(List.of(new KnowledgeBaseTransformer.KnowledgeBaseView(kb,
        List.of(BedrockRecorded.dataSource("GetDataSource.json"), BedrockRecorded.dataSource("GetDataSource-web.json")))), SCOPE);
    assertThat(out.nodes(KnowledgeBaseSchema.NODE).get(0).properties()).containsEntry("storageType", "PINECONE")
        .containsEntry("vectorStoreEndpoint", "https://policies-abc.svc.pinecone.io")
        .containsEntry("vectorStoreArn", null)
        .containsEntry("vectorStoreSecretArn", "arn:aws:secretsmanager:us-east-1:111111111111:secret:pinecone-abc");
    assertThat(out.rels(KnowledgeBaseSchema.EMBEDS_WITH)).extracting(RelRecord::toId)
        .containsExactly("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0");
    assertThat(out.nodes(DataSourceSchema.NODE)).hasSize(2);
    assertThat(out.nodes(DataSourceSchema.NODE).get(0).properties()).containsEntry("bucketName", "policy-docs")
        .containsEntry("bucketOwnerAccountId", "999999999999").containsEntry("inclusionPrefixes", null);
    assertThat(out.nodes(DataSourceSchema.NODE).get(1).properties()).containsEntry("sourceType", "WEB")
        .containsEntry("bucketName", null);
    assertThat(out.rels(DataSourceSchema.READS)).extracting(RelRecord::toId).containsExactly("s3://policy-docs/");
    assertThat(out.rels(DataSourceSchema.HAS_DATA_SOURCE)).hasSize(2);
  }
}
