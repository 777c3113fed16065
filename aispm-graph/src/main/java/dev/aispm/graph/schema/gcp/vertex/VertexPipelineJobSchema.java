package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;

/** A Vertex AI Pipelines run (Kubeflow): arbitrary steps run as one service account. */
public final class VertexPipelineJobSchema {
  private VertexPipelineJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexPipelineJob")
      .concept("Pipeline")
      .description("A Vertex AI pipeline job. Its id is //aiplatform.googleapis.com/projects/N/locations/L/pipelineJobs/ID.")
      .property("name", "Display name")
      .property("location", "Vertex AI location")
      .property("state", "PIPELINE_STATE_SUCCEEDED ...")
      .property("serviceAccount", "Service account the steps run as (absent: Compute Engine default service account)")
      .property("usesDefaultComputeAccount", "Whether it runs as the Compute Engine default service account")
      .property("network", "VPC network peered with the job")
      .property("templateUri", "Pipeline template")
      .property("gcsOutputDirectory", "gs:// root of the pipeline's outputs")
      .property("inputUris", "gs:// URIs among the parameter values")
      .property("images", "Container images of the pipeline's components (deploymentSpec executors), as the spec names them")
      .property("missingImages", "References into the project's Artifact Registry that name no image there, "
          + "each with why (no such repository, digest or tag); absent when every one was found")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "The pipeline's steps run as the service account.");
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, GcsPrefixSchema.NODE,
      "A parameter value names the gs:// URI (probable input).");
  public static final RelSchema WRITES = RelSchema.toStub("WRITES", NODE, GcsPrefixSchema.NODE,
      "The pipeline writes its outputs under the gs:// root.");

  /** Written by the link step after the registry scan, by digest or by the tag an image carries now. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, GcpArtifactImageSchema.NODE,
      "A component of the pipeline runs this container image"
          + " (an Artifact Registry image, by digest, or by the tag it carries now).");
}
