package dev.aispm.collectors.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.catalog.Rule;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.engine.RuleEngine;
import dev.aispm.rules.engine.RuleMatch;
import dev.aispm.simulator.azure.SimulatedAzure;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-cloud rules, unchanged, on the graph the Azure collector wrote from the simulated
 * tenant: the attack paths and the Azure rules find the planted risks, with no Azure special case
 * in the common rules.
 */
class AzureAttackPathIT {
  static SimulatedAzure azure;
  static RuleEngine engine;
  static final RuleCatalog CATALOG = RuleCatalog.builtIn();

  @BeforeAll
  static void scan() {
    azure = SimulatedAzure.start();
    InProcessNeo4j.reset();
    AzureScans.scan(azure.azureEnvironment(), "scan-rules");
    engine = new RuleEngine(InProcessNeo4j.connection().driver(), null);
  }

  @AfterAll
  static void stop() {
    azure.close();
  }

  @Test
  void internetComputePrivilegedIdentityTrainingDataPathFires() {
    List<RuleMatch> rows = run("attack_path_internet_notebook_privileged_role_training_data");
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleMatch.Status.FAIL);
      assertThat(r.resourceId()).endsWith("/workspaces/fraud-ws/computes/ds-notebook-01");
      assertThat(r.reason()).contains("ds-notebook-01", "ml-admin-identity", "(admin)", "training");
    });
  }

  @Test
  void blobContentFindingsFeedTheCommonModelAndDataRules() {
    // The poisoned pickle in the model's blob folder, served by the fraud-scoring online endpoint.
    assertThat(run("attack_path_malicious_model_served_by_endpoint")).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleMatch.Status.FAIL);
      assertThat(r.resourceId()).isEqualTo("https://acmemlworkspace.blob.core.windows.net/azureml-blobstore-fraud/models/fraud-detector");
      assertThat(r.reason()).contains("malicious", "fraud-scoring");
    });
    assertThat(run("training_data_free_of_secrets")).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleMatch.Status.FAIL);
      assertThat(r.resourceId()).isEqualTo("https://acmetraindata.blob.core.windows.net/training/fraud/2024");
    });
    assertThat(run("training_data_free_of_secrets")).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleMatch.Status.PASS);
      assertThat(r.resourceId()).endsWith("/training/fraud/labels/labels-2024.csv");
    });
  }

  @Test
  void anonymouslyReadableTrainingDataIsNotAPublicWritePath() {
    // The training container is readable without credentials, but Azure has no anonymous write:
    // nobody outside can poison it, so the public-write path must not fire on it.
    List<RuleMatch> rows = run("attack_path_public_write_training_data_to_endpoint");
    assertThat(rows).noneSatisfy(r -> assertThat(r.resourceId()).endsWith("/onlineendpoints/fraud-scoring"));
    assertThat(run("azure_storage_ai_container_no_anonymous_access")).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleMatch.Status.FAIL);
      assertThat(r.reason()).contains("training");
    });
  }

  @Test
  void commonNetworkRulesSeeAzureEndpointsAndSecurityGroups() {
    assertThat(run("endpoint_reachable_from_internet")).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleMatch.Status.FAIL);
      assertThat(r.resourceId()).endsWith("/accounts/acme-openai");
    });
    assertThat(run("endpoint_reachable_from_internet")).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleMatch.Status.PASS);
      assertThat(r.resourceId()).endsWith("/accounts/acme-aiservices-secure");
    });
    assertThat(run("security_group_open_to_world_on_ai_compute")).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleMatch.Status.FAIL);
      assertThat(r.resourceId()).endsWith("/networksecuritygroups/ml-compute-nsg");
    });
    // Network security groups are firewalls of their subnets' virtual network: the group open on
    // Jupyter's port fails, the other group of the same routed network passes.
    expect("firewall_open_to_world_on_ai_tool_ports", "ml-compute-nsg", RuleMatch.Status.FAIL);
    expect("firewall_open_to_world_on_ai_tool_ports", "private-nsg", RuleMatch.Status.PASS);
  }

  @Test
  void azureRulesFindThePlantedRisksAndPassTheSecuredCounterparts() {
    expect("azureml_compute_ssh_public_access_disabled", "ds-notebook-01", RuleMatch.Status.FAIL);
    expect("azureml_compute_ssh_public_access_disabled", "secure-notebook", RuleMatch.Status.PASS);
    expect("azureml_workspace_public_network_access_disabled", "fraud-ws", RuleMatch.Status.FAIL);
    // Public access although its private endpoint already serves private clients.
    expect("azureml_workspace_public_network_access_disabled", "fraud-ws-pe", RuleMatch.Status.FAIL);
    expect("azureml_workspace_public_network_access_disabled", "dev-ws", RuleMatch.Status.PASS);
    expect("azureml_workspace_encrypted_with_cmk", "fraud-ws", RuleMatch.Status.FAIL);
    expect("azureml_online_endpoint_key_auth_disabled", "fraud-scoring", RuleMatch.Status.FAIL);
    expect("azureml_online_endpoint_key_auth_disabled", "dev-private", RuleMatch.Status.PASS);
    expect("azureml_online_endpoint_key_auth_disabled", "fraud-batch", RuleMatch.Status.PASS);
    expect("azureml_online_deployment_egress_public_network_disabled", "blue", RuleMatch.Status.FAIL);
    expect("azureml_online_deployment_egress_public_network_disabled", "green", RuleMatch.Status.PASS);
    expect("azureml_datastore_identity_based_access", "trainingdata", RuleMatch.Status.FAIL);
    expect("azureml_connection_key_auth_not_shared_to_all", "acme-openai-key", RuleMatch.Status.FAIL);
    expect("azureml_connection_key_auth_not_shared_to_all", "aiservices-entra", RuleMatch.Status.PASS);
    expect("azureml_registry_public_network_access_disabled", "acme-shared", RuleMatch.Status.FAIL);
    expect("azureml_registry_public_network_access_disabled", "acme-private", RuleMatch.Status.PASS);
    expect("azureml_environment_image_pinned_by_digest", "fraud-train:2", RuleMatch.Status.FAIL);
    expect("azureml_environment_image_pinned_by_digest", "fraud-train:1", RuleMatch.Status.PASS);
    // Inline environments no listing shows: the deployments are judged on the images they run.
    expect("azureml_environment_image_pinned_by_digest", "fraud-batch/backfill", RuleMatch.Status.FAIL);
    expect("azureml_environment_image_pinned_by_digest", "fraud-scoring/green", RuleMatch.Status.FAIL);
    expect("azure_openai_local_auth_disabled", "acme-openai", RuleMatch.Status.FAIL);
    expect("azure_openai_local_auth_disabled", "acme-aiservices-secure", RuleMatch.Status.PASS);
    expect("azure_openai_deployment_content_filter_enabled", "support-chat", RuleMatch.Status.FAIL);
    expect("azure_openai_deployment_content_filter_enabled", "summaries", RuleMatch.Status.PASS);
    expect("azure_openai_diagnostic_logging_enabled", "acme-openai", RuleMatch.Status.FAIL);
    expect("azure_storage_ai_container_no_anonymous_access", "training", RuleMatch.Status.FAIL);
    expect("azure_storage_ai_account_shared_key_disabled", "acmetraindata", RuleMatch.Status.FAIL);
    expect("azure_storage_ai_account_shared_key_disabled", "acmemlworkspace", RuleMatch.Status.PASS);
    expect("azure_ai_identity_not_broadly_privileged", "ml-admin-identity", RuleMatch.Status.FAIL);
    // jupyter-in-vnet's inline startup script pins MLflow 2.2.0 and leaves LangChain unpinned beside a mirror.
    expect("notebook_ai_tooling_without_known_vulnerability", "jupyter-in-vnet", RuleMatch.Status.FAIL);
    expect("notebook_ai_tooling_without_known_vulnerability", "jupyter-in-vnet", RuleMatch.Status.PASS);
    expect("notebook_unpinned_ai_package_from_custom_index", "jupyter-in-vnet", RuleMatch.Status.FAIL);
    assertThat(run("notebook_ai_tooling_without_known_vulnerability")).as("instances without setup scripts")
        .noneSatisfy(r -> assertThat(r.reason()).containsAnyOf("ds-notebook-01", "secure-notebook"));
    // The development subscription's role assignments answered 403: unknown, never a pass.
    expect("azure_ai_identity_not_broadly_privileged", "dev-ws", RuleMatch.Status.UNKNOWN);
  }

  @Test
  void theCommonAiServerRulesSeeAzureVirtualMachines() {
    // ray-head's Ray dashboard is open to the internet on 8265 ...
    expect("ml_dashboard_reachable_from_internet", "ray-head", RuleMatch.Status.FAIL);
    // ... and it runs as the admin identity that writes the training data.
    assertThat(run("attack_path_internet_ai_server_role_reaches_ai_data")).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleMatch.Status.FAIL);
      assertThat(r.resourceId()).endsWith("/virtualmachines/ray-head");
      assertThat(r.reason()).contains("Ray dashboard", "ml-admin-identity", "training");
    });
    // nlp-gpu-01 has no public IP of its own; the public load balancer nlp-lb forwards to TGI's port,
    // which its interface's group admits from the internet.
    assertThat(run("security_group_open_to_world_on_ai_compute")).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleMatch.Status.FAIL);
      assertThat(r.resourceId()).endsWith("/networksecuritygroups/nlp-gpu-nsg");
      assertThat(r.reason()).contains("Tcp:8080", "nlp-gpu-01");
    });
    // nlp-gpu-01's user data passes a Hugging Face token on the docker command line.
    expect("ai_workload_settings_free_of_secrets", "nlp-gpu-01", RuleMatch.Status.FAIL);
    expect("ai_workload_settings_free_of_secrets", "ray-head", RuleMatch.Status.PASS);
  }

  private static void expect(String ruleId, String name, RuleMatch.Status status) {
    assertThat(run(ruleId)).as(ruleId + " on " + name)
        .anySatisfy(r -> {
          assertThat(r.reason()).contains(name);
          assertThat(r.status()).isEqualTo(status);
        });
  }

  private static List<RuleMatch> run(String ruleId) {
    Rule rule = CATALOG.rule(ruleId).orElseThrow();
    return engine.evaluate(rule);
  }
}
