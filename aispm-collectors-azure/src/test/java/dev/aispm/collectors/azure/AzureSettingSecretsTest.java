package dev.aispm.collectors.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aispm.collectors.azure.containerapps.ContainerAppTransformer;
import dev.aispm.collectors.azure.machinelearning.OnlineDeploymentTransformer;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLOnlineDeploymentSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain environment values of Container Apps and Azure ML deployments, judged for secrets: the
 * recorded answers (secretRef variables and ordinary values) are clean; the same answers with a
 * planted key name it by its place, never its value.
 */
class AzureSettingSecretsTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "11111111-aaaa-4aaa-8aaa-111111111111", "global");
  static final String ANTHROPIC = "sk-ant-api03-Xk4Wq9Lm2Tz7Vb5Np8Rd3Hs6Fj1Gc0Ya4Ee9Ui2Oo7Pq5Xr3Ms8Nt1Kv6Lw4Zy2Bc9Dd5Ff7Gg3Hh1Jj6Kk8Ll0Mm-AbCdEfAA";
  static final String HF = "hf_Qm7Vx2LpT9rKs4Nd8WzB3yHc6Jf1GtRa5E";

  static GraphBatch apps(List<JsonNode> apps) {
    GraphBatch out = new GraphBatch();
    ContainerAppTransformer.transform(apps, "7d1c5a6e-3b2f-4c8d-9e0a-acme00000001", SCOPE, out);
    return out;
  }

  static GraphBatch deployments(List<JsonNode> deployments) {
    String ws = "/subscriptions/00000000-1111-2222-3333-444444444444/resourcegroups/ml-rg/providers/"
        + "microsoft.machinelearningservices/workspaces/ws1";
    GraphBatch out = new GraphBatch();
    OnlineDeploymentTransformer.transform(deployments, ws + "/onlineendpoints/churn", "churn", ws, "ws1",
        java.util.Map.of(), SCOPE, out);
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<String> secrets(NodeRecord n) {
    return (List<String>) n.properties().get("settingSecrets");
  }

  @Test
  void containerAppsReferencesAndOrdinaryValuesAreCleanAndAPlainKeyIsNamedByContainer() {
    List<JsonNode> apps = Recorded.list("containerapps", "ContainerApps_ListBySubscription");
    GraphBatch clean = apps(apps);
    assertThat(clean.nodes(AzureContainerAppSchema.NODE)).isNotEmpty().allSatisfy(n -> assertThat(n.properties())
        .containsEntry("settingsScan", "scanned").containsEntry("settingSecrets", null));

    ObjectNode rag = apps.get(0).deepCopy();
    ArrayNode env = (ArrayNode) rag.withArray("/properties/template/containers").get(0).withArray("env");
    env.addObject().put("name", "CLAUDE_KEY").put("value", ANTHROPIC);
    NodeRecord n = apps(List.of(rag)).nodes(AzureContainerAppSchema.NODE).get(0);
    assertThat(secrets(n)).singleElement().asString()
        .matches(".+\\.env\\.CLAUDE_KEY: secret\\.anthropic-api-key \\(critical\\), preview sk-a\\*\\*\\*\\*, fingerprint [0-9a-f]{64}");
    assertThat(n.properties().toString()).doesNotContain(ANTHROPIC);
  }

  @Test
  void anOnlineDeploymentsEnvironmentVariablesAreJudged() {
    List<JsonNode> deployments = Recorded.list("machinelearning", "OnlineDeployments_List");
    assertThat(deployments(deployments).nodes(AzureMLOnlineDeploymentSchema.NODE))
        .isNotEmpty().allSatisfy(d -> assertThat(d.properties()).containsEntry("settingsScan", "scanned")
            .containsEntry("settingSecrets", null));
    ObjectNode blue = deployments.get(0).deepCopy();
    blue.with("properties").with("environmentVariables").put("HUGGING_FACE_HUB_TOKEN", HF);
    NodeRecord d = deployments(List.of(blue))
        .nodes(AzureMLOnlineDeploymentSchema.NODE).get(0);
    assertThat(secrets(d)).singleElement().asString()
        .startsWith("environmentVariables.HUGGING_FACE_HUB_TOKEN: secret.huggingface-token (high), preview hf_Q****");
    assertThat(d.properties().toString()).doesNotContain(HF);
  }
}
