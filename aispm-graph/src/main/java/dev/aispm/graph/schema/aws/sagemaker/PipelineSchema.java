package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;

/** A SageMaker pipeline: it creates jobs and models as its role, which it must be able to pass. */
public final class PipelineSchema {
  private PipelineSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerPipeline")
      .concept("Pipeline")
      .description("A SageMaker pipeline. Its id is the pipeline ARN.")
      .property("name", "Pipeline name")
      .property("displayName", "Display name")
      .property("createdAt", "Creation time")
      .property("lastExecutionAt", "Time of the last execution")
      .property("tags", "Tags as key=value strings")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The pipeline's steps run with the role's permissions.");
}
