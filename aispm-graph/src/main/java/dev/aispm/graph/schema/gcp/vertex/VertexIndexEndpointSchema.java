package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.CommonSchemas;

/** A Vector Search index endpoint: where embeddings of (often private) documents are queried. */
public final class VertexIndexEndpointSchema {
  private VertexIndexEndpointSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexIndexEndpoint")
      .concept("Endpoint", "VectorIndex")
      .description("A Vertex AI Vector Search index endpoint. Its id is //aiplatform.googleapis.com/projects/N/locations/L/indexEndpoints/ID.")
      .property("name", "Display name")
      .property("location", "Vertex AI location")
      .property("network", "VPC network peered for private queries")
      .property("privateServiceConnect", "Whether it is reached through Private Service Connect")
      .property("publicEndpoint", "Whether the public endpoint is enabled")
      .property("internetReachable", "Whether the Internet can reach it (same as publicEndpoint)")
      .property("deployedIndexes", "Indexes deployed to it")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE, NODE,
      false, "The index endpoint's public endpoint is enabled. Property via: publicEndpoint.");
}
