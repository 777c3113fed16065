package dev.aispm.graph.schema.aws.ecs;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ecr.ContainerImageSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * An ECS task definition: the containers' images and ports and the task role they run as. It is
 * where a self-hosted inference server (vLLM, TGI, Ollama, an MLflow image) shows on ECS, and the
 * task role is what whoever controls that server can use. Environment variables are never stored:
 * they often hold secrets.
 */
public final class TaskDefinitionSchema {
  private TaskDefinitionSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSECSTaskDefinition")
      .concept("Compute")
      .description("An ECS task definition revision. Its id is the task definition ARN (family:revision).")
      .property("name", "Family and revision, family:revision")
      .property("family", "Task definition family")
      .property("revision", "Revision number")
      .property("status", "ACTIVE, INACTIVE or DELETE_IN_PROGRESS")
      .property("networkMode", "awsvpc, bridge, host or none")
      .property("compatibilities", "Launch types it requires (FARGATE, EC2)")
      .property("taskRoleArn", "Role the containers' code runs as, absent without one")
      .property("executionRoleArn", "Role ECS uses to pull the images and read the secrets, absent without one")
      .property("containerNames", "Names of the containers")
      .property("containerImages", "Images of the containers, as the task definition names them")
      .property("missingImages", "Image references into the region's ECR registry that name no image there (deleted, expired, or a tag no image carries), each with why; absent when all were found or none was judged")
      .property("containerPorts", "Container ports the containers map, e.g. tcp:8000")
      .properties(b -> SettingProperties.declare(b, "the containers' plain environment variables (secrets entries "
          + "are references and are not judged)"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The task's containers run with the task role's permissions.");

  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, ContainerImageSchema.NODE,
      "A container runs this ECR image (by digest, or by tag among the images read).");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "A container's image is a self-hosted inference or ML server.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The server package at the version its image tag names.");
}
