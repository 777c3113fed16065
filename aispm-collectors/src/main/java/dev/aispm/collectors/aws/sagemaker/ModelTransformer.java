package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.s3.S3Nodes;
import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.ModelPackageSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;

/** Turns DescribeModel answers into model nodes linked to their role and artifacts. */
public final class ModelTransformer {
  private ModelTransformer() {}

  /**
   * @param network the region's subnets and security groups, to link the containers' VPC placement
   * @param tags    tags by resource id; a missing entry means the tags could not be read
   */
  public static WriteBatch transform(List<DescribeModelResponse> raw, NetworkView network,
      Map<String, List<String>> tags, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (DescribeModelResponse m : raw) {
      String id = modelId(m, scope);
      if (id == null) {
        continue;
      }
      List<ContainerDefinition> containers = containers(m);
      ContainerDefinition primary = containers.isEmpty() ? null : containers.get(0);
      out.node(ModelSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope), SageMakerSettings.model(m))
          .set("name", m.modelName())
          .set("image", primary == null ? null : primary.image())
          .set("containerImages", images(containers))
          .set("modelDataUrl", primary == null ? null : primary.modelDataUrl())
          .set("modelPackageName", primary == null ? null : primary.modelPackageName())
          .set("networkIsolation", m.enableNetworkIsolation())
          .set("subnetIds", m.vpcConfig() == null || !m.vpcConfig().hasSubnets() ? null : m.vpcConfig().subnets())
          .set("tags", tags.get(id))
          .set("createdAt", m.creationTime())
          .build());
      if (m.vpcConfig() != null) {
        NetworkPlacement.link(out, id, m.vpcConfig().subnets(), m.vpcConfig().securityGroupIds(), network,
            scope, ModelSchema.IN_SUBNET, ModelSchema.HAS_SECURITY_GROUP);
      }
      if (m.executionRoleArn() != null) {
        out.rel(ModelSchema.RUNS_AS, AwsIds.toRole(id, m.executionRoleArn(), scope));
      }
      for (ContainerDefinition c : containers) {
        if (c.modelPackageName() != null) {
          out.rel(ModelPackageSchema.MODEL_FROM_PACKAGE, RelRecord.of(id,
              ModelPackageTransformer.packageId(scope, c.modelPackageName()), scope)
              .withTargetStub(Map.of("name", AwsIds.nameOfArn(c.modelPackageName()))));
        }
        String url = c.modelDataUrl();
        if (url != null && S3Nodes.artifact(out, url, scope)) {
          out.rel(ModelSchema.USES_ARTIFACT, RelRecord.of(id, url, scope));
        }
      }
    }
    return out;
  }

  /** Every container's image, in order, without repeats; null when no container names one. */
  static List<String> images(List<ContainerDefinition> containers) {
    List<String> out = containers.stream().map(ContainerDefinition::image).filter(java.util.Objects::nonNull)
        .distinct().toList();
    return out.isEmpty() ? null : out;
  }

  /** The containers of a model: the primary one, or the inference pipeline's. */
  static List<ContainerDefinition> containers(DescribeModelResponse m) {
    List<ContainerDefinition> containers = new ArrayList<>();
    if (m.primaryContainer() != null) {
      containers.add(m.primaryContainer());
    }
    if (m.hasContainers()) {
      containers.addAll(m.containers());
    }
    return containers;
  }

  static String modelId(DescribeModelResponse m, ScopeKey scope) {
    if (m.modelArn() != null) {
      return m.modelArn();
    }
    return m.modelName() == null ? null : AwsIds.sagemakerArn(scope.region(), scope.account(), "model", m.modelName());
  }
}
