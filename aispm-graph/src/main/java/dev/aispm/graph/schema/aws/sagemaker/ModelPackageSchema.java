package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;

/**
 * A model package (a registered model version) with its approval status: the registry's gate
 * between a trained artifact and production. A model built from a package that was never
 * approved bypassed that gate.
 */
public final class ModelPackageSchema {
  private ModelPackageSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerModelPackage")
      .concept("ModelVersion")
      .description("A SageMaker model package. Its id is the model package ARN.")
      .property("name", "Model package name")
      .property("groupName", "Model package group, absent for unversioned packages")
      .property("version", "Version within the group")
      .property("approvalStatus", "Approved, Rejected or PendingManualApproval")
      .property("status", "Pending, InProgress, Completed, Failed, Deleting")
      .property("image", "Inference image of the first container")
      .property("modelDataUrl", "S3 URI of the first container's model artifact")
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .build();

  public static final RelSchema IN_GROUP = RelSchema.toStub("IN_GROUP", NODE, ModelPackageGroupSchema.NODE,
      "The package is a version in the group.");
  public static final RelSchema USES_ARTIFACT = RelSchema.toStub("USES_ARTIFACT", NODE, ModelArtifactSchema.NODE,
      "The package's container loads the artifact.");
  public static final RelSchema MODEL_FROM_PACKAGE = RelSchema.toStub("FROM_PACKAGE", ModelSchema.NODE, NODE,
      "The model was created from the registered package.");
}
