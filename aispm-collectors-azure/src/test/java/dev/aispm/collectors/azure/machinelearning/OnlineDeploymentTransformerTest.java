package dev.aispm.collectors.azure.machinelearning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLOnlineDeploymentSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnlineDeploymentTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "00000000-1111-2222-3333-444444444444", "global");
  static final String WS_PATH = "/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/ml-rg/providers/"
      + "Microsoft.MachineLearningServices/workspaces/ws1";
  static final String WS = WS_PATH.toLowerCase(java.util.Locale.ROOT);
  static final String ENDPOINT = WS + "/onlineendpoints/churn";
  static final Map<String, String> IMAGES = Map.of(
      WS + "/environments/churn-serving/versions/5", "acmeacr.azurecr.io/churn/serve:5",
      WS + "/environments/churn-serving/versions/6", "acmeacr.azurecr.io/churn/serve@sha256:" + "b".repeat(64));

  static GraphBatch transform() {
    GraphBatch out = new GraphBatch();
    OnlineDeploymentTransformer.transform(Recorded.list("machinelearning", "OnlineDeployments_List"), ENDPOINT, "churn",
        WS, "ws1", IMAGES, SCOPE, out);
    return out;
  }

  static Map<String, Object> deployment(GraphBatch out, String name) {
    return out.nodes(AzureMLOnlineDeploymentSchema.NODE).stream().filter(n -> name.equals(n.properties().get("name")))
        .findFirst().map(NodeRecord::properties).orElseThrow();
  }

  @Test
  void aManagedDeploymentSaysWhatItRunsWhereAndWhatItKeeps() {
    Map<String, Object> blue = deployment(transform(), "blue");
    assertThat(blue).containsEntry("endpoint", "churn").containsEntry("workspace", "ws1")
        .containsEntry("endpointComputeType", "Managed").containsEntry("instanceType", "Standard_DS3_v2")
        .containsEntry("instanceCount", 2L).containsEntry("model", "azureml:churn-model:3")
        .containsEntry("image", "acmeacr.azurecr.io/churn/serve:5")
        .containsEntry("egressPublicNetworkAccess", "Disabled").containsEntry("appInsightsEnabled", true)
        .containsEntry("dataCollector", true).containsEntry("dataCollections", List.of("model_inputs"))
        .containsEntry("provisioningState", "Succeeded");
  }

  @Test
  void aKubernetesDeploymentNamesItsEnvironmentShortAndLogsPayloads() {
    Map<String, Object> green = deployment(transform(), "green");
    assertThat(green).containsEntry("endpointComputeType", "Kubernetes").containsEntry("instanceCount", null)
        .containsEntry("environmentId", "azureml:churn-serving:6")
        .containsEntry("image", "acmeacr.azurecr.io/churn/serve@sha256:" + "b".repeat(64))
        .containsEntry("egressPublicNetworkAccess", null).containsEntry("appInsightsEnabled", null)
        .containsEntry("dataCollections", List.of("request", "response"));
  }

  @Test
  void noCollectorMeansNothingIsKeptAndACuratedEnvironmentLeavesTheImageUnknown() {
    Map<String, Object> canary = deployment(transform(), "canary");
    assertThat(canary).containsEntry("dataCollector", false).containsEntry("dataCollections", List.of())
        .containsEntry("image", null).containsEntry("instanceCount", null)
        .containsEntry("environmentId", "azureml://registries/azureml/environments/sklearn-1.5/versions/12");
  }

  @Test
  void deploymentsLinkToTheirEndpointAndTheWorkspaceModelsAndEnvironmentsTheyName() {
    GraphBatch out = transform();
    assertThat(out.rels(AzureMLOnlineDeploymentSchema.SERVED_BY)).hasSize(3).allMatch(r -> r.toId().equals(ENDPOINT));
    // The registry model of green has no node in the workspace.
    assertThat(out.rels(AzureMLOnlineDeploymentSchema.USES_MODEL)).extracting(RelRecord::fromId, RelRecord::toId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ENDPOINT + "/deployments/blue", WS + "/models/churn-model/versions/3"),
            org.assertj.core.groups.Tuple.tuple(ENDPOINT + "/deployments/canary", WS + "/models/churn-model/versions/4"));
    assertThat(out.rels(AzureMLOnlineDeploymentSchema.USES_ENVIRONMENT)).extracting(RelRecord::toId).containsExactly(
        WS + "/environments/churn-serving/versions/5", WS + "/environments/churn-serving/versions/6");
  }

  @Test
  void assetReferencesResolveToTheVersionNodeOfTheirWorkspace() {
    AssetReferences.Kind env = AssetReferences.Kind.ENVIRONMENTS;
    assertThat(AssetReferences.versionPath("azureml:serve:2", WS_PATH, env)).isEqualTo(WS_PATH + "/environments/serve/versions/2");
    assertThat(AssetReferences.versionId("azureml:" + WS_PATH + "/environments/serve/versions/2", "ignored", env))
        .isEqualTo(WS + "/environments/serve/versions/2");
    assertThat(AssetReferences.versionId("azureml:serve@latest", WS, env)).isNull();
    assertThat(AssetReferences.versionId("azureml://registries/azureml/environments/x/versions/1", WS, env)).isNull();
    assertThat(AssetReferences.versionId(WS_PATH + "/models/m/versions/1", WS, env)).as("a model is no environment").isNull();
    assertThat(AssetReferences.versionId(null, WS, env)).isNull();
    // The path is read back from ARM: nothing in a reference may turn it into another URL.
    assertThat(AssetReferences.versionPath("azureml:serve x:1", WS_PATH, env)).isNull();
    assertThat(AssetReferences.versionPath(WS_PATH + "/environments/serve/versions/2?api-version=1#x", WS_PATH, env))
        .isEqualTo(WS_PATH + "/environments/serve/versions/2");
  }
}
