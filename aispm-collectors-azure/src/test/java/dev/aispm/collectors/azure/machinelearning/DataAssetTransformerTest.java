package dev.aispm.collectors.azure.machinelearning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.collectors.azure.storage.BlobLocation;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLDataAssetSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataAssetTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "11111111-aaaa-4aaa-8aaa-111111111111", "global");
  static final String WS = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/ml-prod/providers/"
      + "microsoft.machinelearningservices/workspaces/fraud-ws";
  static final Map<String, String> ACCOUNTS = Map.of("acmetraindata",
      "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/ml-prod/providers/microsoft.storage/storageaccounts/acmetraindata");
  static final DatastoreResolver DATASTORES = new DatastoreResolver(
      Map.of("trainingdata", new BlobLocation("acmetraindata", "training", "")));

  static List<DataAssetTransformer.Container> containers() {
    List<JsonNode> versions = Recorded.list("machinelearning", "DataVersions_List");
    return Recorded.list("machinelearning", "Data_List").stream().map(c -> new DataAssetTransformer.Container(c,
        versions.stream().filter(v -> v.path("id").asText().contains("/data/" + c.path("name").asText() + "/")).toList()))
        .toList();
  }

  @Test
  void dataAssetVersionsPointAtTheBlobsTheirUrisResolveTo() {
    GraphBatch out = new GraphBatch();
    Map<String, DataAssetTransformer.Asset> index = DataAssetTransformer.transform(containers(), WS, "fraud-ws",
        DATASTORES, ACCOUNTS, SCOPE, out);

    NodeRecord labels2 = out.nodes(AzureMLDataAssetSchema.NODE).stream()
        .filter(n -> "fraud-labels:2".equals(n.properties().get("name"))).findFirst().orElseThrow();
    assertThat(labels2.properties()).containsEntry("isLatest", true).containsEntry("dataType", "uri_file")
        .containsEntry("isArchived", false).containsEntry("version", "2");
    assertThat(out.rels(AzureMLDataAssetSchema.READS)).extracting(RelRecord::toId).containsExactlyInAnyOrder(
        "https://acmetraindata.blob.core.windows.net/training/fraud/labels/labels-2023.csv",
        "https://acmetraindata.blob.core.windows.net/training/fraud/labels/labels-2024.csv",
        "https://acmetraindata.blob.core.windows.net/training/fraud/2024");
    assertThat(index).containsKeys("fraud-labels:1", "fraud-labels:2", "fraud-labels:@latest", "fraud-transactions:3");
  }

  @Test
  void jobInputsNamingADataAssetReadItsBlobsInEveryReferenceForm() throws Exception {
    GraphBatch assets = new GraphBatch();
    DatastoreResolver resolver = DATASTORES.withDataAssets(DataAssetTransformer.transform(containers(), WS, "fraud-ws",
        DATASTORES, ACCOUNTS, SCOPE, assets));
    JsonNode job = new ObjectMapper().readTree("""
        {"id": "%s/jobs/train", "name": "train", "properties": {"jobType": "Command", "inputs": {
          "short": {"jobInputType": "uri_file", "uri": "azureml:fraud-labels:1"},
          "latest": {"jobInputType": "uri_file", "uri": "azureml:fraud-labels@latest"},
          "long": {"jobInputType": "uri_folder",
                   "uri": "azureml://subscriptions/s/resourcegroups/r/workspaces/fraud-ws/data/fraud-transactions/versions/3"},
          "unknown": {"jobInputType": "uri_folder", "uri": "azureml:never-registered:1"}}}}""".formatted(WS));
    GraphBatch out = new GraphBatch();
    JobTransformer.transform(List.of(job), WS, "fraud-ws", resolver, ACCOUNTS, SCOPE, out);

    assertThat(out.rels(AzureMLJobSchema.READS)).extracting(r -> r.properties().get("input") + "=" + r.toId())
        .containsExactlyInAnyOrder(
            "short=https://acmetraindata.blob.core.windows.net/training/fraud/labels/labels-2023.csv",
            "latest=https://acmetraindata.blob.core.windows.net/training/fraud/labels/labels-2024.csv",
            "long=https://acmetraindata.blob.core.windows.net/training/fraud/2024");
    assertThat(out.rels(AzureMLDataAssetSchema.USED_BY_JOB)).extracting(RelRecord::toId).containsExactlyInAnyOrder(
        WS + "/data/fraud-labels/versions/1", WS + "/data/fraud-labels/versions/2",
        WS + "/data/fraud-transactions/versions/3");
  }
}
