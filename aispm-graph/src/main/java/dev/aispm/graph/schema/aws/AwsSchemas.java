package dev.aispm.graph.schema.aws;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.account.AwsAccountSchema;
import dev.aispm.graph.schema.aws.bedrock.ActionGroupSchema;
import dev.aispm.graph.schema.aws.bedrock.AgentAliasSchema;
import dev.aispm.graph.schema.aws.bedrock.AgentSchema;
import dev.aispm.graph.schema.aws.bedrock.CustomModelSchema;
import dev.aispm.graph.schema.aws.bedrock.CustomizationJobSchema;
import dev.aispm.graph.schema.aws.bedrock.DataSourceSchema;
import dev.aispm.graph.schema.aws.bedrock.FoundationModelSchema;
import dev.aispm.graph.schema.aws.bedrock.GuardrailSchema;
import dev.aispm.graph.schema.aws.bedrock.ImportedModelSchema;
import dev.aispm.graph.schema.aws.bedrock.GuardrailCoverageSchema;
import dev.aispm.graph.schema.aws.bedrock.InvocationLoggingSchema;
import dev.aispm.graph.schema.aws.bedrock.KnowledgeBaseSchema;
import dev.aispm.graph.schema.aws.bedrock.ProvisionedThroughputSchema;
import dev.aispm.graph.schema.aws.ec2.InstanceSchema;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.ecr.ContainerImageSchema;
import dev.aispm.graph.schema.aws.ecs.ServiceSchema;
import dev.aispm.graph.schema.aws.elb.LoadBalancerSchema;
import dev.aispm.graph.schema.aws.ecs.TaskDefinitionSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.ec2.VpcSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.schema.aws.s3.BucketSchema;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;
import dev.aispm.graph.schema.aws.sagemaker.DomainSchema;
import dev.aispm.graph.schema.aws.sagemaker.AppSchema;
import dev.aispm.graph.schema.aws.sagemaker.EndpointSchema;
import dev.aispm.graph.schema.aws.sagemaker.HyperParameterTuningJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelPackageGroupSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelPackageSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelSchema;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.schema.aws.sagemaker.NotebookLifecycleConfigSchema;
import dev.aispm.graph.schema.aws.sagemaker.StudioLifecycleConfigSchema;
import dev.aispm.graph.schema.aws.sagemaker.PipelineSchema;
import dev.aispm.graph.schema.aws.sagemaker.ProcessingJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.TransformJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.SpaceSchema;
import dev.aispm.graph.schema.aws.sagemaker.TrainingJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.UserProfileSchema;
import java.util.List;

/** Every AWS node and relationship type; a new resource type is added to these lists. */
public final class AwsSchemas {
  private AwsSchemas() {}

  public static final List<NodeSchema> NODES = List.of(
      AwsAccountSchema.NODE,
      RoleSchema.NODE,
      BucketSchema.NODE,
      DataPrefixSchema.NODE,
      ModelArtifactSchema.NODE,
      NotebookInstanceSchema.NODE,
      TrainingJobSchema.NODE,
      ModelSchema.NODE,
      EndpointSchema.NODE,
      // Bedrock, Bedrock Agents and the Lambda functions agents call.
      FoundationModelSchema.NODE,
      CustomModelSchema.NODE,
      CustomizationJobSchema.NODE,
      ImportedModelSchema.NODE,
      ProvisionedThroughputSchema.NODE,
      GuardrailSchema.NODE,
      InvocationLoggingSchema.NODE,
      GuardrailCoverageSchema.NODE,
      KnowledgeBaseSchema.NODE,
      DataSourceSchema.NODE,
      AgentSchema.NODE,
      ActionGroupSchema.NODE,
      AgentAliasSchema.NODE,
      LambdaFunctionSchema.NODE,
      ContainerImageSchema.NODE,
      InstanceSchema.NODE,
      TaskDefinitionSchema.NODE,
      ServiceSchema.NODE,
      LoadBalancerSchema.NODE,
      VpcSchema.NODE,
      SubnetSchema.NODE,
      SecurityGroupSchema.NODE,
      NotebookLifecycleConfigSchema.NODE,
      StudioLifecycleConfigSchema.NODE,
      DomainSchema.NODE,
      UserProfileSchema.NODE,
      ProcessingJobSchema.NODE,
      ModelPackageGroupSchema.NODE,
      ModelPackageSchema.NODE,
      PipelineSchema.NODE,
      SpaceSchema.NODE,
      AppSchema.NODE,
      HyperParameterTuningJobSchema.NODE,
      TransformJobSchema.NODE);

  public static final List<RelSchema> RELS = List.of(
      RoleSchema.CAN_WRITE,
      RoleSchema.CAN_READ,
      DataPrefixSchema.IN_BUCKET,
      DataPrefixSchema.USES_PACKAGE,
      DataPrefixSchema.USES_AI,
      ModelArtifactSchema.IN_BUCKET,
      ModelArtifactSchema.USES_PACKAGE,
      ModelArtifactSchema.USES_AI,
      NotebookInstanceSchema.RUNS_AS,
      NotebookInstanceSchema.INTERNET_CAN_REACH,
      TrainingJobSchema.RUNS_AS,
      TrainingJobSchema.READS,
      TrainingJobSchema.WRITES,
      TrainingJobSchema.PRODUCED,
      TrainingJobSchema.USES_PACKAGE,
      TrainingJobSchema.USES_AI,
      NotebookLifecycleConfigSchema.USES_PACKAGE,
      NotebookLifecycleConfigSchema.USES_AI,
      StudioLifecycleConfigSchema.USES_PACKAGE,
      StudioLifecycleConfigSchema.USES_AI,
      StudioLifecycleConfigSchema.DOMAIN_USES,
      StudioLifecycleConfigSchema.USER_PROFILE_USES,
      ModelSchema.RUNS_AS,
      ModelSchema.USES_ARTIFACT,
      ModelSchema.RUNS_IMAGE,
      ModelSchema.USES_AI,
      ModelSchema.USES_PACKAGE,
      EndpointSchema.SERVED_BY,
      EndpointSchema.INTERNET_CAN_REACH,
      // Bedrock, Bedrock Agents and the Lambda functions agents call.
      CustomModelSchema.FINE_TUNED_FROM,
      CustomizationJobSchema.RUNS_AS,
      CustomizationJobSchema.READS,
      CustomizationJobSchema.WRITES,
      CustomizationJobSchema.PRODUCED,
      ImportedModelSchema.USES_ARTIFACT,
      ProvisionedThroughputSchema.SERVES_CUSTOM,
      ProvisionedThroughputSchema.SERVES_IMPORTED,
      InvocationLoggingSchema.LOGS_TO,
      KnowledgeBaseSchema.RUNS_AS,
      KnowledgeBaseSchema.EMBEDS_WITH,
      KnowledgeBaseSchema.AGENT_USES,
      DataSourceSchema.HAS_DATA_SOURCE,
      DataSourceSchema.READS,
      AgentSchema.RUNS_AS,
      AgentSchema.PROTECTED_BY,
      AgentSchema.USES_MODEL,
      ActionGroupSchema.HAS_ACTION_GROUP,
      ActionGroupSchema.INVOKES,
      AgentAliasSchema.ALIAS_OF,
      LambdaFunctionSchema.RUNS_AS,
      LambdaFunctionSchema.RUNS_IMAGE,
      LambdaFunctionSchema.USES_PACKAGE,
      LambdaFunctionSchema.USES_AI,
      LambdaFunctionSchema.INTERNET_CAN_REACH,
      ContainerImageSchema.USES_PACKAGE,
      ContainerImageSchema.USES_AI,
      InstanceSchema.RUNS_AS,
      InstanceSchema.USES_AI,
      InstanceSchema.USES_PACKAGE,
      InstanceSchema.INTERNET_CAN_REACH,
      InstanceSchema.IN_SUBNET,
      InstanceSchema.HAS_SECURITY_GROUP,
      TaskDefinitionSchema.RUNS_AS,
      TaskDefinitionSchema.RUNS_IMAGE,
      TaskDefinitionSchema.USES_AI,
      TaskDefinitionSchema.USES_PACKAGE,
      ServiceSchema.RUNS_TASK_DEFINITION,
      ServiceSchema.RUNS_AS,
      ServiceSchema.RUNS_IMAGE,
      ServiceSchema.USES_AI,
      ServiceSchema.USES_PACKAGE,
      ServiceSchema.IN_SUBNET,
      ServiceSchema.HAS_SECURITY_GROUP,
      ServiceSchema.INTERNET_CAN_REACH,
      LoadBalancerSchema.FORWARDS_TO,
      LoadBalancerSchema.HAS_SECURITY_GROUP,
      SubnetSchema.IN_VPC,
      SecurityGroupSchema.IN_VPC,
      NotebookInstanceSchema.IN_SUBNET,
      NotebookInstanceSchema.HAS_SECURITY_GROUP,
      TrainingJobSchema.IN_SUBNET,
      TrainingJobSchema.HAS_SECURITY_GROUP,
      ModelSchema.IN_SUBNET,
      ModelSchema.HAS_SECURITY_GROUP,
      EndpointSchema.IN_SUBNET,
      EndpointSchema.HAS_SECURITY_GROUP,
      NotebookInstanceSchema.USES_LIFECYCLE_CONFIG,
      DomainSchema.RUNS_AS,
      DomainSchema.IN_SUBNET,
      DomainSchema.HAS_SECURITY_GROUP,
      DomainSchema.INTERNET_CAN_REACH,
      UserProfileSchema.IN_DOMAIN,
      UserProfileSchema.RUNS_AS,
      ProcessingJobSchema.RUNS_AS,
      ProcessingJobSchema.READS,
      ProcessingJobSchema.WRITES,
      ProcessingJobSchema.IN_SUBNET,
      ProcessingJobSchema.HAS_SECURITY_GROUP,
      ModelPackageSchema.IN_GROUP,
      ModelPackageSchema.USES_ARTIFACT,
      ModelPackageSchema.MODEL_FROM_PACKAGE,
      PipelineSchema.RUNS_AS,
      SpaceSchema.IN_DOMAIN,
      SpaceSchema.OWNED_BY,
      AppSchema.IN_DOMAIN,
      AppSchema.APP_OF_USER,
      AppSchema.APP_OF_SPACE,
      HyperParameterTuningJobSchema.RUNS_AS,
      HyperParameterTuningJobSchema.READS,
      HyperParameterTuningJobSchema.WRITES,
      HyperParameterTuningJobSchema.IN_SUBNET,
      HyperParameterTuningJobSchema.HAS_SECURITY_GROUP);
}
