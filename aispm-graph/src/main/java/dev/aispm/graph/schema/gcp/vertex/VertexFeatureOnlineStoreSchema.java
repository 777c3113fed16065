package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;

/** A Vertex AI Feature Store online store: features served to models at prediction time. */
public final class VertexFeatureOnlineStoreSchema {
  private VertexFeatureOnlineStoreSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexFeatureOnlineStore")
      .concept("FeatureStore")
      .description("A Vertex AI feature online store. Its id is //aiplatform.googleapis.com/projects/N/locations/L/featureOnlineStores/ID.")
      .property("name", "Store id")
      .property("location", "Vertex AI location")
      .property("state", "STABLE, UPDATING ...")
      .property("storageType", "bigtable or optimized")
      .property("privateServiceConnect", "Whether its dedicated serving endpoint is reached through Private Service Connect")
      .property("publicEndpoint", "Whether it has a public dedicated serving endpoint")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .build();
}
