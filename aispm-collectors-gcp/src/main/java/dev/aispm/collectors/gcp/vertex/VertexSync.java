package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.BatchPredictionJob;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.Featurestore;
import com.google.cloud.aiplatform.v1.HyperparameterTuningJob;
import com.google.cloud.aiplatform.v1.ListBatchPredictionJobsResponse;
import com.google.cloud.aiplatform.v1.ListFeaturestoresResponse;
import com.google.cloud.aiplatform.v1.ListHyperparameterTuningJobsResponse;
import com.google.cloud.aiplatform.v1.ListNasJobsResponse;
import com.google.cloud.aiplatform.v1.NasJob;
import com.google.cloud.aiplatform.v1.Dataset;
import com.google.cloud.aiplatform.v1.Endpoint;
import com.google.cloud.aiplatform.v1.FeatureOnlineStore;
import com.google.cloud.aiplatform.v1.IndexEndpoint;
import com.google.cloud.aiplatform.v1.ListCustomJobsResponse;
import com.google.cloud.aiplatform.v1.ListDatasetsResponse;
import com.google.cloud.aiplatform.v1.ListEndpointsResponse;
import com.google.cloud.aiplatform.v1.ListFeatureOnlineStoresResponse;
import com.google.cloud.aiplatform.v1.ListIndexEndpointsResponse;
import com.google.cloud.aiplatform.v1.ListModelsResponse;
import com.google.cloud.aiplatform.v1.ListNotebookRuntimesResponse;
import com.google.cloud.aiplatform.v1.ListPipelineJobsResponse;
import com.google.cloud.aiplatform.v1.ListTrainingPipelinesResponse;
import com.google.cloud.aiplatform.v1.ListTuningJobsResponse;
import com.google.cloud.aiplatform.v1.Model;
import com.google.cloud.aiplatform.v1.NotebookRuntime;
import com.google.cloud.aiplatform.v1.PipelineJob;
import com.google.cloud.aiplatform.v1.TrainingPipeline;
import com.google.cloud.aiplatform.v1.TuningJob;
import com.google.protobuf.Message;
import dev.aispm.collectors.gcp.GcpScope;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.gcp.project.GcpProjectSchema;
import dev.aispm.graph.schema.gcp.vertex.ColabRuntimeSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexBatchPredictionJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexFeaturestoreSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexHyperparameterTuningJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexNasJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexCustomJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexDatasetSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexEndpointSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexFeatureOnlineStoreSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexIndexEndpointSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexModelSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexPipelineJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexTrainingPipelineSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexTuningJobSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.Session;

/**
 * Collects Vertex AI in every location of a project: models first (endpoints and pipelines point
 * at them), then datasets (training pipelines read through them), then everything else. Each
 * resource type in each location succeeds or fails on its own.
 */
public final class VertexSync {
  /** Every type this sync writes, each in its location's scope. */
  public static final List<NodeSchema> TYPES = List.of(VertexModelSchema.NODE, VertexEndpointSchema.NODE,
      VertexDatasetSchema.NODE, VertexCustomJobSchema.NODE, VertexTrainingPipelineSchema.NODE,
      VertexPipelineJobSchema.NODE, VertexTuningJobSchema.NODE, VertexIndexEndpointSchema.NODE,
      VertexFeatureOnlineStoreSchema.NODE, VertexFeaturestoreSchema.NODE, VertexBatchPredictionJobSchema.NODE,
      VertexHyperparameterTuningJobSchema.NODE, VertexNasJobSchema.NODE, ColabRuntimeSchema.NODE);

  private VertexSync() {}

  /**
   * The locations in which the graph holds Vertex AI nodes of the project (stubs aside): where an
   * earlier scan found them, which is where they must be cleaned when the API is off.
   */
  public static List<String> writtenLocations(Session s, String project) {
    return s.run("MATCH (n:Asset) WHERE n.provider = 'gcp' AND n.account = $project AND n.type IN $types "
            + "AND n.stub IS NULL RETURN DISTINCT n.region AS region ORDER BY region",
            Map.of("project", project, "types", TYPES.stream().map(NodeSchema::type).toList()))
        .list(r -> r.get("region").asString(null)).stream().filter(java.util.Objects::nonNull).toList();
  }

  /** The locations to collect: the configured ones, or every location Vertex AI lists for the project. */
  public static List<String> locations(GcpScope global) {
    if (!global.clients().settings().locations().isEmpty()) {
      return global.clients().settings().locations();
    }
    String base = global.clients().settings().endpoints().aiplatformFor(null);
    return global.call(GcpProjectSchema.NODE, "aiplatform.locations.list",
        () -> VertexFetcher.locations(global.clients().rest(), base, global.project().projectId())).orElse(List.of());
  }

  public static void sync(GcpScope global, List<String> locations) {
    for (String location : locations) {
      GcpScope s = global.in(location);
      s.progress("vertex ai");
      collect(s, VertexModelSchema.NODE, "models", "aiplatform.models.list", ListModelsResponse::newBuilder,
          ListModelsResponse::getModelsList, ListModelsResponse::getNextPageToken,
          (List<Model> l) -> ModelTransformer.transform(l, s.key()));
      collect(s, VertexEndpointSchema.NODE, "endpoints", "aiplatform.endpoints.list", ListEndpointsResponse::newBuilder,
          ListEndpointsResponse::getEndpointsList, ListEndpointsResponse::getNextPageToken,
          (List<Endpoint> l) -> EndpointTransformer.transform(l, s.key()));
      Optional<List<Dataset>> datasets = collect(s, VertexDatasetSchema.NODE, "datasets", "aiplatform.datasets.list",
          ListDatasetsResponse::newBuilder, ListDatasetsResponse::getDatasetsList, ListDatasetsResponse::getNextPageToken,
          (List<Dataset> l) -> DatasetTransformer.transform(l, s.key()));
      Map<String, List<String>> sources = DatasetTransformer.sourcesById(datasets.orElse(List.of()));
      collect(s, VertexCustomJobSchema.NODE, "customJobs", "aiplatform.customJobs.list", ListCustomJobsResponse::newBuilder,
          ListCustomJobsResponse::getCustomJobsList, ListCustomJobsResponse::getNextPageToken,
          (List<CustomJob> l) -> CustomJobTransformer.transform(l, s.key()));
      collect(s, VertexTrainingPipelineSchema.NODE, "trainingPipelines", "aiplatform.trainingPipelines.list",
          ListTrainingPipelinesResponse::newBuilder, ListTrainingPipelinesResponse::getTrainingPipelinesList,
          ListTrainingPipelinesResponse::getNextPageToken,
          (List<TrainingPipeline> l) -> TrainingPipelineTransformer.transform(l, sources, s.key()));
      collect(s, VertexPipelineJobSchema.NODE, "pipelineJobs", "aiplatform.pipelineJobs.list",
          ListPipelineJobsResponse::newBuilder, ListPipelineJobsResponse::getPipelineJobsList,
          ListPipelineJobsResponse::getNextPageToken,
          (List<PipelineJob> l) -> PipelineJobTransformer.transform(l, s.project(), s.key()));
      collect(s, VertexTuningJobSchema.NODE, "tuningJobs", "aiplatform.tuningJobs.list", ListTuningJobsResponse::newBuilder,
          ListTuningJobsResponse::getTuningJobsList, ListTuningJobsResponse::getNextPageToken,
          (List<TuningJob> l) -> TuningJobTransformer.transform(l, s.key()));
      collect(s, VertexIndexEndpointSchema.NODE, "indexEndpoints", "aiplatform.indexEndpoints.list",
          ListIndexEndpointsResponse::newBuilder, ListIndexEndpointsResponse::getIndexEndpointsList,
          ListIndexEndpointsResponse::getNextPageToken,
          (List<IndexEndpoint> l) -> IndexEndpointTransformer.transform(l, s.key()));
      collect(s, VertexFeatureOnlineStoreSchema.NODE, "featureOnlineStores", "aiplatform.featureOnlineStores.list",
          ListFeatureOnlineStoresResponse::newBuilder, ListFeatureOnlineStoresResponse::getFeatureOnlineStoresList,
          ListFeatureOnlineStoresResponse::getNextPageToken,
          (List<FeatureOnlineStore> l) -> FeatureOnlineStoreTransformer.transform(l, s.key()));
      collect(s, VertexFeaturestoreSchema.NODE, "featurestores", "aiplatform.featurestores.list",
          ListFeaturestoresResponse::newBuilder, ListFeaturestoresResponse::getFeaturestoresList,
          ListFeaturestoresResponse::getNextPageToken,
          (List<Featurestore> l) -> FeaturestoreTransformer.transform(l, s.key()));
      collect(s, VertexBatchPredictionJobSchema.NODE, "batchPredictionJobs", "aiplatform.batchPredictionJobs.list",
          ListBatchPredictionJobsResponse::newBuilder, ListBatchPredictionJobsResponse::getBatchPredictionJobsList,
          ListBatchPredictionJobsResponse::getNextPageToken,
          (List<BatchPredictionJob> l) -> BatchPredictionJobTransformer.transform(l, s.key()));
      collect(s, VertexHyperparameterTuningJobSchema.NODE, "hyperparameterTuningJobs",
          "aiplatform.hyperparameterTuningJobs.list", ListHyperparameterTuningJobsResponse::newBuilder,
          ListHyperparameterTuningJobsResponse::getHyperparameterTuningJobsList,
          ListHyperparameterTuningJobsResponse::getNextPageToken,
          (List<HyperparameterTuningJob> l) -> HyperparameterTuningJobTransformer.transform(l, s.key()));
      collect(s, VertexNasJobSchema.NODE, "nasJobs", "aiplatform.nasJobs.list", ListNasJobsResponse::newBuilder,
          ListNasJobsResponse::getNasJobsList, ListNasJobsResponse::getNextPageToken,
          (List<NasJob> l) -> NasJobTransformer.transform(l, s.key()));
      collect(s, ColabRuntimeSchema.NODE, "notebookRuntimes", "aiplatform.notebookRuntimes.list",
          ListNotebookRuntimesResponse::newBuilder, ListNotebookRuntimesResponse::getNotebookRuntimesList,
          ListNotebookRuntimesResponse::getNextPageToken,
          (List<NotebookRuntime> l) -> ColabRuntimeTransformer.transform(l, s.key()));
    }
  }

  /** Lists one collection, transforms and loads it, and reports the outcome; returns what was listed. */
  private static <R extends Message, T> Optional<List<T>> collect(GcpScope s, NodeSchema type, String collection,
      String permission, Supplier<Message.Builder> page, Function<R, List<T>> items, Function<R, String> next,
      Function<List<T>, WriteBatch> transform) {
    Instant start = Instant.now();
    String base = s.clients().settings().endpoints().aiplatformFor(s.key().region());
    Optional<List<T>> listed = s.call(type, permission, () -> VertexFetcher.<R, T>list(s.clients().rest(), base,
        s.project().projectId(), s.key().region(), collection, page, items, next));
    if (listed.isEmpty()) {
      return listed;
    }
    try {
      transform.apply(listed.get()).load(s.context().writer(), s.context().tag());
      s.succeeded(type, listed.get().size(), start);
    } catch (RuntimeException e) {
      // An answer no transform could cope with fails this type here, not the location.
      s.fail(type, permission, e, start);
    }
    return listed;
  }
}
