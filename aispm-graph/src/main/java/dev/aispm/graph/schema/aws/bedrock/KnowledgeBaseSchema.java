package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;

/**
 * A Bedrock knowledge base: documents indexed into a vector store that agents and applications
 * retrieve from. Whatever its sources hold ends up in model answers, so who can write them is
 * an indirect prompt-injection and data-leak question.
 */
public final class KnowledgeBaseSchema {
  private KnowledgeBaseSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockKnowledgeBase")
      .concept("KnowledgeBase")
      .description("A Bedrock knowledge base. Its id is the knowledge base ARN.")
      .property("name", "Knowledge base name")
      .property("knowledgeBaseId", "Knowledge base id")
      .property("status", "ACTIVE, CREATING, FAILED ...")
      .property("knowledgeBaseType", "VECTOR, KENDRA or SQL")
      .property("embeddingModelArn", "Embedding model of a vector knowledge base")
      .property("storageType", "Vector store: OPENSEARCH_SERVERLESS, PINECONE, RDS, S3_VECTORS ...")
      .property("vectorStoreArn", "ARN of the vector store (collection, cluster, database), when it has one")
      .property("vectorStoreEndpoint", "Connection string of a third-party vector store (Pinecone, Redis, MongoDB)")
      .property("vectorStoreSecretArn", "Secrets Manager secret holding the vector store credentials")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The knowledge base reads its sources and writes its vector store with the role's permissions.");
  public static final RelSchema EMBEDS_WITH = RelSchema.toStub("EMBEDS_WITH", NODE, FoundationModelSchema.NODE,
      "The knowledge base embeds documents with the model.");
  public static final RelSchema AGENT_USES = new RelSchema("USES_KNOWLEDGE_BASE", AgentSchema.NODE, NODE,
      AgentSchema.NODE, false, "The agent retrieves from the knowledge base.");
}
