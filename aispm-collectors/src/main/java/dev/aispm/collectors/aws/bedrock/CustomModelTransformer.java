package dev.aispm.collectors.aws.bedrock;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.bedrock.CustomModelSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelResponse;

/** Turns GetCustomModel answers into custom model nodes linked to the model they were tuned from. */
public final class CustomModelTransformer {
  private CustomModelTransformer() {}

  public static WriteBatch transform(List<GetCustomModelResponse> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (GetCustomModelResponse m : raw) {
      String id = m.modelArn();
      if (id == null) {
        // Without its ARN a model cannot be joined to the job that made it or the throughput serving it.
        continue;
      }
      List<String> validation = CustomizationJobTransformer.validationUris(m.validationDataConfig());
      out.node(CustomModelSchema.NODE, NodeRecord.of(id, scope)
          .set("name", m.modelName())
          .set("status", m.modelStatusAsString())
          .set("customizationType", m.customizationTypeAsString())
          .set("baseModelArn", m.baseModelArn())
          .set("jobName", m.jobName())
          .set("jobArn", m.jobArn())
          .set("kmsKeyId", m.modelKmsKeyArn())
          // A Get answer without modelKmsKeyArn means the AWS-owned key: known, so false.
          .set("customerKmsKey", m.modelKmsKeyArn() != null)
          .set("trainingDataUri", m.trainingDataConfig() == null ? null : m.trainingDataConfig().s3Uri())
          .set("validationDataUris", validation.isEmpty() ? null : validation)
          .set("outputDataUri", m.outputDataConfig() == null ? null : m.outputDataConfig().s3Uri())
          .set("createdAt", m.creationTime())
          .build());
      String base = BedrockIds.modelArn(m.baseModelArn(), scope.region());
      if (base != null) {
        out.rel(CustomModelSchema.FINE_TUNED_FROM, RelRecord.of(id, base, scope).withTargetStub(BedrockIds.modelStub(base)));
      }
    }
    return out;
  }
}
