package dev.aispm.collectors.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.catalog.Rule;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.engine.RuleEngine;
import dev.aispm.rules.engine.RuleMatch;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The common rules, written once for every cloud, fire on the graph the GCP collector builds from
 * the simulated organization, with no GCP special case; and the GCP rules find the planted risks.
 */
class GcpRulesIT {
  static final String V = "//aiplatform.googleapis.com/projects/314159265358/locations/us-central1/";
  @TempDir
  static Path dir;
  static SimulatedGcpScan sim;
  static RuleEngine engine;
  static final RuleCatalog CATALOG = RuleCatalog.builtIn();

  @BeforeAll
  static void scan() {
    sim = new SimulatedGcpScan(dir);
    InProcessNeo4j.reset();
    sim.scan(sim.environment(Map.of()), "gcp-rules");
    engine = new RuleEngine(InProcessNeo4j.connection().driver(), null);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void internetNotebookPrivilegedIdentityTrainingDataFires() {
    // One row per notebook, identity and training bucket: research-workbench reaches two buckets.
    assertThat(failing("attack_path_internet_notebook_privileged_role_training_data")).containsOnly(
        "//notebooks.googleapis.com/projects/acme-vertex-prod/locations/us-central1-a/instances/research-workbench",
        "//notebooks.googleapis.com/projects/acme-ml-research/locations/us-central1-a/instances/lab-notebook");
  }

  @Test
  void aWorkbenchPostStartupScriptInstallingAVulnerableMlflowFails() {
    // research-workbench's script pins MLflow 2.2.0 (critical); secure-workbench names no script.
    // One row per advisory of the package.
    assertThat(failing("notebook_ai_tooling_without_known_vulnerability")).isNotEmpty().containsOnly(
        "//notebooks.googleapis.com/projects/acme-vertex-prod/locations/us-central1-a/instances/research-workbench");
  }

  @Test
  void principalsThatCanActAsAnAiServiceAccountReachTheTrainingDataItWrites() {
    String sa = "//iam.googleapis.com/projects/-/serviceAccounts/";
    // Grants on the pipeline account itself (its own IAM policy), on the project and on the organization.
    assertThat(failing("attack_path_principal_acts_as_ai_identity_writing_training_data")).contains(
        "gcp-member:user:contractor@partner.example", "gcp-member:group:data-science@acme.example",
        "gcp-member:serviceAccount:acme-vertex-prod.svc.id.goog[ml-jobs/trainer]",
        sa + "vertex-serving@acme-vertex-prod.iam.gserviceaccount.com",
        "gcp-member:user:intern@acme.example", "gcp-member:group:platform-admins@acme.example",
        // Another project's deployer, through an organization custom role holding actAs.
        "gcp-member:serviceAccount:ci-deployer@acme-partner-etl.iam.gserviceaccount.com")
        // Owners and Editors act as every account as a side effect of rights they already hold.
        .doesNotContain("gcp-member:user:cto@acme.example", sa + "314159265358-compute@developer.gserviceaccount.com");
  }

  @Test
  void publiclyWritableTrainingDataReachesTheEndpointAndTheTunedModel() {
    assertThat(failing("attack_path_public_write_training_data_to_endpoint")).containsExactly(V + "endpoints/2001");
    assertThat(failing("attack_path_public_write_training_data_to_fine_tuned_model"))
        .contains(V + "models/1002", V + "models/1003");
  }

  @Test
  void contentRulesReadTheObjectsTheContentStageScanned() {
    assertThat(failing("attack_path_malicious_model_served_by_endpoint")).containsExactly("gs://acme-vertex-models/fraud/model/");
    assertThat(failing("model_artifact_free_of_injected_code")).containsExactly("gs://acme-vertex-models/fraud/model/");
    assertThat(failing("training_data_free_of_secrets")).containsExactly("gs://acme-training-data/fraud/transactions/");
  }

  @Test
  void commonNetworkAndIdentityRulesReadGcpAssets() {
    assertThat(failing("endpoint_reachable_from_internet")).containsExactlyInAnyOrder(V + "endpoints/2001",
        V + "indexEndpoints/9001");
    // allow-mlflow governs the mlflow VM, compute that serves a self-hosted AI server.
    assertThat(failing("security_group_open_to_world_on_ai_compute")).containsExactlyInAnyOrder(
        "//compute.googleapis.com/projects/acme-vertex-prod/global/firewalls/allow-jupyter-from-anywhere",
        "//compute.googleapis.com/projects/acme-ml-research/global/firewalls/default-allow-ssh",
        "//compute.googleapis.com/projects/acme-vertex-prod/global/firewalls/allow-mlflow");
    // Firewall rules are firewalls of their network, which routes to the internet and holds Workbench instances.
    assertThat(failing("firewall_open_to_world_on_ai_tool_ports")).containsExactlyInAnyOrder(
        "//compute.googleapis.com/projects/acme-vertex-prod/global/firewalls/allow-jupyter-from-anywhere",
        "//compute.googleapis.com/projects/acme-vertex-prod/global/firewalls/allow-mlflow");
    assertThat(passing("firewall_open_to_world_on_ai_tool_ports")).contains(
        "//compute.googleapis.com/projects/acme-ml-research/global/firewalls/default-allow-ssh");
    assertThat(failing("iam_ai_execution_role_not_admin")).containsExactly(
        "//iam.googleapis.com/projects/-/serviceAccounts/research-runner@acme-ml-research.iam.gserviceaccount.com");
  }

  @Test
  void gcpRulesFindThePlantedRisks() {
    assertThat(failing("vertex_endpoint_not_public")).containsExactly(V + "endpoints/2001");
    assertThat(failing("workbench_instance_no_public_ip")).hasSize(2);
    assertThat(failing("workbench_instance_root_access_disabled")).hasSize(2);
    assertThat(failing("vertex_training_job_web_access_disabled")).containsExactlyInAnyOrder(V + "customJobs/4001",
        "//aiplatform.googleapis.com/projects/271828182845/locations/us-central1/customJobs/4101",
        V + "hyperparameterTuningJobs/8001", V + "nasJobs/9001");
    assertThat(failing("vertex_ai_resource_encrypted_with_cmek")).contains(V + "models/1001", V + "endpoints/2001")
        .doesNotContain(V + "models/1002", V + "endpoints/2002");
    assertThat(failing("vertex_ai_resource_encrypted_with_cmek")).contains(V + "batchPredictionJobs/7001",
        V + "hyperparameterTuningJobs/8001", V + "featurestores/fraud_features")
        .doesNotContain(V + "batchPredictionJobs/7002", V + "nasJobs/9001", V + "featurestores/churn_features");
    // The scoring job reads a holdout file from the training bucket, which allUsers can write.
    assertThat(failing("vertex_batch_prediction_input_not_publicly_writable"))
        .containsExactly(V + "batchPredictionJobs/7001");
    assertThat(failing("gcs_ai_training_bucket_not_publicly_writable"))
        .containsExactly("//storage.googleapis.com/projects/_/buckets/acme-training-data");
    assertThat(failing("gcs_ai_bucket_not_publicly_accessible")).containsExactlyInAnyOrder(
        "//storage.googleapis.com/projects/_/buckets/acme-training-data",
        "//storage.googleapis.com/projects/_/buckets/acme-research-scratch");
    assertThat(failing("gcs_ai_bucket_uniform_access_enabled")).containsExactlyInAnyOrder(
        "//storage.googleapis.com/projects/_/buckets/acme-training-data",
        "//storage.googleapis.com/projects/_/buckets/acme-research-scratch");
    assertThat(failing("iam_service_account_key_expires")).hasSize(2);
    assertThat(failing("iam_ai_service_account_not_editor")).containsExactlyInAnyOrder(
        "//iam.googleapis.com/projects/-/serviceAccounts/314159265358-compute@developer.gserviceaccount.com",
        "//iam.googleapis.com/projects/-/serviceAccounts/vertex-pipelines@acme-vertex-prod.iam.gserviceaccount.com",
        "//iam.googleapis.com/projects/-/serviceAccounts/research-runner@acme-ml-research.iam.gserviceaccount.com");
    assertThat(failing("vertex_workload_not_default_compute_account")).containsExactlyInAnyOrder(
        "//notebooks.googleapis.com/projects/acme-vertex-prod/locations/us-central1-a/instances/research-workbench",
        V + "customJobs/4001", V + "pipelineJobs/nightly-retrain-20240401", V + "batchPredictionJobs/7001",
        V + "nasJobs/9001");
  }

  @Test
  void theCommonComputeRulesJudgeComputeEngineVms() {
    String vm = "//compute.googleapis.com/projects/acme-vertex-prod/zones/";
    String mlflow = vm + "us-central1-a/instances/mlflow";
    String gpu = vm + "us-central1-b/instances/llm-gpu-1";
    // MLflow has no authentication by default and its VM is open to the world on 5000.
    assertThat(failing("ml_dashboard_reachable_from_internet")).contains(mlflow);
    // ... and it runs as the default compute account, an Editor that writes the training data.
    assertThat(failing("attack_path_internet_ai_server_role_reaches_ai_data")).contains(mlflow).doesNotContain(gpu);
    // Its label names MLflow 2.2.0, which has critical advisories.
    assertThat(failing("attack_path_internet_function_vulnerable_ai_tooling")).contains(mlflow);
    // The Hugging Face token in the GPU VM's startup script.
    assertThat(failing("ai_workload_settings_free_of_secrets")).contains(gpu).doesNotContain(mlflow);
    assertThat(passing("ai_workload_settings_free_of_secrets")).contains(mlflow);
  }

  static List<String> failing(String ruleId) {
    return withStatus(ruleId, RuleMatch.Status.FAIL);
  }

  static List<String> passing(String ruleId) {
    return withStatus(ruleId, RuleMatch.Status.PASS);
  }

  static List<String> withStatus(String ruleId, RuleMatch.Status status) {
    Rule rule = CATALOG.rule(ruleId).orElseThrow();
    return engine.evaluate(rule).stream().filter(m -> m.status() == status).map(RuleMatch::resourceId).toList();
  }
}
