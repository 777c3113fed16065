package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;

/** A supervised tuning job of a foundation model (Gemini): training data in, tuned model out. */
public final class VertexTuningJobSchema {
  private VertexTuningJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexTuningJob")
      .concept("TrainingJob")
      .description("A Vertex AI tuning job. Its id is //aiplatform.googleapis.com/projects/N/locations/L/tuningJobs/ID.")
      .property("name", "Tuned model display name")
      .property("location", "Vertex AI location")
      .property("state", "JOB_STATE_SUCCEEDED ...")
      .property("baseModel", "Foundation model tuned")
      .property("trainingDatasetUri", "gs:// training data")
      .property("validationDatasetUri", "gs:// validation data")
      .property("serviceAccount", "Service account, absent: the Vertex AI Secure Fine-Tuning Service Agent")
      .property("usesDefaultComputeAccount", "Whether it runs as the Compute Engine default service account")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .property("endedAt", "When the job ended (endTime), absent while it runs")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "The tuning job runs as the service account.");
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, GcsPrefixSchema.NODE,
      "The job tunes on the gs:// data.");
  public static final RelSchema PRODUCED = RelSchema.toStub("PRODUCED", NODE, VertexModelSchema.NODE,
      "The job registered the tuned model.");
}
