package dev.aispm.graph.schema.gcp.artifactregistry;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * A container image in an Artifact Registry repository, the node its packages, AI use and
 * advisories hang from, as for an ECR image. Its id is the image as one pulls it by digest, so a
 * workload (a Cloud Run service, a Vertex AI custom container) that names that reference points
 * at the node by id.
 */
public final class GcpArtifactImageSchema {
  private GcpArtifactImageSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPArtifactImage")
      .concept("ContainerImage")
      .description("An image in an Artifact Registry Docker repository. Its id is "
          + "<registry-host>/<repository path>@<digest>, e.g. "
          + "us-central1-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE@sha256:..., the reference a workload pulls.")
      .property("name", "Image name and first tag (image:tag), or image@digest when untagged")
      .property("repositoryName", "Image path inside the registry host, PROJECT/REPOSITORY/IMAGE")
      .property("repository", "Resource name of the repository")
      .property("digest", "Image manifest digest, sha256:...")
      .property("tags", "Image tags, absent for an untagged image")
      .property("uploadedAt", "When the image was uploaded, ISO-8601")
      .property("updatedAt", "When the image was last updated (a tag moved), ISO-8601")
      .property("sizeInBytes", "Compressed size of the image as Artifact Registry reports it")
      .property("manifestMediaType", "Media type of the image manifest")
      .property("imageScan", "Result of reading the layers: scanned, partial (some layers not read), "
          + "over-budget, failed, not-selected (outside the images read per project); absent when not tried")
      .property("imageScanError", "Why layers could not be read (per layer)")
      .property("layers", "Number of layers in the manifest")
      .property("layersRead", "Number of layers read through")
      .build();

  public static final RelSchema IN_REPOSITORY = RelSchema.of("IN_REPOSITORY", NODE, GcpArtifactRepositorySchema.NODE,
      "The repository that stores the image.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The image's layers hold this AI package (after later layers' deletions).");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The image's files show this AI use.");
}
