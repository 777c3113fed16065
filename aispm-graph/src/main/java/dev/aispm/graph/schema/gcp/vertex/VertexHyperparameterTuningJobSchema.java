package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;

/**
 * A Vertex AI hyperparameter tuning job: many trials of one custom job spec. Each trial is a custom
 * training job with the same containers, service account, network and web access, so it carries
 * the same properties and edges as {@link VertexCustomJobSchema}.
 */
public final class VertexHyperparameterTuningJobSchema {
  private VertexHyperparameterTuningJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexHyperparameterTuningJob")
      .concept("TrainingJob")
      .description("A Vertex AI hyperparameter tuning job. Its id is //aiplatform.googleapis.com/projects/N/locations/L/hyperparameterTuningJobs/ID.")
      .property("name", "Display name")
      .property("location", "Vertex AI location")
      .property("state", "JOB_STATE_SUCCEEDED, JOB_STATE_RUNNING ...")
      .property("serviceAccount", "Service account the trials run as (absent: the Vertex AI Custom Code Service Agent)")
      .property("usesDefaultComputeAccount", "Whether it runs as the Compute Engine default service account")
      .property("enableWebAccess", "Whether interactive shell access to the trial containers is on")
      .property("network", "VPC network peered with the trials, absent: none")
      .property("baseOutputDirectory", "gs:// folder the trials write to (one sub-folder per trial)")
      .property("images", "Container or executor images")
      .property("missingImages", "References into the project's Artifact Registry that name no image there, "
          + "each with why (no such repository, digest or tag); absent when every one was found")
      .property("inputUris", "gs:// URIs in the workers' arguments and environment")
      .property("trialCount", "Trials run so far")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .properties(b -> SettingProperties.declare(b, "the trial job spec's worker pool environment variables"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "The trial containers run as the service account.");
  // Probable, as for custom jobs: the URIs are what the workers are told, not what they read.
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, GcsPrefixSchema.NODE,
      "A worker is given the gs:// URI in its arguments or environment (probable training input).");
  public static final RelSchema WRITES = RelSchema.toStub("WRITES", NODE, GcsPrefixSchema.NODE,
      "The trials write under the base output directory.");

  /** Written by the link step after the registry scan, by digest or by the tag an image carries now. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, GcpArtifactImageSchema.NODE,
      "The trials' worker pool containers run this image"
          + " (an Artifact Registry image, by digest, or by the tag it carries now).");
}
