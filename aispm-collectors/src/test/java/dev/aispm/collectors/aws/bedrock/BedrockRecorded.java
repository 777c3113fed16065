package dev.aispm.collectors.aws.bedrock;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelResponse;
import software.amazon.awssdk.services.bedrock.model.GetGuardrailResponse;
import software.amazon.awssdk.services.bedrock.model.GetImportedModelResponse;
import software.amazon.awssdk.services.bedrock.model.GetModelCustomizationJobResponse;
import software.amazon.awssdk.services.bedrock.model.GetModelInvocationLoggingConfigurationResponse;
import software.amazon.awssdk.services.bedrock.model.ProvisionedModelSummary;
import software.amazon.awssdk.services.bedrockagent.BedrockAgentClient;
import software.amazon.awssdk.services.bedrockagent.model.Agent;
import software.amazon.awssdk.services.bedrockagent.model.AgentActionGroup;
import software.amazon.awssdk.services.bedrockagent.model.DataSource;
import software.amazon.awssdk.services.bedrockagent.model.KnowledgeBase;

/**
 * Recorded Bedrock and Bedrock Agents answers, unmarshalled by the SDK itself (the files are
 * written from the SDK's model classes and the API reference: same member names and nesting).
 */
final class BedrockRecorded {
  private BedrockRecorded() {}

  private static BedrockClient bedrock(String file) {
    return BedrockClient.builder().region(Region.US_EAST_1).credentialsProvider(creds())
        .httpClient(RecordedAnswersAccess.replaying("bedrock/" + file))
        .endpointOverride(URI.create("http://recorded.invalid")).build();
  }

  private static BedrockAgentClient agent(String file) {
    return BedrockAgentClient.builder().region(Region.US_EAST_1).credentialsProvider(creds())
        .httpClient(RecordedAnswersAccess.replaying("bedrock-agent/" + file))
        .endpointOverride(URI.create("http://recorded.invalid")).build();
  }

  private static StaticCredentialsProvider creds() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIARECORDED", "recorded"));
  }

  static GetCustomModelResponse customModel(String file) {
    try (BedrockClient c = bedrock(file)) {
      return c.getCustomModel(r -> r.modelIdentifier("recorded"));
    }
  }

  static GetModelCustomizationJobResponse job(String file) {
    try (BedrockClient c = bedrock(file)) {
      return c.getModelCustomizationJob(r -> r.jobIdentifier("recorded"));
    }
  }

  static GetImportedModelResponse importedModel(String file) {
    try (BedrockClient c = bedrock(file)) {
      return c.getImportedModel(r -> r.modelIdentifier("recorded"));
    }
  }

  static GetGuardrailResponse guardrail(String file) {
    try (BedrockClient c = bedrock(file)) {
      return c.getGuardrail(r -> r.guardrailIdentifier("recorded"));
    }
  }

  static GetModelInvocationLoggingConfigurationResponse logging(String file) {
    try (BedrockClient c = bedrock(file)) {
      return c.getModelInvocationLoggingConfiguration(r -> {});
    }
  }

  static java.util.List<ProvisionedModelSummary> throughputs(String file) {
    try (BedrockClient c = bedrock(file)) {
      return c.listProvisionedModelThroughputs(r -> {}).provisionedModelSummaries();
    }
  }

  static Agent agentOf(String file) {
    try (BedrockAgentClient c = agent(file)) {
      return c.getAgent(r -> r.agentId("recorded")).agent();
    }
  }

  static AgentActionGroup actionGroup(String file) {
    try (BedrockAgentClient c = agent(file)) {
      return c.getAgentActionGroup(r -> r.agentId("a").agentVersion("DRAFT").actionGroupId("g")).agentActionGroup();
    }
  }

  static java.util.List<software.amazon.awssdk.services.bedrockagent.model.AgentAliasSummary> aliases(String file) {
    try (BedrockAgentClient c = agent(file)) {
      return c.listAgentAliases(r -> r.agentId("recorded")).agentAliasSummaries();
    }
  }

  static software.amazon.awssdk.services.bedrockagent.model.AgentVersion agentVersion(String file) {
    try (BedrockAgentClient c = agent(file)) {
      return c.getAgentVersion(r -> r.agentId("recorded").agentVersion("1")).agentVersion();
    }
  }

  static KnowledgeBase knowledgeBase(String file) {
    try (BedrockAgentClient c = agent(file)) {
      return c.getKnowledgeBase(r -> r.knowledgeBaseId("recorded")).knowledgeBase();
    }
  }

  static DataSource dataSource(String file) {
    try (BedrockAgentClient c = agent(file)) {
      return c.getDataSource(r -> r.knowledgeBaseId("kb").dataSourceId("ds")).dataSource();
    }
  }
}
