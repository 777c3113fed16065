package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;

/**
 * A SageMaker batch transform job. Kept for its data capture: a job with a
 * {@code DataCaptureConfig} records which objects it read and wrote, and those records are the
 * only trace of what the model was given and answered, which misuse detection reads like an
 * endpoint's capture.
 */
public final class TransformJobSchema {
  private TransformJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerTransformJob")
      .description("A SageMaker batch transform job. Its id is the transform job ARN.")
      .property("name", "Transform job name")
      .property("status", "InProgress, Completed, Failed, Stopping, Stopped")
      .property("modelName", "Model the job runs")
      .property("inputUri", "S3 URI of the input data")
      .property("outputUri", "S3 URI the results are written under")
      .property("dataCaptureDestination", "S3 URI that data capture writes to (absent: capture not configured)")
      .property("createdAt", "Creation time")
      .properties(b -> SettingProperties.declare(b, "the environment variables"))
      .build();
}
