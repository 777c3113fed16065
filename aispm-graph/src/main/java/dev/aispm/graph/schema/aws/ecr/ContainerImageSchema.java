package dev.aispm.graph.schema.aws.ecr;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * A container image in an ECR repository. Images are where AI use hides most easily: an
 * inference server, a notebook or a batch job installs an AI SDK or an ML server into a layer,
 * and no managed AI service's API shows it. The image is the node that its packages, AI use and
 * advisories hang from, as a function is for its code package.
 */
public final class ContainerImageSchema {
  private ContainerImageSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSECRImage")
      .concept("ContainerImage")
      .description("An image in an ECR repository. Its id is the repository URI, '@' and the image "
          + "manifest digest.")
      .property("name", "Repository name and first tag (repo:tag), or repo@digest when untagged")
      .property("repositoryName", "Repository name, e.g. team/inference")
      .property("repositoryArn", "Repository ARN")
      .property("repositoryUri", "Repository URI (registry host and repository name)")
      .property("digest", "Image manifest digest, sha256:...")
      .property("tags", "Image tags, absent for an untagged image")
      .property("pushedAt", "When the image was pushed, ISO-8601")
      .property("sizeInBytes", "Compressed size of the image's layers as ECR reports it")
      .property("manifestMediaType", "Media type of the image manifest (OCI or Docker v2 schema 2)")
      .property("artifactMediaType", "Media type of the image config")
      .property("tagMutability", "MUTABLE or IMMUTABLE: whether a tag can be moved to another image")
      .property("scanOnPush", "Whether ECR's own vulnerability scan runs on push")
      .property("imageScan", "Result of reading the layers: scanned, partial (some layers not read), "
          + "over-budget, failed, not-selected (outside the images read per region); absent when not tried")
      .property("imageScanError", "Why layers could not be read (per layer)")
      .property("layers", "Number of layers in the manifest")
      .property("layersRead", "Number of layers read through")
      .build();

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The image's layers hold this AI package (after later layers' deletions).");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The image's files show this AI use.");
}
