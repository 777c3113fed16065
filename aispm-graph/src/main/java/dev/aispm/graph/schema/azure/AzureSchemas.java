package dev.aispm.graph.schema.azure;

import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppJobSchema;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerRegistrySchema;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureCognitiveAccountSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureCognitiveDeploymentSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureRaiPolicySchema;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineScaleSetSchema;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLBatchDeploymentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLBatchEndpointSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLComputeSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLConnectionSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLDatastoreSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLDataAssetSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLEnvironmentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLJobSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLModelVersionSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLOnlineDeploymentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLOnlineEndpointSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLRegistrySchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLWorkspaceSchema;
import dev.aispm.graph.schema.azure.network.AzureNetworkSecurityGroupSchema;
import dev.aispm.graph.schema.azure.network.AzurePrivateEndpointSchema;
import dev.aispm.graph.schema.azure.network.AzureSubnetSchema;
import dev.aispm.graph.schema.azure.network.AzureVirtualNetworkSchema;
import dev.aispm.graph.schema.azure.resources.AzureResourceGroupSchema;
import dev.aispm.graph.schema.azure.resources.AzureSubscriptionSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobContainerSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobModelArtifactSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobPrefixSchema;
import dev.aispm.graph.schema.azure.storage.AzureStorageAccountSchema;
import dev.aispm.graph.schema.azure.web.AzureFunctionAppSchema;
import java.util.List;

/** Every Azure node and relationship type; a new resource type is added to these lists. */
public final class AzureSchemas {
  private AzureSchemas() {}

  public static final List<NodeSchema> NODES = List.of(
      AzureSubscriptionSchema.NODE,
      AzureResourceGroupSchema.NODE,
      AzureStorageAccountSchema.NODE,
      AzureBlobContainerSchema.NODE,
      AzureBlobPrefixSchema.NODE,
      AzureBlobModelArtifactSchema.NODE,
      AzurePrincipalSchema.NODE,
      AzureVirtualNetworkSchema.NODE,
      AzureSubnetSchema.NODE,
      AzureNetworkSecurityGroupSchema.NODE,
      AzurePrivateEndpointSchema.NODE,
      AzureMLWorkspaceSchema.NODE,
      AzureMLComputeSchema.INSTANCE,
      AzureMLComputeSchema.CLUSTER,
      AzureMLOnlineEndpointSchema.NODE,
      AzureMLOnlineDeploymentSchema.NODE,
      AzureMLBatchEndpointSchema.NODE,
      AzureMLBatchDeploymentSchema.NODE,
      AzureMLModelVersionSchema.NODE,
      AzureMLDatastoreSchema.NODE,
      AzureMLJobSchema.NODE,
      AzureMLDataAssetSchema.NODE,
      AzureMLConnectionSchema.NODE,
      AzureMLRegistrySchema.NODE,
      AzureMLEnvironmentSchema.NODE,
      AzureCognitiveAccountSchema.NODE,
      AzureCognitiveDeploymentSchema.NODE,
      AzureRaiPolicySchema.NODE,
      AzureContainerRegistrySchema.NODE,
      AzureContainerImageSchema.NODE,
      AzureFunctionAppSchema.NODE,
      AzureContainerAppSchema.NODE,
      AzureContainerAppJobSchema.NODE,
      AzureVirtualMachineSchema.NODE,
      AzureVirtualMachineScaleSetSchema.NODE);

  public static final List<RelSchema> RELS = List.of(
      AzureResourceGroupSchema.IN_SUBSCRIPTION,
      AzureBlobContainerSchema.IN_ACCOUNT,
      AzureBlobPrefixSchema.IN_BUCKET,
      AzureBlobPrefixSchema.USES_PACKAGE,
      AzureBlobPrefixSchema.USES_AI,
      AzureBlobModelArtifactSchema.IN_BUCKET,
      AzureBlobModelArtifactSchema.USES_PACKAGE,
      AzureBlobModelArtifactSchema.USES_AI,
      AzurePrincipalSchema.CAN_WRITE,
      AzurePrincipalSchema.CAN_READ,
      AzureSubnetSchema.IN_VNET,
      AzureSubnetSchema.HAS_SECURITY_GROUP,
      AzurePrivateEndpointSchema.IN_SUBNET,
      AzurePrivateEndpointSchema.LINKS_ACCOUNT,
      AzurePrivateEndpointSchema.LINKS_WORKSPACE,
      AzurePrivateEndpointSchema.LINKS_STORAGE,
      AzureMLWorkspaceSchema.RUNS_AS,
      AzureMLWorkspaceSchema.USES_STORAGE,
      AzureMLWorkspaceSchema.IN_HUB,
      AzureMLComputeSchema.INSTANCE_IN_WORKSPACE,
      AzureMLComputeSchema.CLUSTER_IN_WORKSPACE,
      AzureMLComputeSchema.INSTANCE_RUNS_AS,
      AzureMLComputeSchema.CLUSTER_RUNS_AS,
      AzureMLComputeSchema.INSTANCE_IN_SUBNET,
      AzureMLComputeSchema.CLUSTER_IN_SUBNET,
      AzureMLComputeSchema.INSTANCE_HAS_SECURITY_GROUP,
      AzureMLComputeSchema.CLUSTER_HAS_SECURITY_GROUP,
      AzureMLComputeSchema.INTERNET_CAN_REACH_INSTANCE,
      AzureMLComputeSchema.INTERNET_CAN_REACH_CLUSTER,
      AzureMLComputeSchema.INSTANCE_USES_PACKAGE,
      AzureMLComputeSchema.INSTANCE_USES_AI,
      AzureMLOnlineEndpointSchema.SERVED_BY,
      AzureMLOnlineEndpointSchema.IN_WORKSPACE,
      AzureMLOnlineEndpointSchema.RUNS_AS,
      AzureMLOnlineEndpointSchema.INTERNET_CAN_REACH,
      AzureMLOnlineDeploymentSchema.SERVED_BY,
      AzureMLOnlineDeploymentSchema.USES_MODEL,
      AzureMLOnlineDeploymentSchema.USES_ENVIRONMENT,
      AzureMLBatchEndpointSchema.SERVED_BY,
      AzureMLBatchEndpointSchema.IN_WORKSPACE,
      AzureMLBatchEndpointSchema.RUNS_AS,
      AzureMLBatchEndpointSchema.INTERNET_CAN_REACH,
      AzureMLBatchDeploymentSchema.SERVED_BY,
      AzureMLBatchDeploymentSchema.USES_MODEL,
      AzureMLBatchDeploymentSchema.USES_ENVIRONMENT,
      AzureMLBatchDeploymentSchema.RUNS_ON,
      AzureMLModelVersionSchema.USES_ARTIFACT,
      AzureMLModelVersionSchema.IN_WORKSPACE,
      AzureMLDatastoreSchema.POINTS_TO,
      AzureMLDatastoreSchema.IN_WORKSPACE,
      AzureMLJobSchema.READS,
      AzureMLJobSchema.WRITES,
      AzureMLJobSchema.PRODUCED,
      AzureMLJobSchema.RUNS_ON,
      AzureMLJobSchema.IN_WORKSPACE,
      AzureMLDataAssetSchema.READS,
      AzureMLDataAssetSchema.IN_WORKSPACE,
      AzureMLDataAssetSchema.USED_BY_JOB,
      AzureMLConnectionSchema.IN_WORKSPACE,
      AzureMLConnectionSchema.CONNECTS_TO,
      AzureMLRegistrySchema.RUNS_AS,
      AzureMLEnvironmentSchema.IN_WORKSPACE,
      AzureCognitiveAccountSchema.RUNS_AS,
      AzureCognitiveAccountSchema.INTERNET_CAN_REACH,
      AzureCognitiveDeploymentSchema.SERVED_BY,
      AzureCognitiveDeploymentSchema.PROTECTED_BY,
      AzureContainerImageSchema.IN_REGISTRY,
      AzureContainerImageSchema.USES_PACKAGE,
      AzureContainerImageSchema.USES_AI,
      AzureFunctionAppSchema.RUNS_AS,
      AzureFunctionAppSchema.USES_PACKAGE,
      AzureFunctionAppSchema.USES_AI,
      AzureFunctionAppSchema.RUNS_IMAGE,
      AzureMLEnvironmentSchema.RUNS_IMAGE,
      AzureMLOnlineDeploymentSchema.RUNS_IMAGE,
      AzureMLBatchDeploymentSchema.RUNS_IMAGE,
      AzureFunctionAppSchema.INTERNET_CAN_REACH,
      AzureContainerAppSchema.RUNS_AS,
      AzureContainerAppSchema.USES_AI,
      AzureContainerAppSchema.RUNS_IMAGE,
      AzureContainerAppSchema.INTERNET_CAN_REACH,
      AzureContainerAppJobSchema.RUNS_AS,
      AzureContainerAppJobSchema.USES_AI,
      AzureContainerAppJobSchema.RUNS_IMAGE,
      AzureVirtualMachineSchema.RUNS_AS,
      AzureVirtualMachineSchema.USES_AI,
      AzureVirtualMachineSchema.USES_PACKAGE,
      AzureVirtualMachineSchema.IN_SUBNET,
      AzureVirtualMachineSchema.HAS_SECURITY_GROUP,
      AzureVirtualMachineSchema.INTERNET_CAN_REACH,
      AzureVirtualMachineScaleSetSchema.RUNS_AS,
      AzureVirtualMachineScaleSetSchema.USES_AI,
      AzureVirtualMachineScaleSetSchema.USES_PACKAGE,
      AzureVirtualMachineScaleSetSchema.IN_SUBNET,
      AzureVirtualMachineScaleSetSchema.HAS_SECURITY_GROUP,
      AzureVirtualMachineScaleSetSchema.INTERNET_CAN_REACH);
}
