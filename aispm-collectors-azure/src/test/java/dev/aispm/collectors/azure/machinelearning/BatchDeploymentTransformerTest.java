package dev.aispm.collectors.azure.machinelearning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLBatchDeploymentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLBatchEndpointSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchDeploymentTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "00000000-1111-2222-3333-444444444444", "global");
  static final String TENANT = "aaaaaaaa-0000-4000-8000-000000000000";
  static final String WS_PATH = "/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/ml-rg/providers/"
      + "Microsoft.MachineLearningServices/workspaces/ws1";
  static final String WS = WS_PATH.toLowerCase(Locale.ROOT);
  static final String ENDPOINT = WS + "/batchendpoints/churn-batch";
  static final String ANONYMOUS = WS + "/environments/cliv2anonymousenvironment/versions/0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  static final Map<String, String> IMAGES = Map.of(
      WS + "/environments/churn-batch/versions/2", "acmeacr.azurecr.io/churn/batch:2",
      ANONYMOUS, "acmeacr.azurecr.io/churn/batch@sha256:" + "c".repeat(64));

  static final List<JsonNode> DEPLOYMENTS = Recorded.list("machinelearning", "BatchDeployments_List");

  static GraphBatch deployments() {
    GraphBatch out = new GraphBatch();
    BatchDeploymentTransformer.transform(DEPLOYMENTS, ENDPOINT, "churn-batch", WS, "ws1", IMAGES, SCOPE, out);
    return out;
  }

  static Map<String, Object> node(GraphBatch out, String name) {
    return out.nodes(AzureMLBatchDeploymentSchema.NODE).stream().filter(n -> name.equals(n.properties().get("name")))
        .findFirst().map(NodeRecord::properties).orElseThrow();
  }

  @Test
  void aScriptedDeploymentSaysWhatItRunsWhereAndWhatItWrites() {
    Map<String, Object> scorer = node(deployments(), "custom-scorer");
    assertThat(scorer).containsEntry("endpoint", "churn-batch").containsEntry("workspace", "ws1")
        .containsEntry("deploymentType", "Model")
        .containsEntry("computeId", WS + "/computes/batch-cluster")
        .containsEntry("instanceCount", 2L).containsEntry("instanceType", null)
        .containsEntry("model", "azureml:" + WS_PATH + "/models/churn-model/versions/3")
        .containsEntry("modelReferenceType", "Id")
        .containsEntry("environmentId", "azureml:churn-batch:2")
        .containsEntry("image", "acmeacr.azurecr.io/churn/batch:2")
        .containsEntry("customScoringCode", true).containsEntry("scoringScript", "batch_driver.py")
        .containsEntry("codeId", WS_PATH + "/codes/churn-driver/versions/2")
        .containsEntry("outputAction", "AppendRow").containsEntry("outputFileName", "predictions.csv")
        .containsEntry("errorThreshold", -1L).containsEntry("loggingLevel", "Info")
        .containsEntry("provisioningState", "Succeeded");
  }

  @Test
  void environmentVariablesAreKeptByNameOnly() {
    Map<String, Object> scorer = node(deployments(), "custom-scorer");
    assertThat(scorer).containsEntry("environmentVariableNames", List.of("SCORING_API_TOKEN", "AZUREML_LOG_LEVEL"));
    assertThat(scorer.values()).noneMatch(v -> String.valueOf(v).contains("placeholder-value-never-stored"));
  }

  @Test
  void anMlflowDeploymentRunsTheModelsOwnScoringAndARegistryModelHasNoWorkspaceNode() {
    GraphBatch out = deployments();
    Map<String, Object> mlflow = node(out, "mlflow");
    assertThat(mlflow).containsEntry("customScoringCode", false).containsEntry("scoringScript", null)
        .containsEntry("model", "azureml://registries/acme-shared/models/churn-model/versions/5")
        .containsEntry("environmentId", null).containsEntry("image", null)
        .containsEntry("outputAction", "SummaryOnly").containsEntry("environmentVariableNames", List.of());
    assertThat(out.rels(AzureMLBatchDeploymentSchema.USES_MODEL)).extracting(RelRecord::fromId)
        .doesNotContain(ENDPOINT + "/deployments/mlflow");
  }

  @Test
  void anInlineEnvironmentGivesItsImageAndAModelFromFilesNamesNoAsset() {
    Map<String, Object> files = node(deployments(), "from-files");
    assertThat(files).containsEntry("modelReferenceType", "DataPath").containsEntry("model", null)
        .containsEntry("image", "acmeacr.azurecr.io/churn/batch@sha256:" + "c".repeat(64))
        .containsEntry("provisioningState", "Failed");
    assertThat(DeploymentAssets.environmentPath(DEPLOYMENTS.get(2), WS_PATH))
        .as("read by id with ARM's case").isEqualTo(WS_PATH + "/environments/CliV2AnonymousEnvironment/versions/"
            + "0f1e2d3c4b5a69788796a5b4c3d2e1f0");
  }

  @Test
  void aPipelineComponentDeploymentIsTypedAsOne() {
    assertThat(node(deployments(), "pipeline")).containsEntry("deploymentType", "PipelineComponent")
        .containsEntry("model", null).containsEntry("customScoringCode", false);
  }

  @Test
  void deploymentsLinkToTheirEndpointClusterModelAndEnvironment() {
    GraphBatch out = deployments();
    assertThat(out.rels(AzureMLBatchDeploymentSchema.SERVED_BY)).hasSize(4).allMatch(r -> r.toId().equals(ENDPOINT));
    assertThat(out.rels(AzureMLBatchDeploymentSchema.RUNS_ON)).hasSize(4)
        .allMatch(r -> r.toId().equals(WS + "/computes/batch-cluster"));
    assertThat(out.rels(AzureMLBatchDeploymentSchema.USES_MODEL)).extracting(RelRecord::fromId, RelRecord::toId)
        .containsExactly(tuple(ENDPOINT + "/deployments/custom-scorer", WS + "/models/churn-model/versions/3"));
    assertThat(out.rels(AzureMLBatchDeploymentSchema.USES_ENVIRONMENT)).extracting(RelRecord::fromId, RelRecord::toId)
        .containsExactly(tuple(ENDPOINT + "/deployments/custom-scorer", WS + "/environments/churn-batch/versions/2"),
            tuple(ENDPOINT + "/deployments/from-files", ANONYMOUS));
  }

  @Test
  void anEndpointTakesItsWorkspacesExposureAndLinksTheModelsItsDeploymentsRun() {
    List<JsonNode> endpoints = Recorded.list("machinelearning", "BatchEndpoints_List");
    GraphBatch out = new GraphBatch();
    BatchEndpointTransformer.transform(endpoints.get(0), DEPLOYMENTS, true, WS, "ws1", TENANT, SCOPE, out);
    NodeRecord churn = out.nodes(AzureMLBatchEndpointSchema.NODE).get(0);
    assertThat(churn.id()).isEqualTo(ENDPOINT);
    assertThat(churn.properties()).containsEntry("authMode", "AADToken").containsEntry("keyAuth", false)
        .containsEntry("publicNetworkAccess", "Enabled").containsEntry("internetReachable", true)
        .containsEntry("defaultDeployment", "custom-scorer")
        .containsEntry("deployments", List.of("custom-scorer", "mlflow", "from-files", "pipeline"))
        .containsEntry("identityType", "SystemAssigned").containsEntry("provisioningState", "Succeeded")
        .containsEntry("scoringUri", "https://churn-batch.westeurope.inference.ml.azure.com/jobs");
    assertThat(out.rels(AzureMLBatchEndpointSchema.SERVED_BY)).extracting(RelRecord::fromId, RelRecord::toId)
        .containsExactly(tuple(WS + "/models/churn-model/versions/3", ENDPOINT));
    assertThat(out.rels(AzureMLBatchEndpointSchema.INTERNET_CAN_REACH)).extracting(RelRecord::fromId)
        .containsExactly(CommonSchemas.INTERNET_ID);
    assertThat(out.rels(AzureMLBatchEndpointSchema.RUNS_AS)).hasSize(1);
    assertThat(out.rels(AzureMLBatchEndpointSchema.IN_WORKSPACE)).extracting(RelRecord::toId).containsExactly(WS);
  }

  @Test
  void aPrivateOrUnknownWorkspaceAndUnreadDeploymentsAreNotGuessed() {
    List<JsonNode> endpoints = Recorded.list("machinelearning", "BatchEndpoints_List");
    GraphBatch out = new GraphBatch();
    BatchEndpointTransformer.transform(endpoints.get(0), null, false, WS, "ws1", TENANT, SCOPE, out);
    BatchEndpointTransformer.transform(endpoints.get(1), List.of(), null, WS, "ws1", TENANT, SCOPE, out);
    Map<String, Object> privateOne = out.nodes(AzureMLBatchEndpointSchema.NODE).get(0).properties();
    assertThat(privateOne).containsEntry("publicNetworkAccess", "Disabled").containsEntry("internetReachable", false)
        .containsEntry("deployments", null);
    Map<String, Object> unknown = out.nodes(AzureMLBatchEndpointSchema.NODE).get(1).properties();
    assertThat(unknown).containsEntry("publicNetworkAccess", null).containsEntry("internetReachable", null)
        .containsEntry("defaultDeployment", null).containsEntry("identityType", null)
        .containsEntry("deployments", List.of());
    assertThat(out.rels(AzureMLBatchEndpointSchema.INTERNET_CAN_REACH)).isEmpty();
    assertThat(out.rels(AzureMLBatchEndpointSchema.SERVED_BY)).isEmpty();
  }
}
