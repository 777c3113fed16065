package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;

/**
 * A data source of a Bedrock knowledge base. An S3 source reads prefixes like a training job
 * does, so the same {@code READS} edge to {@code AWSS3Prefix} lets the data scanner and the
 * bucket rules see it.
 */
public final class DataSourceSchema {
  private DataSourceSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockDataSource")
      .concept("DataSource")
      .description("A data source of a Bedrock knowledge base. Its id is KNOWLEDGE_BASE_ARN/datasource/DATA_SOURCE_ID.")
      .property("name", "Data source name")
      .property("dataSourceId", "Data source id")
      .property("status", "AVAILABLE, DELETING, DELETE_UNSUCCESSFUL")
      .property("sourceType", "S3, WEB, CONFLUENCE, SALESFORCE, SHAREPOINT ...")
      .property("bucketName", "Source bucket of an S3 data source")
      .property("bucketOwnerAccountId", "Account that owns the source bucket, when it is another account")
      .property("inclusionPrefixes", "Key prefixes ingested, absent for the whole bucket")
      .property("kmsKeyId", "Customer KMS key for transient ingestion data")
      .property("dataDeletionPolicy", "RETAIN or DELETE: what happens to vectors when the source is deleted")
      .build();

  public static final RelSchema HAS_DATA_SOURCE = new RelSchema("HAS_DATA_SOURCE", KnowledgeBaseSchema.NODE, NODE,
      NODE, false, "The knowledge base ingests from the data source.");
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, DataPrefixSchema.NODE,
      "The data source ingests the objects under the prefix.");
}
