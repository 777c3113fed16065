package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.common.SettingProperties;

/**
 * A SageMaker pipeline: it creates jobs and models as its role, which it must be able to pass. Its
 * definition holds every step's arguments, so what a step would get as a setting in clear is
 * judged here as on the job it launches.
 */
public final class PipelineSchema {
  private PipelineSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerPipeline")
      .concept("Pipeline")
      .description("A SageMaker pipeline. Its id is the pipeline ARN.")
      .property("name", "Pipeline name")
      .property("displayName", "Display name")
      .property("status", "Active or Deleting (absent when the definition could not be read)")
      .property("createdAt", "Creation time")
      .property("lastModifiedAt", "Time the definition last changed")
      .property("lastExecutionAt", "Time of the last execution")
      .property("tags", "Tags as key=value strings")
      .properties(b -> SettingProperties.declare(b, "every string of the definition: parameter defaults and each "
          + "step's arguments (hyperparameters, environment, container arguments)"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The pipeline's steps run with the role's permissions.");
}
