package dev.aispm.collectors.aws.bedrock;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.s3.S3Nodes;
import dev.aispm.graph.schema.aws.bedrock.ImportedModelSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import software.amazon.awssdk.services.bedrock.model.GetImportedModelResponse;

/** Turns GetImportedModel answers into model nodes linked to the S3 weights they were imported from. */
public final class ImportedModelTransformer {
  private ImportedModelTransformer() {}

  public static WriteBatch transform(List<GetImportedModelResponse> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (GetImportedModelResponse m : raw) {
      String id = m.modelArn();
      if (id == null) {
        continue;
      }
      String source = m.modelDataSource() == null || m.modelDataSource().s3DataSource() == null ? null
          : m.modelDataSource().s3DataSource().s3Uri();
      out.node(ImportedModelSchema.NODE, NodeRecord.of(id, scope)
          .set("name", m.modelName())
          .set("jobName", m.jobName())
          .set("jobArn", m.jobArn())
          .set("modelArchitecture", m.modelArchitecture())
          .set("modelDataUri", source)
          .set("kmsKeyId", m.modelKmsKeyArn())
          .set("customerKmsKey", m.modelKmsKeyArn() != null)
          .set("instructSupported", m.instructSupported())
          .set("createdAt", m.creationTime())
          .build());
      if (S3Nodes.artifact(out, source, scope)) {
        out.rel(ImportedModelSchema.USES_ARTIFACT, RelRecord.of(id, source, scope));
      }
    }
    return out;
  }
}
