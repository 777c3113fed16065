package dev.aispm.collectors.gcp.vertex;

import static dev.aispm.collectors.gcp.vertex.VertexTransformersTest.SCOPE;
import static dev.aispm.collectors.gcp.vertex.VertexTransformersTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.aiplatform.v1.ListBatchPredictionJobsResponse;
import com.google.cloud.aiplatform.v1.ListFeaturestoresResponse;
import com.google.cloud.aiplatform.v1.ListHyperparameterTuningJobsResponse;
import com.google.cloud.aiplatform.v1.ListNasJobsResponse;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.schema.gcp.vertex.VertexBatchPredictionJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexFeaturestoreSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexHyperparameterTuningJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexNasJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batch prediction, hyperparameter tuning, NAS and legacy feature stores, on recorded answers. */
class VertexJobTransformersTest {
  static final String DEFAULT_COMPUTE = "314159265358-compute@developer.gserviceaccount.com";
  static final String PIPELINES = "vertex-pipelines@acme-vertex-prod.iam.gserviceaccount.com";

  @Test
  void aBatchPredictionJobReadsItsInputsWritesItsPredictionsAndUsesItsRegistryModel() {
    ListBatchPredictionJobsResponse r = Recorded.proto("aiplatform/ListBatchPredictionJobs.json",
        ListBatchPredictionJobsResponse::newBuilder);
    WriteBatch out = BatchPredictionJobTransformer.transform(r.getBatchPredictionJobsList(), SCOPE);

    NodeRecord scoring = node(out, VertexBatchPredictionJobSchema.NODE, "fraud-nightly-scoring");
    assertThat(scoring.properties()).containsEntry("serviceAccount", DEFAULT_COMPUTE)
        .containsEntry("usesDefaultComputeAccount", true).containsEntry("cmekEnabled", false)
        .containsEntry("outputUriPrefix", "gs://acme-vertex-models/fraud/predictions/")
        .containsEntry("location", "us-central1");
    // A wildcard input is read from the folder before the wildcard.
    assertThat(out.rels(VertexBatchPredictionJobSchema.READS)).extracting(RelRecord::toId).containsExactlyInAnyOrder(
        "gs://acme-research-scratch/scoring/in/", "gs://acme-training-data/fraud/holdout.jsonl");
    assertThat(out.rels(VertexBatchPredictionJobSchema.WRITES)).extracting(RelRecord::toId)
        .containsExactly("gs://acme-vertex-models/fraud/predictions/");
    // The version suffix is dropped: the edge reaches the registry model the endpoints point at too.
    assertThat(out.rels(VertexBatchPredictionJobSchema.USES_MODEL)).extracting(RelRecord::toId)
        .containsExactly("//aiplatform.googleapis.com/projects/314159265358/locations/us-central1/models/1001");
    assertThat(out.rels(VertexBatchPredictionJobSchema.RUNS_AS)).extracting(RelRecord::toId)
        .containsExactly("//iam.googleapis.com/projects/-/serviceAccounts/" + DEFAULT_COMPUTE);

    NodeRecord gemini = node(out, VertexBatchPredictionJobSchema.NODE, "gemini-ticket-triage");
    assertThat(gemini.properties()).containsEntry("model", "publishers/google/models/gemini-1.5-flash-002")
        .containsEntry("bigqueryInput", "bq://acme-vertex-prod.support.tickets").containsEntry("inputUris", null)
        .containsEntry("serviceAccount", null).containsEntry("cmekEnabled", true);
  }

  @Test
  void aHyperparameterTuningJobCarriesItsTrialSpec() {
    ListHyperparameterTuningJobsResponse r = Recorded.proto("aiplatform/ListHyperparameterTuningJobs.json",
        ListHyperparameterTuningJobsResponse::newBuilder);
    WriteBatch out = HyperparameterTuningJobTransformer.transform(r.getHyperparameterTuningJobsList(), SCOPE);

    NodeRecord hpt = node(out, VertexHyperparameterTuningJobSchema.NODE, "fraud-hpt");
    assertThat(hpt.properties()).containsEntry("enableWebAccess", true).containsEntry("serviceAccount", PIPELINES)
        .containsEntry("usesDefaultComputeAccount", false).containsEntry("trialCount", 2)
        .containsEntry("network", "projects/314159265358/global/networks/ml-vpc").containsEntry("cmekEnabled", false);
    assertThat(out.rels(VertexHyperparameterTuningJobSchema.READS)).extracting(RelRecord::toId)
        .containsExactlyInAnyOrder("gs://acme-training-data/fraud/transactions/", "gs://acme-training-data/fraud/validation/");
    assertThat(out.rels(VertexHyperparameterTuningJobSchema.WRITES)).extracting(RelRecord::toId)
        .containsExactly("gs://acme-vertex-models/fraud-hpt/");
  }

  @Test
  void aNasJobMergesItsSearchAndTrainSpecs() {
    ListNasJobsResponse r = Recorded.proto("aiplatform/ListNasJobs.json", ListNasJobsResponse::newBuilder);
    WriteBatch out = NasJobTransformer.transform(r.getNasJobsList(), SCOPE);

    NodeRecord nas = node(out, VertexNasJobSchema.NODE, "vision-nas");
    // Web access and the default compute account are on the train trials only: they count for the job.
    assertThat(nas.properties()).containsEntry("enableWebAccess", true).containsEntry("usesDefaultComputeAccount", true)
        .containsEntry("serviceAccount", PIPELINES).containsEntry("serviceAccounts", List.of(PIPELINES, DEFAULT_COMPUTE))
        .containsEntry("cmekEnabled", true).containsEntry("searchSpaceSpec", true)
        .containsEntry("baseOutputDirectory", "gs://acme-vertex-models/vision-nas/search/");
    assertThat(out.rels(VertexNasJobSchema.RUNS_AS)).extracting(RelRecord::toId).containsExactlyInAnyOrder(
        "//iam.googleapis.com/projects/-/serviceAccounts/" + PIPELINES,
        "//iam.googleapis.com/projects/-/serviceAccounts/" + DEFAULT_COMPUTE);
    assertThat(out.rels(VertexNasJobSchema.READS)).extracting(RelRecord::toId)
        .containsExactly("gs://acme-training-data/vision/train-*");
  }

  @Test
  void aLegacyFeatureStoreServesOnlineWithFixedOrScaledNodes() {
    ListFeaturestoresResponse r = Recorded.proto("aiplatform/ListFeaturestores.json", ListFeaturestoresResponse::newBuilder);
    WriteBatch out = FeaturestoreTransformer.transform(r.getFeaturestoresList(), SCOPE);

    assertThat(node(out, VertexFeaturestoreSchema.NODE, "fraud_features").properties())
        .containsEntry("onlineServing", true).containsEntry("onlineServingNodes", 2)
        .containsEntry("onlineServingMaxNodes", null).containsEntry("onlineStorageTtlDays", 30)
        .containsEntry("cmekEnabled", false);
    assertThat(node(out, VertexFeaturestoreSchema.NODE, "churn_features").properties())
        .containsEntry("onlineServing", true).containsEntry("onlineServingNodes", 1)
        .containsEntry("onlineServingMaxNodes", 5).containsEntry("cmekEnabled", true);
    assertThat(node(out, VertexFeaturestoreSchema.NODE, "offline_only").properties())
        .containsEntry("onlineServing", false).containsEntry("onlineServingNodes", 0);
  }
}
