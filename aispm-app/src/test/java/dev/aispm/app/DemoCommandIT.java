package dev.aispm.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, end to end: the simulated organization is scanned through the real
 * AWS SDK into the embedded Neo4j, the rules run, and the summary and report show the planted
 * critical risks and the misuse planted in each cloud's activity logs.
 */
class DemoCommandIT {
  @Test
  void demoOnceScansTheSimulatedOrganizationAndReportsACriticalFinding() throws Exception {
    DemoOnce demo = DemoOnce.get();
    Path report = demo.report();
    String summary = demo.summary;
    System.out.println(summary);
    assertThat(demo.exitCode).isZero();
    assertThat(summary).contains("Assets (", "Open findings by severity", "Top ");
    assertThat(summary).containsPattern("CRITICAL\\s+[1-9]");
    assertThat(summary).as("the simulated Google Cloud is scanned too").contains("VertexEndpoint", "GCPWorkbenchInstance",
        "VertexBatchPredictionJob");

    ObjectMapper json = new ObjectMapper();
    JsonNode findings = json.readTree(Files.readString(report.resolve("findings.json")));
    assertThat(findings.get("findings")).anySatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("critical"));
    assertThat(findings.get("findings")).anySatisfy(f ->
        assertThat(f.get("ruleId").asText()).isEqualTo("attack_path_internet_notebook_privileged_role_training_data"));
    // support-agent has no guardrail in its draft nor in version 1, which its live alias serves; both
    // call the refund tool, whose role can write: one finding names both.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("attack_path_unguarded_agent_tool_privileged_role");
      assertThat(f.get("resourceId").asText()).isEqualTo("arn:aws:bedrock:us-east-1:111111111111:agent/SUPPORTAG01");
      assertThat(f.get("reason").asText()).endsWith("with no guardrail in its draft and version 1");
    });
    // The Azure blob content stage: the poisoned model in blob storage that an Azure ML endpoint serves.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("attack_path_malicious_model_served_by_endpoint");
      assertThat(f.get("resourceId").asText()).startsWith("https://acmemlworkspace.blob.core.windows.net/");
      assertThat(f.get("severity").asText()).isEqualTo("critical");
    });
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("training_data_free_of_secrets");
      assertThat(f.get("resourceId").asText()).startsWith("https://acmetraindata.blob.core.windows.net/training/");
    });
    // The simulated trail's planted misuse, read from its CloudTrail log files.
    assertThat(findings.get("findings")).anySatisfy(f ->
        assertThat(f.get("ruleId").asText()).isEqualTo("misuse_training_data_bulk_delete"));
    // The simulated eu-west-1 Bedrock invocation logs: a prompt injection attempt.
    assertThat(findings.get("findings")).anySatisfy(f ->
        assertThat(f.get("ruleId").asText()).isEqualTo("misuse_prompt_injection_attempt"));
    // The research account logs Bedrock invocations to CloudWatch Logs only: a jailbreak read from its log group.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("misuse_prompt_injection_attempt");
      assertThat(f.get("reason").asText()).contains("dan-jailbreak", "222222222222:role/research-notebook-role");
    });
    // The nightly batch transform job's data capture: a scored record that tries to steer the model.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("misuse_prompt_injection_attempt");
      assertThat(f.get("resourceId").asText()).isEqualTo(
          "arn:aws:sagemaker:eu-west-1:111111111111:transform-job/churn-nightly-scoring");
    });
    // The churn endpoint's data capture: an access key in a captured answer, kept only as its kind.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("misuse_sensitive_data_in_prompts");
      assertThat(f.get("resourceId").asText()).isEqualTo(
          "arn:aws:sagemaker:eu-west-1:111111111111:endpoint/churn-predictor-endpoint");
      assertThat(f.get("reason").asText()).contains("secret.aws-access-key").doesNotContain("AKIAZQ3VN7HLK2PWM5TD");
    });
    // The simulated tenant's Activity Log and the simulated project's audit logs: misuse in each cloud.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("misuse_ai_control_plane_weakened");
      assertThat(f.get("reason").asText()).contains("/raiPolicies/relaxed-filter");
    });
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("misuse_ai_identity_key_created");
      assertThat(f.get("reason").asText()).contains("/accounts/acme-openai");
    });
    // The AI Services account's request logs archived to storage: a key used from a new address in a burst.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("misuse_model_invoked_by_new_caller");
      assertThat(f.get("resourceId").asText()).endsWith("/accounts/acme-aiservices-secure");
      assertThat(f.get("reason").asText()).contains("10.20.9.***");
    });
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("misuse_model_invocation_spike");
      assertThat(f.get("resourceId").asText()).endsWith("/accounts/acme-aiservices-secure");
    });
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("misuse_ai_identity_key_created");
      assertThat(f.get("reason").asText()).contains("vertex-serving@acme-vertex-prod.iam.gserviceaccount.com");
    });
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("misuse_training_data_bulk_delete");
      assertThat(f.get("reason").asText()).contains("contractor@acme.example");
    });
    // The simulated validation set was rewritten after the training job that read it ended.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("model_training_data_changed_after_training");
      assertThat(f.get("reason").asText()).contains("fraud/validation/part-00000.jsonl");
    });
    // Container images in the simulated Azure and Google registries: AI SDKs outside the managed
    // AI services and vulnerable ML server packages, read from their layers (a zstd one on Google).
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("acr_image_no_shadow_ai");
      assertThat(f.get("resourceId").asText()).startsWith("acmemlregistry.azurecr.io/fraud/scoring-api@sha256:");
    });
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("acr_image_ai_tooling_without_known_vulnerability");
      assertThat(f.get("reason").asText()).contains("mlflow 2.9.1");
    });
    assertThat(findings.get("findings")).anySatisfy(f ->
        assertThat(f.get("ruleId").asText()).isEqualTo("acr_registry_admin_user_disabled"));
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("artifact_registry_image_no_shadow_ai");
      assertThat(f.get("resourceId").asText())
          .startsWith("us-central1-docker.pkg.dev/acme-vertex-prod/ml-serving/ranker@sha256:");
    });
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("artifact_registry_image_ai_tooling_without_known_vulnerability");
      assertThat(f.get("reason").asText()).contains("gradio 3.50.0");
    });
    assertThat(findings.get("findings")).anySatisfy(f ->
        assertThat(f.get("ruleId").asText()).isEqualTo("artifact_registry_repository_not_public"));
    // Shadow AI in serverless workloads: the Azure Flex app's package and the Cloud Function's source
    // hide OpenAI / Anthropic clients and LangChain 0.1.10; the public Cloud Run service holds an OpenAI key.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("serverless_workload_no_shadow_ai");
      assertThat(f.get("resourceId").asText()).endsWith("/microsoft.web/sites/acme-support-bot");
    });
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("serverless_workload_ai_tooling_without_known_vulnerability");
      assertThat(f.get("resourceId").asText()).endsWith("/functions/ticket-router");
      assertThat(f.get("reason").asText()).contains("langchain 0.1.10", "PYSEC-2024-43");
    });
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("serverless_workload_public_with_ai_provider_key");
      assertThat(f.get("resourceId").asText()).endsWith("/services/rag-api");
    });
    // A notebook's lifecycle configuration pip-installs MLflow 2.2.0 at every start: no SageMaker API
    // shows it, the script does.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("notebook_ai_tooling_without_known_vulnerability");
      assertThat(f.get("resourceId").asText()).endsWith(":notebook-instance/research-notebook");
      assertThat(f.get("reason").asText()).contains("mlflow 2.2.0", "research-setup", "GHSA-xg73-94fp-g449", "critical");
    });
    // The Vertex AI model folder's requirements add a private extra index and leave LangChain
    // Community unpinned; the data prefix that contains the folder does not report it again.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("data_store_code_unpinned_ai_package_from_custom_index");
      assertThat(f.get("resourceId").asText()).isEqualTo("gs://acme-vertex-models/fraud/model/");
      assertThat(f.get("reason").asText()).contains("langchain-community", "https://pypi.acme-internal.example/simple");
    });
    assertThat(findings.get("findings")).noneSatisfy(f -> {
      assertThat(f.get("ruleId").asText()).startsWith("data_store_code_");
      assertThat(f.get("resourceId").asText()).isEqualTo("gs://acme-vertex-models/fraud/");
      assertThat(f.get("reason").asText()).contains("fraud/model/requirements.txt");
    });
    // Self-hosted AI servers on EC2 and ECS: the paths go on through their roles to the training data.
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("attack_path_internet_ai_server_role_reaches_ai_data");
      assertThat(f.get("resourceId").asText()).isEqualTo("arn:aws:ecs:us-east-1:111111111111:service/ml-serving/llm-gateway");
      assertThat(f.get("reason").asText()).contains("LlmGatewayTaskRole", "acme-training-data");
    });
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("attack_path_internet_ai_server_role_reaches_ai_data");
      assertThat(f.get("reason").asText()).contains("mlflow-tracking", "MlflowServerRole");
    });
    JsonNode inventory = json.readTree(Files.readString(report.resolve("inventory.json")));
    assertThat(inventory.get("assetCount").asInt()).isGreaterThan(10);
    assertThat(Files.readString(report.resolve("summary.txt"))).contains("Top ");
  }
}
