package dev.aispm.graph.schema.azure.containerregistry;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * A container image in an Azure container registry, the node its packages, AI use and advisories
 * hang from, as for an ECR image. Its id is the image as one pulls it by digest, so a workload
 * (Container Apps, AKS, an Azure ML environment) naming that reference points at it by id.
 */
public final class AzureContainerImageSchema {
  private AzureContainerImageSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureContainerImage")
      .concept("ContainerImage")
      .description("An image in an Azure container registry. Its id is <registry-host>/<repository path>@<digest>, "
          + "e.g. NAME.azurecr.io/team/app@sha256:..., the reference a workload pulls.")
      .property("name", "Repository and first tag (repo:tag), or repo@digest when untagged")
      .property("repositoryName", "Repository name, e.g. team/inference")
      .property("registry", "Login server of the registry")
      .property("digest", "Image manifest digest, sha256:...")
      .property("tags", "Image tags, absent for an untagged image")
      .property("updatedAt", "When the manifest was last updated, ISO-8601")
      .property("sizeInBytes", "Size of the image as the registry reports it")
      .property("manifestMediaType", "Media type of the image manifest")
      .property("imageScan", "Result of reading the layers: scanned, partial (some layers not read), "
          + "over-budget, failed, not-selected (outside the images read per subscription); absent when not tried")
      .property("imageScanError", "Why layers could not be read (per layer)")
      .property("layers", "Number of layers in the manifest")
      .property("layersRead", "Number of layers read through")
      .build();

  public static final RelSchema IN_REGISTRY = RelSchema.of("IN_REGISTRY", NODE, AzureContainerRegistrySchema.NODE,
      "The registry that stores the image.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The image's layers hold this AI package (after later layers' deletions).");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The image's files show this AI use.");
}
