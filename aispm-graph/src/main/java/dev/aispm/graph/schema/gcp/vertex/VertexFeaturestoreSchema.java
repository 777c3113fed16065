package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;

/**
 * A legacy Vertex AI Feature Store (featurestores): still widely used beside the newer feature
 * online stores, with its own online serving nodes and encryption key.
 */
public final class VertexFeaturestoreSchema {
  private VertexFeaturestoreSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexFeaturestore")
      .concept("FeatureStore")
      .description("A legacy Vertex AI feature store. Its id is //aiplatform.googleapis.com/projects/N/locations/L/featurestores/ID.")
      .property("name", "Feature store id")
      .property("location", "Vertex AI location")
      .property("state", "STABLE, UPDATING ...")
      .property("onlineServing", "Whether online serving nodes are provisioned (fixed or autoscaled)")
      .property("onlineServingNodes", "Fixed node count, or the autoscaling minimum")
      .property("onlineServingMaxNodes", "Autoscaling maximum, absent: fixed")
      .property("onlineStorageTtlDays", "Days feature values stay in online storage, absent: the offline TTL")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .build();
}
