package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.s3.S3Nodes;
import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.aws.sagemaker.TrainingJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/**
 * Turns DescribeTrainingJob answers into job nodes with their data lineage: the prefixes each
 * input channel reads, the output prefix, and the model artifact the job produced; and, when the
 * job's script-mode source package was read, the AI packages it pins and the AI use its code shows.
 */
public final class TrainingJobTransformer {
  private TrainingJobTransformer() {}

  /**
   * @param network the region's subnets and security groups, to link the job's VPC placement
   * @param tags    tags by resource id; a missing entry means the tags could not be read
   */
  public static WriteBatch transform(List<DescribeTrainingJobResponse> raw, NetworkView network,
      Map<String, List<String>> tags, ScopeKey scope) {
    return transform(raw, network, tags, Map.of(), scope);
  }

  /**
   * @param code what reading each job's source package found, or why it was not read, by job ARN;
   *             a job without an entry had no package to read
   */
  public static WriteBatch transform(List<DescribeTrainingJobResponse> raw, NetworkView network,
      Map<String, List<String>> tags, Map<String, CodeReport> code, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (DescribeTrainingJobResponse job : raw) {
      String name = job.trainingJobName();
      String id = job.trainingJobArn() != null ? job.trainingJobArn()
          : name == null ? null : AwsIds.sagemakerArn(scope.region(), scope.account(), "training-job", name);
      if (id == null) {
        continue;
      }
      List<String> inputs = new ArrayList<>();
      if (job.hasInputDataConfig()) {
        for (Channel c : job.inputDataConfig()) {
          if (c.dataSource() != null && c.dataSource().s3DataSource() != null) {
            inputs.add(c.dataSource().s3DataSource().s3Uri());
          }
        }
      }
      String output = job.outputDataConfig() == null ? null : job.outputDataConfig().s3OutputPath();
      String artifact = job.modelArtifacts() == null ? null : job.modelArtifacts().s3ModelArtifacts();
      CodeReport source = code.get(id);
      out.node(TrainingJobSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope),
              SageMakerSettings.trainingJob(job))
          .set("name", name)
          .set("status", job.trainingJobStatusAsString())
          .set("algorithmImage", job.algorithmSpecification() == null ? null : job.algorithmSpecification().trainingImage())
          .set("networkIsolation", job.enableNetworkIsolation())
          .set("interContainerEncryption", job.enableInterContainerTrafficEncryption())
          .set("volumeKmsKeyId", job.resourceConfig() == null ? null : job.resourceConfig().volumeKmsKeyId())
          .set("outputKmsKeyId", job.outputDataConfig() == null ? null : job.outputDataConfig().kmsKeyId())
          .set("subnetIds", job.vpcConfig() == null || !job.vpcConfig().hasSubnets() ? null : job.vpcConfig().subnets())
          .set("inputUris", inputs.isEmpty() ? null : inputs)
          .set("outputUri", output)
          .set("modelArtifactUri", artifact)
          .set("tags", tags.get(id))
          .set("createdAt", job.creationTime())
          // The provenance rules compare the inputs' last-modified times with this.
          .set("endedAt", job.trainingEndTime())
          .set("sourceUri", TrainingJobSource.location(job).map(TrainingJobSource.S3Location::uri).orElse(null))
          .set("codeScan", source == null ? null : source.status())
          .set("codeScanError", source == null ? null : source.error())
          .set("codeScanFindings", source == null || !source.status().equals(CodeReport.SCANNED) ? null
              : source.contentFindings())
          .build());
      if (source != null) {
        SupplyChainGraph.write(out, id, source, scope, TrainingJobSchema.USES_PACKAGE, TrainingJobSchema.USES_AI,
            "sagemaker");
      }
      if (job.vpcConfig() != null) {
        NetworkPlacement.link(out, id, job.vpcConfig().subnets(), job.vpcConfig().securityGroupIds(), network,
            scope, TrainingJobSchema.IN_SUBNET, TrainingJobSchema.HAS_SECURITY_GROUP);
      }
      if (job.roleArn() != null) {
        out.rel(TrainingJobSchema.RUNS_AS, AwsIds.toRole(id, job.roleArn(), scope));
      }
      for (String in : inputs) {
        if (S3Nodes.prefix(out, in, scope)) {
          out.rel(TrainingJobSchema.READS, RelRecord.of(id, in, scope));
        }
      }
      if (S3Nodes.prefix(out, output, scope)) {
        out.rel(TrainingJobSchema.WRITES, RelRecord.of(id, output, scope));
      }
      if (S3Nodes.artifact(out, artifact, scope)) {
        out.rel(TrainingJobSchema.PRODUCED, RelRecord.of(id, artifact, scope));
      }
    }
    return out;
  }
}
