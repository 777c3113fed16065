package dev.aispm.graph.schema.gcp;

import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactRepositorySchema;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.compute.ComputeInstanceSchema;
import dev.aispm.graph.schema.gcp.compute.FirewallSchema;
import dev.aispm.graph.schema.gcp.compute.VpcNetworkSchema;
import dev.aispm.graph.schema.gcp.functions.CloudFunctionSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunJobSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.schema.gcp.iam.GcpPrincipalSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountKeySchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.schema.gcp.project.GcpProjectSchema;
import dev.aispm.graph.schema.gcp.storage.GcsBucketSchema;
import dev.aispm.graph.schema.gcp.storage.GcsModelArtifactSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;
import dev.aispm.graph.schema.gcp.vertex.ColabRuntimeSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexCustomJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexDatasetSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexEndpointSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexFeatureOnlineStoreSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexFeaturestoreSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexBatchPredictionJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexHyperparameterTuningJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexNasJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexIndexEndpointSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexModelSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexPipelineJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexTrainingPipelineSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexTuningJobSchema;
import dev.aispm.graph.schema.gcp.workbench.WorkbenchInstanceSchema;
import java.util.List;

/** Every Google Cloud node and relationship type; a new resource type is added to these lists. */
public final class GcpSchemas {
  private GcpSchemas() {}

  public static final List<NodeSchema> NODES = List.of(
      GcpProjectSchema.NODE,
      ServiceAccountSchema.NODE,
      ServiceAccountKeySchema.NODE,
      GcpPrincipalSchema.NODE,
      GcsBucketSchema.NODE,
      GcsPrefixSchema.NODE,
      GcsModelArtifactSchema.NODE,
      VpcNetworkSchema.NODE,
      FirewallSchema.NODE,
      WorkbenchInstanceSchema.NODE,
      ComputeInstanceSchema.NODE,
      VertexModelSchema.NODE,
      VertexEndpointSchema.NODE,
      VertexCustomJobSchema.NODE,
      VertexDatasetSchema.NODE,
      VertexTrainingPipelineSchema.NODE,
      VertexPipelineJobSchema.NODE,
      VertexTuningJobSchema.NODE,
      VertexIndexEndpointSchema.NODE,
      VertexFeatureOnlineStoreSchema.NODE,
      VertexFeaturestoreSchema.NODE,
      VertexBatchPredictionJobSchema.NODE,
      VertexHyperparameterTuningJobSchema.NODE,
      VertexNasJobSchema.NODE,
      ColabRuntimeSchema.NODE,
      GcpArtifactRepositorySchema.NODE,
      GcpArtifactImageSchema.NODE,
      CloudFunctionSchema.NODE,
      CloudRunServiceSchema.NODE,
      CloudRunJobSchema.NODE);

  public static final List<RelSchema> RELS = List.of(
      ServiceAccountSchema.CAN_WRITE,
      ServiceAccountSchema.CAN_READ,
      ServiceAccountSchema.CAN_ACT_AS,
      GcpPrincipalSchema.CAN_ACT_AS,
      GcpPrincipalSchema.CAN_WRITE,
      ServiceAccountKeySchema.HAS_KEY,
      GcsPrefixSchema.IN_BUCKET,
      GcsPrefixSchema.USES_PACKAGE,
      GcsPrefixSchema.USES_AI,
      GcsModelArtifactSchema.IN_BUCKET,
      GcsModelArtifactSchema.USES_PACKAGE,
      GcsModelArtifactSchema.USES_AI,
      FirewallSchema.IN_VPC,
      WorkbenchInstanceSchema.RUNS_AS,
      WorkbenchInstanceSchema.INTERNET_CAN_REACH,
      WorkbenchInstanceSchema.HAS_SECURITY_GROUP,
      WorkbenchInstanceSchema.IN_VPC,
      WorkbenchInstanceSchema.USES_PACKAGE,
      WorkbenchInstanceSchema.USES_AI,
      ComputeInstanceSchema.RUNS_AS,
      ComputeInstanceSchema.INTERNET_CAN_REACH,
      ComputeInstanceSchema.HAS_SECURITY_GROUP,
      ComputeInstanceSchema.IN_VPC,
      ComputeInstanceSchema.USES_PACKAGE,
      ComputeInstanceSchema.USES_AI,
      VertexModelSchema.USES_ARTIFACT,
      VertexEndpointSchema.SERVED_BY,
      VertexEndpointSchema.RUNS_AS,
      VertexEndpointSchema.INTERNET_CAN_REACH,
      VertexCustomJobSchema.RUNS_AS,
      VertexCustomJobSchema.READS,
      VertexCustomJobSchema.WRITES,
      VertexCustomJobSchema.PRODUCED,
      VertexDatasetSchema.READS,
      VertexTrainingPipelineSchema.RUNS_AS,
      VertexTrainingPipelineSchema.USES_DATASET,
      VertexTrainingPipelineSchema.READS,
      VertexTrainingPipelineSchema.PRODUCED,
      VertexPipelineJobSchema.RUNS_AS,
      VertexPipelineJobSchema.READS,
      VertexPipelineJobSchema.WRITES,
      VertexTuningJobSchema.RUNS_AS,
      VertexTuningJobSchema.READS,
      VertexTuningJobSchema.PRODUCED,
      VertexIndexEndpointSchema.INTERNET_CAN_REACH,
      VertexBatchPredictionJobSchema.RUNS_AS,
      VertexBatchPredictionJobSchema.READS,
      VertexBatchPredictionJobSchema.WRITES,
      VertexBatchPredictionJobSchema.USES_MODEL,
      VertexHyperparameterTuningJobSchema.RUNS_AS,
      VertexHyperparameterTuningJobSchema.READS,
      VertexHyperparameterTuningJobSchema.WRITES,
      VertexNasJobSchema.RUNS_AS,
      VertexNasJobSchema.READS,
      VertexNasJobSchema.WRITES,
      ColabRuntimeSchema.RUNS_AS,
      GcpArtifactImageSchema.IN_REPOSITORY,
      GcpArtifactImageSchema.USES_PACKAGE,
      GcpArtifactImageSchema.USES_AI,
      CloudFunctionSchema.RUNS_AS,
      CloudFunctionSchema.USES_PACKAGE,
      CloudFunctionSchema.USES_AI,
      CloudFunctionSchema.INTERNET_CAN_REACH,
      CloudRunServiceSchema.RUNS_AS,
      CloudRunServiceSchema.USES_AI,
      CloudRunServiceSchema.RUNS_IMAGE,
      CloudRunJobSchema.RUNS_AS,
      CloudRunJobSchema.USES_AI,
      CloudRunJobSchema.RUNS_IMAGE,
      VertexModelSchema.RUNS_IMAGE,
      VertexCustomJobSchema.RUNS_IMAGE,
      VertexHyperparameterTuningJobSchema.RUNS_IMAGE,
      VertexNasJobSchema.RUNS_IMAGE,
      VertexTrainingPipelineSchema.RUNS_IMAGE,
      VertexPipelineJobSchema.RUNS_IMAGE,
      WorkbenchInstanceSchema.RUNS_IMAGE,
      CloudFunctionSchema.RUNS_IMAGE,
      CloudRunServiceSchema.INTERNET_CAN_REACH);
}
