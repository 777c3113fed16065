package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.storage.GcsModelArtifactSchema;

/** A model in the Vertex AI Model Registry, served from its artifact folder. */
public final class VertexModelSchema {
  private VertexModelSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexModel")
      .concept("Model")
      .description("A Vertex AI model. Its id is //aiplatform.googleapis.com/projects/N/locations/L/models/ID.")
      .property("name", "Display name")
      .property("versionId", "Version id")
      .property("artifactUri", "gs:// folder of the model files, absent for models without artifacts")
      .property("containerImage", "Serving container image")
      .property("missingImages", "References into the project's Artifact Registry that name no image there, "
          + "each with why (no such repository, digest or tag); absent when every one was found")
      .property("sourceType", "AUTOML, CUSTOM, BQML, MODEL_GARDEN ...")
      .property("trainingPipeline", "Training pipeline that produced it")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .property("tags", "Labels as key=value strings (named tags as on AWS nodes, so scoring reads env=prod alike)")
      .properties(b -> SettingProperties.declare(b, "the serving container's environment variables"))
      .build();

  public static final RelSchema USES_ARTIFACT = RelSchema.toStub("USES_ARTIFACT", NODE, GcsModelArtifactSchema.NODE,
      "The model is served from the artifact folder.");

  /** Written by the link step after the registry scan, by digest or by the tag an image carries now. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, GcpArtifactImageSchema.NODE,
      "The model's serving container runs this image"
          + " (an Artifact Registry image, by digest, or by the tag it carries now).");
}
