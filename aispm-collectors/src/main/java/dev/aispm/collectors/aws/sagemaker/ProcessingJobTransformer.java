package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.s3.S3Nodes;
import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.ProcessingJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ProcessingInput;
import software.amazon.awssdk.services.sagemaker.model.ProcessingOutput;

/** Turns DescribeProcessingJob answers into job nodes with the S3 prefixes they read and write. */
public final class ProcessingJobTransformer {
  private ProcessingJobTransformer() {}

  /**
   * @param network the region's subnets and security groups, to link the job's VPC placement
   * @param tags    tags by resource id; a missing entry means the tags could not be read
   */
  public static WriteBatch transform(List<DescribeProcessingJobResponse> raw, NetworkView network,
      Map<String, List<String>> tags, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (DescribeProcessingJobResponse job : raw) {
      String name = job.processingJobName();
      String id = job.processingJobArn() != null ? job.processingJobArn()
          : name == null ? null : AwsIds.sagemakerArn(scope.region(), scope.account(), "processing-job", name);
      if (id == null) {
        continue;
      }
      List<String> inputs = new ArrayList<>();
      for (ProcessingInput in : job.processingInputs()) {
        if (in.s3Input() != null && in.s3Input().s3Uri() != null) {
          inputs.add(in.s3Input().s3Uri());
        }
      }
      List<String> outputs = new ArrayList<>();
      if (job.processingOutputConfig() != null) {
        for (ProcessingOutput o : job.processingOutputConfig().outputs()) {
          if (o.s3Output() != null && o.s3Output().s3Uri() != null) {
            outputs.add(o.s3Output().s3Uri());
          }
        }
      }
      var net = job.networkConfig();
      var vpc = net == null ? null : net.vpcConfig();
      var cluster = job.processingResources() == null ? null : job.processingResources().clusterConfig();
      out.node(ProcessingJobSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope),
              SageMakerSettings.processingJob(job))
          .set("name", name)
          .set("status", job.processingJobStatusAsString())
          .set("image", job.appSpecification() == null ? null : job.appSpecification().imageUri())
          // An absent network configuration means SageMaker's defaults: no isolation, no encryption.
          .set("networkIsolation", net == null ? Boolean.FALSE : net.enableNetworkIsolation())
          .set("interContainerEncryption", net == null ? Boolean.FALSE : net.enableInterContainerTrafficEncryption())
          .set("volumeKmsKeyId", cluster == null ? null : cluster.volumeKmsKeyId())
          .set("outputKmsKeyId", job.processingOutputConfig() == null ? null : job.processingOutputConfig().kmsKeyId())
          .set("subnetIds", vpc == null || vpc.subnets().isEmpty() ? null : vpc.subnets())
          .set("inputUris", inputs.isEmpty() ? null : inputs)
          .set("outputUris", outputs.isEmpty() ? null : outputs)
          .set("createdAt", job.creationTime())
          .set("tags", tags.get(id))
          .build());
      if (job.roleArn() != null) {
        out.rel(ProcessingJobSchema.RUNS_AS, AwsIds.toRole(id, job.roleArn(), scope));
      }
      if (vpc != null) {
        NetworkPlacement.link(out, id, vpc.subnets(), vpc.securityGroupIds(), network, scope,
            ProcessingJobSchema.IN_SUBNET, ProcessingJobSchema.HAS_SECURITY_GROUP);
      }
      for (String in : inputs) {
        if (S3Nodes.prefix(out, in, scope)) {
          out.rel(ProcessingJobSchema.READS, RelRecord.of(id, in, scope));
        }
      }
      for (String o : outputs) {
        if (S3Nodes.prefix(out, o, scope)) {
          out.rel(ProcessingJobSchema.WRITES, RelRecord.of(id, o, scope));
        }
      }
    }
    return out;
  }
}
