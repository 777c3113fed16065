package dev.aispm.collectors.aws.bedrock;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.s3.S3Nodes;
import dev.aispm.graph.schema.aws.bedrock.DataSourceSchema;
import dev.aispm.graph.schema.aws.bedrock.KnowledgeBaseSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.bedrockagent.model.DataSource;
import software.amazon.awssdk.services.bedrockagent.model.KnowledgeBase;
import software.amazon.awssdk.services.bedrockagent.model.S3DataSourceConfiguration;
import software.amazon.awssdk.services.bedrockagent.model.StorageConfiguration;

/**
 * Turns GetKnowledgeBase and GetDataSource answers into knowledge-base and data-source nodes. An S3
 * source reads one prefix per inclusion prefix (the bucket root when it has none), so the bucket
 * rules and the data scanner see what ends up in the index.
 */
public final class KnowledgeBaseTransformer {
  private KnowledgeBaseTransformer() {}

  /** A knowledge base with its data sources, null when they could not be read. */
  public record KnowledgeBaseView(KnowledgeBase knowledgeBase, List<DataSource> dataSources) {}

  public static WriteBatch transform(List<KnowledgeBaseView> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (KnowledgeBaseView view : raw) {
      KnowledgeBase kb = view.knowledgeBase();
      if (kb == null) {
        continue;
      }
      String id = kb.knowledgeBaseArn() != null ? kb.knowledgeBaseArn()
          : BedrockIds.knowledgeBaseArn(kb.knowledgeBaseId(), scope);
      if (id == null) {
        continue;
      }
      var config = kb.knowledgeBaseConfiguration();
      String embedding = config == null || config.vectorKnowledgeBaseConfiguration() == null ? null
          : config.vectorKnowledgeBaseConfiguration().embeddingModelArn();
      StorageConfiguration storage = kb.storageConfiguration();
      out.node(KnowledgeBaseSchema.NODE, NodeRecord.of(id, scope)
          .set("name", kb.name())
          .set("knowledgeBaseId", kb.knowledgeBaseId())
          .set("status", kb.statusAsString())
          .set("knowledgeBaseType", config == null ? null : config.typeAsString())
          .set("embeddingModelArn", embedding)
          .set("storageType", storage == null ? null : storage.typeAsString())
          .set("vectorStoreArn", vectorStoreArn(storage))
          .set("vectorStoreEndpoint", vectorStoreEndpoint(storage))
          .set("vectorStoreSecretArn", vectorStoreSecret(storage))
          .set("createdAt", kb.createdAt())
          .build());
      if (kb.roleArn() != null) {
        out.rel(KnowledgeBaseSchema.RUNS_AS, AwsIds.toRole(id, kb.roleArn(), scope));
      }
      String model = BedrockIds.modelArn(embedding, scope.region());
      if (model != null) {
        out.rel(KnowledgeBaseSchema.EMBEDS_WITH, RelRecord.of(id, model, scope).withTargetStub(BedrockIds.modelStub(model)));
      }
      if (view.dataSources() != null) {
        for (DataSource ds : view.dataSources()) {
          dataSource(out, id, ds, scope);
        }
      }
    }
    return out;
  }

  private static void dataSource(WriteBatch out, String kbId, DataSource ds, ScopeKey scope) {
    if (ds == null || ds.dataSourceId() == null) {
      return;
    }
    String id = kbId + "/datasource/" + ds.dataSourceId();
    var config = ds.dataSourceConfiguration();
    S3DataSourceConfiguration s3 = config == null ? null : config.s3Configuration();
    String bucket = s3 == null ? null : AwsIds.bucketOfArn(s3.bucketArn());
    List<String> prefixes = s3 != null && s3.hasInclusionPrefixes() ? s3.inclusionPrefixes() : List.of();
    out.node(DataSourceSchema.NODE, NodeRecord.of(id, scope)
        .set("name", ds.name())
        .set("dataSourceId", ds.dataSourceId())
        .set("status", ds.statusAsString())
        .set("sourceType", config == null ? null : config.typeAsString())
        .set("bucketName", bucket)
        .set("bucketOwnerAccountId", s3 == null ? null : s3.bucketOwnerAccountId())
        .set("inclusionPrefixes", prefixes.isEmpty() ? null : prefixes)
        .set("kmsKeyId", ds.serverSideEncryptionConfiguration() == null ? null
            : ds.serverSideEncryptionConfiguration().kmsKeyArn())
        .set("dataDeletionPolicy", ds.dataDeletionPolicyAsString())
        .build());
    out.rel(DataSourceSchema.HAS_DATA_SOURCE, RelRecord.of(kbId, id, scope));
    if (bucket == null) {
      return;
    }
    List<String> uris = new ArrayList<>();
    if (prefixes.isEmpty()) {
      uris.add("s3://" + bucket + "/");
    } else {
      prefixes.forEach(p -> uris.add("s3://" + bucket + "/" + (p.startsWith("/") ? p.substring(1) : p)));
    }
    for (String uri : uris) {
      if (S3Nodes.prefix(out, uri, scope)) {
        out.rel(DataSourceSchema.READS, RelRecord.of(id, uri, scope));
      }
    }
  }

  static String vectorStoreArn(StorageConfiguration s) {
    if (s == null) {
      return null;
    }
    if (s.opensearchServerlessConfiguration() != null) {
      return s.opensearchServerlessConfiguration().collectionArn();
    }
    if (s.opensearchManagedClusterConfiguration() != null) {
      return s.opensearchManagedClusterConfiguration().domainArn();
    }
    if (s.rdsConfiguration() != null) {
      return s.rdsConfiguration().resourceArn();
    }
    if (s.neptuneAnalyticsConfiguration() != null) {
      return s.neptuneAnalyticsConfiguration().graphArn();
    }
    if (s.s3VectorsConfiguration() != null) {
      return s.s3VectorsConfiguration().vectorBucketArn();
    }
    return null;
  }

  static String vectorStoreEndpoint(StorageConfiguration s) {
    if (s == null) {
      return null;
    }
    if (s.pineconeConfiguration() != null) {
      return s.pineconeConfiguration().connectionString();
    }
    if (s.redisEnterpriseCloudConfiguration() != null) {
      return s.redisEnterpriseCloudConfiguration().endpoint();
    }
    if (s.mongoDbAtlasConfiguration() != null) {
      return s.mongoDbAtlasConfiguration().endpoint();
    }
    return null;
  }

  static String vectorStoreSecret(StorageConfiguration s) {
    if (s == null) {
      return null;
    }
    if (s.pineconeConfiguration() != null) {
      return s.pineconeConfiguration().credentialsSecretArn();
    }
    if (s.redisEnterpriseCloudConfiguration() != null) {
      return s.redisEnterpriseCloudConfiguration().credentialsSecretArn();
    }
    if (s.mongoDbAtlasConfiguration() != null) {
      return s.mongoDbAtlasConfiguration().credentialsSecretArn();
    }
    if (s.rdsConfiguration() != null) {
      return s.rdsConfiguration().credentialsSecretArn();
    }
    return null;
  }
}
