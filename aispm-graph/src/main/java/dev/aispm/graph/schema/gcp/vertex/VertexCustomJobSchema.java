package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.schema.gcp.storage.GcsModelArtifactSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;

/** A Vertex AI custom training job: containers that read training data and write a model. */
public final class VertexCustomJobSchema {
  private VertexCustomJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexCustomJob")
      .concept("TrainingJob")
      .description("A Vertex AI custom job. Its id is //aiplatform.googleapis.com/projects/N/locations/L/customJobs/ID.")
      .property("name", "Display name")
      .property("location", "Vertex AI location")
      .property("state", "JOB_STATE_SUCCEEDED, JOB_STATE_RUNNING ...")
      .property("serviceAccount", "Service account the job runs as (absent: the Vertex AI Custom Code Service Agent)")
      .property("usesDefaultComputeAccount", "Whether it runs as the Compute Engine default service account")
      .property("enableWebAccess", "Whether interactive shell access to the training containers is on")
      .property("network", "VPC network peered with the job, absent: none")
      .property("baseOutputDirectory", "gs:// folder the job writes to")
      .property("images", "Container or executor images")
      .property("missingImages", "References into the project's Artifact Registry that name no image there, "
          + "each with why (no such repository, digest or tag); absent when every one was found")
      .property("inputUris", "gs:// URIs in the workers' arguments and environment")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .property("endedAt", "When the job ended (endTime), absent while it runs")
      .properties(b -> SettingProperties.declare(b, "the worker pools' container and Python package environment variables"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "The job's containers run as the service account.");
  // Probable, not certain: the URIs come from the workers' arguments and environment, which is
  // where a training script is told its data, but the script may ignore them.
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, GcsPrefixSchema.NODE,
      "A worker is given the gs:// URI in its arguments or environment (probable training input).");
  public static final RelSchema WRITES = RelSchema.toStub("WRITES", NODE, GcsPrefixSchema.NODE,
      "The job writes under its base output directory.");
  public static final RelSchema PRODUCED = RelSchema.toStub("PRODUCED", NODE, GcsModelArtifactSchema.NODE,
      "The job writes its model to BASE_OUTPUT_DIRECTORY/model/ (AIP_MODEL_DIR).");

  /** Written by the link step after the registry scan, by digest or by the tag an image carries now. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, GcpArtifactImageSchema.NODE,
      "A worker pool's container runs this image"
          + " (an Artifact Registry image, by digest, or by the tag it carries now).");
}
