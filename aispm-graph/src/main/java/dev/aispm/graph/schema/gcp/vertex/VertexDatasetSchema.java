package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;

/** A Vertex AI managed dataset, whose data lives in Cloud Storage or BigQuery. */
public final class VertexDatasetSchema {
  private VertexDatasetSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexDataset")
      .concept("Dataset")
      .description("A Vertex AI dataset. Its id is //aiplatform.googleapis.com/projects/N/locations/L/datasets/ID.")
      .property("name", "Display name")
      .property("location", "Vertex AI location")
      .property("metadataSchemaUri", "Schema of the dataset (tabular, image ...)")
      .property("sourceUris", "gs:// or bq:// sources in the dataset's metadata")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema READS = RelSchema.toStub("READS", NODE, GcsPrefixSchema.NODE,
      "The dataset's data is read from the gs:// source.");
}
