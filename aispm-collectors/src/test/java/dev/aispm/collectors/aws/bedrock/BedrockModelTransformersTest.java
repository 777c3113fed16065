package dev.aispm.collectors.aws.bedrock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.bedrock.CustomModelSchema;
import dev.aispm.graph.schema.aws.bedrock.CustomizationJobSchema;
import dev.aispm.graph.schema.aws.bedrock.ImportedModelSchema;
import dev.aispm.graph.schema.aws.bedrock.ProvisionedThroughputSchema;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom models, customization jobs, imported models and throughputs from recorded answers. */
class BedrockModelTransformersTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  static final String MODEL = "arn:aws:bedrock:us-east-1:111111111111:custom-model/amazon.titan-text-express-v1:0:8k/abc123def456";

  @Test
  void customModelCarriesItsKeyDataAndBaseModel() {
    WriteBatch out = CustomModelTransformer.transform(List.of(BedrockRecorded.customModel("GetCustomModel.json")), SCOPE);
    var props = out.nodes(CustomModelSchema.NODE).get(0).properties();
    assertThat(props).containsEntry("customerKmsKey", true).containsEntry("customizationType", "FINE_TUNING")
        .containsEntry("trainingDataUri", "s3://claims-data/train/claims.jsonl")
        .containsEntry("validationDataUris", List.of("s3://claims-data/validation/"));
    assertThat(out.rels(CustomModelSchema.FINE_TUNED_FROM)).singleElement().satisfies(r -> {
      assertThat(r.toId()).isEqualTo("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1:0:8k");
      assertThat(r.targetStub()).containsEntry("name", "amazon.titan-text-express-v1:0:8k");
    });
  }

  @Test
  void oddCustomModelIsKeptWithAwsOwnedKeyAndABaseModelIdTurnedIntoItsArn() {
    WriteBatch out = CustomModelTransformer.transform(List.of(BedrockRecorded.customModel("GetCustomModel-odd.json")), SCOPE);
    var props = out.nodes(CustomModelSchema.NODE).get(0).properties();
    assertThat(props).containsEntry("customerKmsKey", false).containsEntry("kmsKeyId", null)
        .containsEntry("customizationType", "SOMETHING_NEW").containsEntry("validationDataUris", null)
        .containsEntry("trainingDataUri", null);
    assertThat(out.rels(CustomModelSchema.FINE_TUNED_FROM)).extracting(RelRecord::toId)
        .containsExactly("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-lite-v1");
  }

  @Test
  void customizationJobBecomesLineageFromDataToTheModel() {
    WriteBatch out = CustomizationJobTransformer.transform(List.of(BedrockRecorded.job("GetModelCustomizationJob.json")), SCOPE);
    var props = out.nodes(CustomizationJobSchema.NODE).get(0).properties();
    assertThat(props).containsEntry("inVpc", true).containsEntry("subnetIds", List.of("subnet-1", "subnet-2"))
        .containsEntry("securityGroupIds", List.of("sg-1")).containsEntry("outputEncryptedWithCmk", true);
    assertThat(out.rels(CustomizationJobSchema.READS)).extracting(RelRecord::toId)
        .containsExactly("s3://claims-data/train/claims.jsonl", "s3://claims-data/validation/");
    assertThat(out.rels(CustomizationJobSchema.WRITES)).extracting(RelRecord::toId).containsExactly("s3://claims-output/");
    assertThat(out.rels(CustomizationJobSchema.PRODUCED)).singleElement().satisfies(r -> {
      assertThat(r.toId()).isEqualTo(MODEL);
      assertThat(r.targetStub()).containsEntry("name", "claims-titan");
    });
    assertThat(out.rels(CustomizationJobSchema.RUNS_AS)).extracting(RelRecord::toId)
        .containsExactly("arn:aws:iam::111111111111:role/service-role/BedrockJobRole");
    assertThat(out.rels(DataPrefixSchema.IN_BUCKET)).extracting(RelRecord::toId)
        .contains("arn:aws:s3:::claims-data", "arn:aws:s3:::claims-output");
  }

  @Test
  void failedJobWithoutModelRoleOrS3DataIsKeptWithoutEdges() {
    WriteBatch out = CustomizationJobTransformer.transform(List.of(BedrockRecorded.job("GetModelCustomizationJob-odd.json")), SCOPE);
    var props = out.nodes(CustomizationJobSchema.NODE).get(0).properties();
    assertThat(props).containsEntry("status", "Failed").containsEntry("inVpc", false).containsEntry("subnetIds", null)
        .containsEntry("outputEncryptedWithCmk", false).containsEntry("trainingDataUri", "https://example.invalid/train.jsonl");
    assertThat(out.rels(CustomizationJobSchema.READS)).isEmpty();
    assertThat(out.rels(CustomizationJobSchema.PRODUCED)).isEmpty();
    assertThat(out.rels(CustomizationJobSchema.RUNS_AS)).isEmpty();
  }

  @Test
  void importedModelLinksTheWeightsFolderAsAnArtifact() {
    WriteBatch out = ImportedModelTransformer.transform(List.of(BedrockRecorded.importedModel("GetImportedModel.json")), SCOPE);
    assertThat(out.nodes(ImportedModelSchema.NODE).get(0).properties()).containsEntry("customerKmsKey", false)
        .containsEntry("modelArchitecture", "llama3");
    assertThat(out.rels(ImportedModelSchema.USES_ARTIFACT)).extracting(RelRecord::toId).containsExactly("s3://weights/llama/");
    assertThat(out.nodes(ModelArtifactSchema.NODE).get(0).properties()).containsEntry("bucket", "weights")
        .containsEntry("key", "llama/");
  }

  @Test
  void throughputServesCustomModelsOnlyAndSkipsEntriesWithoutArn() {
    WriteBatch out = ProvisionedThroughputTransformer.transform(
        BedrockRecorded.throughputs("ListProvisionedModelThroughputs.json"), SCOPE);
    assertThat(out.nodes(ProvisionedThroughputSchema.NODE)).hasSize(2);
    assertThat(out.nodes(ProvisionedThroughputSchema.NODE).get(0).properties()).containsEntry("modelUnits", 2)
        .containsEntry("commitmentDuration", "OneMonth");
    assertThat(out.rels(ProvisionedThroughputSchema.SERVES_CUSTOM)).singleElement()
        .satisfies(r -> assertThat(Map.of(r.fromId(), r.toId()))
            .containsEntry(MODEL, "arn:aws:bedrock:us-east-1:111111111111:provisioned-model/pt1"));
    assertThat(out.rels(ProvisionedThroughputSchema.SERVES_IMPORTED)).isEmpty();
  }
}
