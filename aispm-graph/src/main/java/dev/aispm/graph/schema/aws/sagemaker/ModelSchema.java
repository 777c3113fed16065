package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.ecr.ContainerImageSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/** A SageMaker model: an artifact and a container that endpoints serve. */
public final class ModelSchema {
  private ModelSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerModel")
      .concept("Model")
      .description("A SageMaker model. Its id is the model ARN.")
      .property("name", "Model name")
      .property("image", "Inference container image of the primary container")
      .property("containerImages", "Images of every container (the primary container or the inference pipeline's)")
      .property("missingImages", "Image references into the region's ECR registry that name no image there (deleted, expired, or a tag no image carries), each with why; absent when all were found or none was judged")
      .property("modelDataUrl", "S3 URI of the primary container's model artifact")
      .property("modelPackageName", "Registered model package the primary container was created from")
      .property("networkIsolation", "Whether the container has no network access")
      .property("subnetIds", "VPC subnets, absent when not in a VPC")
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .properties(b -> SettingProperties.declare(b, "the containers' environment variables"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The model's containers run with the role's permissions.");
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, ContainerImageSchema.NODE,
      "A container of the model runs this ECR image (by digest, or by tag among the images read): the image's "
          + "AI packages, AI use and advisories are the model's.");
  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "A container's image is a self-hosted inference or ML server (TGI, vLLM, Triton, TorchServe...).");
  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The server package at the version its container image's tag names.");
  public static final RelSchema USES_ARTIFACT = RelSchema.toStub("USES_ARTIFACT", NODE,
      ModelArtifactSchema.NODE, "The model loads the artifact.");
  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, SubnetSchema.NODE,
      "The model's containers' network interface is placed in the subnet.");
  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      SecurityGroupSchema.NODE, "The model's containers' network interface is governed by the security group.");
}
