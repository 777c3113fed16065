package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;

/**
 * A Vertex AI Neural Architecture Search job: search trials and train trials, each a custom job
 * spec. Its properties merge both specs the way a reviewer would read them: web access or a
 * default compute account in either one counts for the job.
 */
public final class VertexNasJobSchema {
  private VertexNasJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexNasJob")
      .concept("TrainingJob")
      .description("A Vertex AI NAS job. Its id is //aiplatform.googleapis.com/projects/N/locations/L/nasJobs/ID.")
      .property("name", "Display name")
      .property("location", "Vertex AI location")
      .property("state", "JOB_STATE_SUCCEEDED, JOB_STATE_RUNNING ...")
      .property("serviceAccount", "Service account of the search trials, else of the train trials (absent: the Vertex AI Custom Code Service Agent)")
      .property("serviceAccounts", "Service accounts of the search and train trials")
      .property("usesDefaultComputeAccount", "Whether a trial runs as the Compute Engine default service account")
      .property("enableWebAccess", "Whether interactive shell access is on for the search or the train trials")
      .property("network", "VPC network peered with the trials, absent: none")
      .property("baseOutputDirectory", "gs:// folder the search trials write to")
      .property("images", "Container or executor images")
      .property("missingImages", "References into the project's Artifact Registry that name no image there, "
          + "each with why (no such repository, digest or tag); absent when every one was found")
      .property("inputUris", "gs:// URIs in the workers' arguments and environment")
      .property("searchSpaceSpec", "Whether a search space is set (the spec itself is not stored)")
      .property("restrictedImageTraining", "Whether restricted image training is on")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .properties(b -> SettingProperties.declare(b, "the search and train specs' worker pool environment variables"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "The search or train trials run as the service account.");
  // Probable, as for custom jobs: the URIs are what the workers are told, not what they read.
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, GcsPrefixSchema.NODE,
      "A worker is given the gs:// URI in its arguments or environment (probable training input).");
  public static final RelSchema WRITES = RelSchema.toStub("WRITES", NODE, GcsPrefixSchema.NODE,
      "The trials write under a base output directory.");

  /** Written by the link step after the registry scan, by digest or by the tag an image carries now. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, GcpArtifactImageSchema.NODE,
      "The search or train trials' worker pool containers run this image"
          + " (an Artifact Registry image, by digest, or by the tag it carries now).");
}
