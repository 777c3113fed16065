package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;

/**
 * A version of an Azure ML environment: the container image, or Docker build context, every job
 * and deployment using it runs in. Where that image comes from, and whether it is pinned, is the
 * supply chain of the workspace's code.
 */
public final class AzureMLEnvironmentSchema {
  private AzureMLEnvironmentSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLEnvironment")
      .description("A version of an environment of an Azure ML workspace. Its id is the ARM id .../workspaces/W/environments/E/versions/V.")
      .property("name", "Environment name and version, NAME:VERSION")
      .property("environment", "Environment name")
      .property("version", "Version")
      .property("workspace", "Workspace name")
      .property("image", "Base image reference, when the environment is built from an image")
      .property("imageRegistry", "Registry host of the image (docker.io when the reference names none)")
      .property("imagePinned", "Whether the image is referenced by digest (@sha256:...)")
      .property("buildContextUri", "Docker build context, when the environment is built from a Dockerfile")
      .property("dockerfilePath", "Dockerfile path in the build context")
      .property("condaFile", "Whether a conda specification adds packages on top of the image")
      .property("environmentType", "Curated or UserCreated")
      .property("autoRebuild", "OnBaseImageUpdate or Disabled")
      .property("osType", "Linux or Windows")
      .property("isArchived", "Whether the version is archived")
      .build();

  public static final RelSchema IN_WORKSPACE = RelSchema.toStub("IN_WORKSPACE", NODE,
      AzureMLWorkspaceSchema.NODE, "The environment version belongs to the workspace.");

  /**
   * Written by the registry sync, which reads the image the environment names even when it is not
   * its repository's newest; an image outside the subscription's registries gets no edge.
   */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, AzureContainerImageSchema.NODE,
      "Jobs and deployments using the environment run this image (its image reference resolved in one of the "
          + "subscription's container registries; a tag resolves to the image carrying it at scan time).");
}
