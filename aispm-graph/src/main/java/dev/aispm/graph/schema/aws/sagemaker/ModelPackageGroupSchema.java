package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;

/** A model package group: one model's line of versions in the SageMaker model registry. */
public final class ModelPackageGroupSchema {
  private ModelPackageGroupSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerModelPackageGroup")
      .concept("ModelRegistry")
      .description("A SageMaker model package group. Its id is the group ARN.")
      .property("name", "Group name")
      .property("status", "Completed, Pending, Failed ...")
      .property("description", "Group description")
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .build();
}
