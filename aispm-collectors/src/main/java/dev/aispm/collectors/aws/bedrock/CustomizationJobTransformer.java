package dev.aispm.collectors.aws.bedrock;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.s3.S3Nodes;
import dev.aispm.graph.schema.aws.bedrock.CustomizationJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.bedrock.model.GetModelCustomizationJobResponse;
import software.amazon.awssdk.services.bedrock.model.ValidationDataConfig;
import software.amazon.awssdk.services.bedrock.model.Validator;

/**
 * Turns GetModelCustomizationJob answers into job nodes with their lineage: the training and
 * validation prefixes read, the output prefix written, the role, and the custom model produced.
 */
public final class CustomizationJobTransformer {
  private CustomizationJobTransformer() {}

  public static WriteBatch transform(List<GetModelCustomizationJobResponse> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (GetModelCustomizationJobResponse job : raw) {
      String id = job.jobArn();
      if (id == null) {
        continue;
      }
      String training = job.trainingDataConfig() == null ? null : job.trainingDataConfig().s3Uri();
      List<String> validation = validationUris(job.validationDataConfig());
      String output = job.outputDataConfig() == null ? null : job.outputDataConfig().s3Uri();
      boolean vpc = job.vpcConfig() != null && job.vpcConfig().hasSubnetIds() && !job.vpcConfig().subnetIds().isEmpty();
      out.node(CustomizationJobSchema.NODE, NodeRecord.of(id, scope)
          .set("name", job.jobName())
          .set("status", job.statusAsString())
          .set("customizationType", job.customizationTypeAsString())
          .set("baseModelArn", job.baseModelArn())
          .set("outputModelName", job.outputModelName())
          .set("outputModelArn", job.outputModelArn())
          .set("outputKmsKeyId", job.outputModelKmsKeyArn())
          .set("outputEncryptedWithCmk", job.outputModelKmsKeyArn() != null)
          .set("subnetIds", vpc ? job.vpcConfig().subnetIds() : null)
          .set("securityGroupIds", vpc && job.vpcConfig().hasSecurityGroupIds() ? job.vpcConfig().securityGroupIds() : null)
          .set("inVpc", vpc)
          .set("trainingDataUri", training)
          .set("validationDataUris", validation.isEmpty() ? null : validation)
          .set("outputDataUri", output)
          .set("createdAt", job.creationTime())
          .build());
      if (job.roleArn() != null) {
        out.rel(CustomizationJobSchema.RUNS_AS, AwsIds.toRole(id, job.roleArn(), scope));
      }
      List<String> inputs = new ArrayList<>();
      if (training != null) {
        inputs.add(training);
      }
      inputs.addAll(validation);
      for (String in : inputs) {
        if (S3Nodes.prefix(out, in, scope)) {
          out.rel(CustomizationJobSchema.READS, RelRecord.of(id, in, scope));
        }
      }
      if (S3Nodes.prefix(out, output, scope)) {
        out.rel(CustomizationJobSchema.WRITES, RelRecord.of(id, output, scope));
      }
      if (job.outputModelArn() != null) {
        out.rel(CustomizationJobSchema.PRODUCED, RelRecord.of(id, job.outputModelArn(), scope).withTargetStub(
            Map.of("name", job.outputModelName() != null ? job.outputModelName() : AwsIds.nameOfArn(job.outputModelArn()))));
      }
    }
    return out;
  }

  /** The S3 URIs of a validation data configuration, in order; empty when there is none. */
  static List<String> validationUris(ValidationDataConfig config) {
    List<String> uris = new ArrayList<>();
    if (config != null && config.hasValidators()) {
      for (Validator v : config.validators()) {
        if (v != null && v.s3Uri() != null) {
          uris.add(v.s3Uri());
        }
      }
    }
    return uris;
  }
}
