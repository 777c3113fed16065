package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;

/** A Vertex AI training pipeline (AutoML or custom): dataset in, model in the registry out. */
public final class VertexTrainingPipelineSchema {
  private VertexTrainingPipelineSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexTrainingPipeline")
      .concept("TrainingJob")
      .description("A Vertex AI training pipeline. Its id is //aiplatform.googleapis.com/projects/N/locations/L/trainingPipelines/ID.")
      .property("name", "Display name")
      .property("location", "Vertex AI location")
      .property("state", "PIPELINE_STATE_SUCCEEDED ...")
      .property("trainingTaskDefinition", "Schema of the training task (AutoML tabular, custom task ...)")
      .property("datasetId", "Managed dataset it trains on")
      .property("serviceAccount", "Service account of a custom task, absent: service agent")
      .property("usesDefaultComputeAccount", "Whether it runs as the Compute Engine default service account")
      .property("enableWebAccess", "Whether a custom task has interactive shell access (absent: not a custom task)")
      .property("network", "VPC network of a custom task")
      .property("images", "Container or executor images of the custom task's worker pools, and the serving "
          + "container of the model it uploads")
      .property("missingImages", "References into the project's Artifact Registry that name no image there, "
          + "each with why (no such repository, digest or tag); absent when every one was found")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .property("endedAt", "When the job ended (endTime), absent while it runs")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "The custom task runs as the service account.");
  public static final RelSchema USES_DATASET = RelSchema.toStub("USES_DATASET", NODE, VertexDatasetSchema.NODE,
      "The pipeline trains on the managed dataset.");
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, GcsPrefixSchema.NODE,
      "The pipeline reads the gs:// source of its dataset.");
  public static final RelSchema PRODUCED = RelSchema.toStub("PRODUCED", NODE, VertexModelSchema.NODE,
      "The pipeline uploaded the model.");

  /** Written by the link step after the registry scan, by digest or by the tag an image carries now. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, GcpArtifactImageSchema.NODE,
      "A custom task's worker pool container, or the serving container of the model it uploads, is this image"
          + " (an Artifact Registry image, by digest, or by the tag it carries now).");
}
