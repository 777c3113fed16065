package dev.aispm.collectors.azure.machinelearning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLEnvironmentSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "11111111-aaaa-4aaa-8aaa-111111111111", "global");
  static final String WS = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/ml-prod/providers/"
      + "microsoft.machinelearningservices/workspaces/fraud-ws";

  static Map<String, Object> version(GraphBatch out, String name) {
    return out.nodes(AzureMLEnvironmentSchema.NODE).stream().filter(n -> name.equals(n.properties().get("name")))
        .findFirst().map(NodeRecord::properties).orElseThrow();
  }

  @Test
  void versionsSayWhereTheirImageComesFromAndWhetherItIsPinned() {
    GraphBatch out = new GraphBatch();
    EnvironmentTransformer.transform("fraud-train", Recorded.list("machinelearning", "EnvironmentVersions_List"), WS,
        "fraud-ws", SCOPE, out);

    assertThat(version(out, "fraud-train:3")).containsEntry("image", "pytorch/pytorch:latest")
        .containsEntry("imageRegistry", "docker.io").containsEntry("imagePinned", false)
        .containsEntry("condaFile", true).containsEntry("autoRebuild", "Disabled").containsEntry("workspace", "fraud-ws");
    assertThat(version(out, "fraud-train:2")).containsEntry("imageRegistry", "mcr.microsoft.com")
        .containsEntry("imagePinned", true).containsEntry("condaFile", false).containsEntry("isArchived", true);
    assertThat(version(out, "fraud-train:1")).containsEntry("image", null).containsEntry("imagePinned", null)
        .containsEntry("dockerfilePath", "Dockerfile")
        .containsEntry("buildContextUri",
            "https://acmemlworkspace.blob.core.windows.net/azureml-blobstore-fraud/environments/fraud-train/context/");
    assertThat(out.rels(AzureMLEnvironmentSchema.IN_WORKSPACE)).hasSize(3).allMatch(r -> r.toId().equals(WS));
  }

  @Test
  void theCondaSpecificationIsNeverStored() {
    GraphBatch out = new GraphBatch();
    EnvironmentTransformer.transform("fraud-train", Recorded.list("machinelearning", "EnvironmentVersions_List"), WS,
        "fraud-ws", SCOPE, out);
    assertThat(out.nodes(AzureMLEnvironmentSchema.NODE)).allSatisfy(n ->
        assertThat(n.properties().values()).noneMatch(v -> String.valueOf(v).contains("s3cr3t")));
  }

  @Test
  void imageRegistryFollowsDockerReferenceRules() {
    assertThat(EnvironmentTransformer.registryOf("ubuntu")).isEqualTo("docker.io");
    assertThat(EnvironmentTransformer.registryOf("library/ubuntu:22.04")).isEqualTo("docker.io");
    assertThat(EnvironmentTransformer.registryOf("acmeacr.azurecr.io/train:1")).isEqualTo("acmeacr.azurecr.io");
    assertThat(EnvironmentTransformer.registryOf("localhost:5000/x")).isEqualTo("localhost:5000");
    assertThat(EnvironmentTransformer.registryOf(null)).isNull();
  }
}
