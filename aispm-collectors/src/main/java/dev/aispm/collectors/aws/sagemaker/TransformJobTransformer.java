package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.schema.aws.sagemaker.TransformJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;

/**
 * Turns DescribeTransformJob answers into transform job nodes, with the capture destination that
 * the misuse stage reads.
 */
public final class TransformJobTransformer {
  private TransformJobTransformer() {}

  public static WriteBatch transform(List<DescribeTransformJobResponse> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (DescribeTransformJobResponse job : raw) {
      String name = job.transformJobName();
      String id = job.transformJobArn() != null ? job.transformJobArn()
          : name == null ? null : AwsIds.sagemakerArn(scope.region(), scope.account(), "transform-job", name);
      if (id == null) {
        continue;
      }
      var input = job.transformInput() == null || job.transformInput().dataSource() == null
          || job.transformInput().dataSource().s3DataSource() == null ? null
          : job.transformInput().dataSource().s3DataSource().s3Uri();
      var capture = job.dataCaptureConfig();
      out.node(TransformJobSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope),
              SageMakerSettings.transformJob(job))
          .set("name", name)
          .set("status", job.transformJobStatusAsString())
          .set("modelName", job.modelName())
          .set("inputUri", input)
          .set("outputUri", job.transformOutput() == null ? null : job.transformOutput().s3OutputPath())
          .set("dataCaptureDestination", capture == null || capture.destinationS3Uri() == null
              || capture.destinationS3Uri().isBlank() ? null : capture.destinationS3Uri())
          .set("createdAt", job.creationTime())
          .build());
    }
    return out;
  }
}
