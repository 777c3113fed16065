package dev.aispm.collectors.gcp.vertex;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.aiplatform.v1.ListCustomJobsResponse;
import com.google.cloud.aiplatform.v1.ListEndpointsResponse;
import com.google.cloud.aiplatform.v1.ListPipelineJobsResponse;
import com.google.cloud.aiplatform.v1.ListTrainingPipelinesResponse;
import dev.aispm.collectors.gcp.GcpProject;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.gcp.storage.GcsModelArtifactSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexCustomJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexEndpointSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexPipelineJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexTrainingPipelineSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VertexTransformersTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "us-central1");

  @Test
  void anEndpointWithoutNetworkOrPscIsPublicAndLinkedToItsModelsAndAccounts() {
    ListEndpointsResponse r = Recorded.proto("aiplatform/ListEndpoints.json", ListEndpointsResponse::newBuilder);
    WriteBatch out = EndpointTransformer.transform(r.getEndpointsList(), SCOPE);

    NodeRecord fraud = node(out, VertexEndpointSchema.NODE, "fraud-endpoint");
    assertThat(fraud.properties()).containsEntry("publicEndpoint", true).containsEntry("cmekEnabled", false)
        .containsEntry("kmsKeyName", null).containsEntry("location", "us-central1")
        .containsEntry("accessLoggingEnabled", false);
    assertThat(fraud.properties().get("trafficSplit")).isEqualTo(java.util.List.of("5001=100"));
    NodeRecord psc = node(out, VertexEndpointSchema.NODE, "churn-psc-endpoint");
    assertThat(psc.properties()).containsEntry("publicEndpoint", false).containsEntry("privateServiceConnect", true)
        .containsEntry("cmekEnabled", true);
    assertThat(out.rels(VertexEndpointSchema.INTERNET_CAN_REACH)).extracting(RelRecord::toId).containsExactly(fraud.id());
    assertThat(out.rels(VertexEndpointSchema.SERVED_BY)).extracting(RelRecord::fromId).containsExactlyInAnyOrder(
        "//aiplatform.googleapis.com/projects/314159265358/locations/us-central1/models/1001",
        "//aiplatform.googleapis.com/projects/314159265358/locations/us-central1/models/1002");
    assertThat(out.rels(VertexEndpointSchema.RUNS_AS)).extracting(RelRecord::toId).containsExactly(
        "//iam.googleapis.com/projects/-/serviceAccounts/vertex-serving@acme-vertex-prod.iam.gserviceaccount.com");
  }

  @Test
  void aCustomJobReadsTheUrisOfItsArgumentsAndProducesItsModelFolder() {
    ListCustomJobsResponse r = Recorded.proto("aiplatform/ListCustomJobs.json", ListCustomJobsResponse::newBuilder);
    WriteBatch out = CustomJobTransformer.transform(r.getCustomJobsList(), SCOPE);

    NodeRecord fraud = node(out, VertexCustomJobSchema.NODE, "fraud-train");
    assertThat(fraud.properties()).containsEntry("enableWebAccess", true).containsEntry("usesDefaultComputeAccount", true)
        .containsEntry("network", null).containsEntry("cmekEnabled", false);
    assertThat(out.rels(VertexCustomJobSchema.READS)).extracting(RelRecord::toId)
        .contains("gs://acme-training-data/fraud/transactions/");
    assertThat(out.rels(VertexCustomJobSchema.PRODUCED)).extracting(RelRecord::toId)
        .contains("gs://acme-vertex-models/fraud/model/");
    assertThat(out.nodes(GcsModelArtifactSchema.NODE)).extracting(NodeRecord::id).contains("gs://acme-vertex-models/fraud/model/");
    NodeRecord features = node(out, VertexCustomJobSchema.NODE, "churn-features");
    assertThat(features.properties()).containsEntry("enableWebAccess", false).containsEntry("cmekEnabled", true)
        .containsEntry("network", "projects/314159265358/global/networks/ml-vpc");
    // The package URI is code, not data; the job's own output folder is not an input.
    assertThat(out.rels(VertexCustomJobSchema.READS)).extracting(RelRecord::toId)
        .doesNotContain("gs://acme-vertex-pipeline-root/pkg/features-0.3.tar.gz");
  }

  @Test
  void aPipelineWithoutServiceAccountRunsAsTheDefaultComputeAccount() {
    ListPipelineJobsResponse r = Recorded.proto("aiplatform/ListPipelineJobs.json", ListPipelineJobsResponse::newBuilder);
    WriteBatch out = PipelineJobTransformer.transform(r.getPipelineJobsList(),
        new GcpProject("acme-vertex-prod", "314159265358", null, null, "ACTIVE"), SCOPE);
    NodeRecord p = node(out, VertexPipelineJobSchema.NODE, "nightly-retrain");
    assertThat(p.properties()).containsEntry("serviceAccount", "314159265358-compute@developer.gserviceaccount.com")
        .containsEntry("usesDefaultComputeAccount", true);
    assertThat(out.rels(VertexPipelineJobSchema.READS)).extracting(RelRecord::toId)
        .containsExactly("gs://acme-training-data/fraud/transactions/");
  }

  @Test
  void aPipelineNamesTheImagesOfItsContainerComponentsOnce() {
    ListPipelineJobsResponse r = Recorded.proto("aiplatform/ListPipelineJobs.json", ListPipelineJobsResponse::newBuilder);
    WriteBatch out = PipelineJobTransformer.transform(r.getPipelineJobsList(),
        new GcpProject("acme-vertex-prod", "314159265358", null, null, "ACTIVE"), SCOPE);
    // Docker Hub's image is kept as named (the registry scan reads only the project's own); the
    // importer runs no image of the user's; two executors of one component name one image.
    assertThat(node(out, VertexPipelineJobSchema.NODE, "nightly-retrain").properties().get("images"))
        .isEqualTo(List.of("python:3.11-slim",
            "us-central1-docker.pkg.dev/acme-vertex-prod/training/fraud-trainer:2024-05-02"));
  }

  @Test
  void aCustomTrainingPipelineNamesItsWorkersAndItsModelsServingImages() {
    ListTrainingPipelinesResponse r = Recorded.proto("aiplatform/ListTrainingPipelines.json",
        ListTrainingPipelinesResponse::newBuilder);
    WriteBatch out = TrainingPipelineTransformer.transform(r.getTrainingPipelinesList(), Map.of(), SCOPE);

    NodeRecord custom = node(out, VertexTrainingPipelineSchema.NODE, "fraud-custom-train");
    assertThat(custom.properties().get("images")).isEqualTo(List.of(
        "us-central1-docker.pkg.dev/acme-vertex-prod/training/fraud-trainer:2024-05-02",
        "us-docker.pkg.dev/vertex-ai/training/sklearn-cpu.1-0:latest",
        "us-central1-docker.pkg.dev/acme-vertex-prod/ml-serving/fraud-server@sha256:"
            + "9f2c4a7e1b3d5f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a"));
    assertThat(custom.properties()).containsEntry("enableWebAccess", false)
        .containsEntry("serviceAccount", "vertex-pipelines@acme-vertex-prod.iam.gserviceaccount.com");
    // AutoML trains in Google's own containers: nothing of the project's to follow.
    assertThat(node(out, VertexTrainingPipelineSchema.NODE, "churn-automl-pipeline").properties().get("images"))
        .isEqualTo(List.of());
  }

  @Test
  void anAnswerWithAFieldTheApiDoesNotHaveIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.aispm.collectors.gcp.GcpRest.merge(
        "{\"endpoints\":[{\"name\":\"x\",\"publicEndpoint\":true}]}", ListEndpointsResponse.newBuilder()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("google.cloud.aiplatform.v1.ListEndpointsResponse");
  }

  static NodeRecord node(WriteBatch out, dev.aispm.graph.schema.NodeSchema type, String name) {
    return out.nodes(type).stream().filter(n -> name.equals(n.properties().get("name"))).findFirst().orElseThrow();
  }
}
