package dev.aispm.collectors.aws.bedrock;

import java.util.List;
import software.amazon.awssdk.services.bedrockagent.BedrockAgentClient;
import software.amazon.awssdk.services.bedrockagent.model.DataSource;
import software.amazon.awssdk.services.bedrockagent.model.DataSourceSummary;
import software.amazon.awssdk.services.bedrockagent.model.KnowledgeBase;
import software.amazon.awssdk.services.bedrockagent.model.KnowledgeBaseSummary;

/** Reads Bedrock knowledge bases and their data sources; SDK calls only. */
public final class KnowledgeBaseFetcher {
  private KnowledgeBaseFetcher() {}

  public static List<KnowledgeBaseSummary> list(BedrockAgentClient client) {
    return client.listKnowledgeBasesPaginator(r -> r.maxResults(100)).knowledgeBaseSummaries().stream().toList();
  }

  public static KnowledgeBase get(BedrockAgentClient client, String knowledgeBaseId) {
    return client.getKnowledgeBase(r -> r.knowledgeBaseId(knowledgeBaseId)).knowledgeBase();
  }

  public static List<DataSourceSummary> dataSources(BedrockAgentClient client, String knowledgeBaseId) {
    return client.listDataSourcesPaginator(r -> r.knowledgeBaseId(knowledgeBaseId).maxResults(100))
        .dataSourceSummaries().stream().toList();
  }

  public static DataSource dataSource(BedrockAgentClient client, String knowledgeBaseId, String dataSourceId) {
    return client.getDataSource(r -> r.knowledgeBaseId(knowledgeBaseId).dataSourceId(dataSourceId)).dataSource();
  }
}
