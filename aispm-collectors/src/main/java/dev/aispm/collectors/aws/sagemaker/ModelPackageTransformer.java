package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.s3.S3Nodes;
import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.sagemaker.ModelPackageGroupSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelPackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageGroupSummary;

/** Turns the model registry into group and package nodes with their approval status and artifacts. */
public final class ModelPackageTransformer {
  private ModelPackageTransformer() {}

  /** @param tags tags by resource id; a missing entry means the tags could not be read */
  public static WriteBatch transform(List<ModelPackageGroupSummary> groups, List<DescribeModelPackageResponse> packages,
      Map<String, List<String>> tags, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (ModelPackageGroupSummary g : groups) {
      String id = g.modelPackageGroupArn() != null ? g.modelPackageGroupArn() : g.modelPackageGroupName() == null
          ? null : groupId(scope, g.modelPackageGroupName());
      if (id == null) {
        continue;
      }
      out.node(ModelPackageGroupSchema.NODE, NodeRecord.of(id, scope)
          .set("name", g.modelPackageGroupName())
          .set("status", g.modelPackageGroupStatusAsString())
          .set("description", g.modelPackageGroupDescription())
          .set("createdAt", g.creationTime())
          .set("tags", tags.get(id))
          .build());
    }
    for (DescribeModelPackageResponse p : packages) {
      String id = p.modelPackageArn() != null ? p.modelPackageArn() : p.modelPackageName() == null ? null
          : packageId(scope, p.modelPackageName());
      if (id == null) {
        continue;
      }
      List<ModelPackageContainerDefinition> containers = p.inferenceSpecification() == null ? List.of()
          : p.inferenceSpecification().containers();
      ModelPackageContainerDefinition first = containers.isEmpty() ? null : containers.get(0);
      out.node(ModelPackageSchema.NODE, NodeRecord.of(id, scope)
          .set("name", p.modelPackageName())
          .set("groupName", p.modelPackageGroupName())
          .set("version", p.modelPackageVersion())
          .set("approvalStatus", p.modelApprovalStatusAsString())
          .set("status", p.modelPackageStatusAsString())
          .set("image", first == null ? null : first.image())
          .set("modelDataUrl", first == null ? null : first.modelDataUrl())
          .set("createdAt", p.creationTime())
          .set("tags", tags.get(id))
          .build());
      if (p.modelPackageGroupName() != null) {
        out.rel(ModelPackageSchema.IN_GROUP, RelRecord.of(id, groupId(scope, p.modelPackageGroupName()), scope)
            .withTargetStub(Map.of("name", p.modelPackageGroupName())));
      }
      for (ModelPackageContainerDefinition c : containers) {
        if (c.modelDataUrl() != null && S3Nodes.artifact(out, c.modelDataUrl(), scope)) {
          out.rel(ModelPackageSchema.USES_ARTIFACT, RelRecord.of(id, c.modelDataUrl(), scope));
        }
      }
    }
    return out;
  }

  static String groupId(ScopeKey scope, String name) {
    return AwsIds.sagemakerArn(scope.region(), scope.account(), "model-package-group", name);
  }

  /** A package named by ARN keeps it; a bare name (unversioned package) gets the region's ARN. */
  static String packageId(ScopeKey scope, String nameOrArn) {
    return nameOrArn.startsWith("arn:") ? nameOrArn
        : AwsIds.sagemakerArn(scope.region(), scope.account(), "model-package", nameOrArn);
  }
}
