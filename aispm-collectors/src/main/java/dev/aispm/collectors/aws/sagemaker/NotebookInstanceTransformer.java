package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceResponse;

/**
 * Turns DescribeNotebookInstance answers into notebook nodes, their role, their network placement
 * and internet exposure. A notebook is reachable from the internet when SageMaker gives it direct
 * internet access, or when its subnet routes to an internet gateway and one of its security
 * groups admits 0.0.0.0/0 or ::/0.
 */
public final class NotebookInstanceTransformer {
  private NotebookInstanceTransformer() {}

  /**
   * @param tags    tags by resource id; a missing entry means the tags could not be read
   * @param network the region's subnets and security groups ({@link NetworkView#unknown()} when unread)
   */
  public static WriteBatch transform(List<DescribeNotebookInstanceResponse> raw, NetworkView network,
      Map<String, List<String>> tags, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (DescribeNotebookInstanceResponse nb : raw) {
      String name = nb.notebookInstanceName();
      String id = nb.notebookInstanceArn() != null ? nb.notebookInstanceArn()
          : name == null ? null : AwsIds.sagemakerArn(scope.region(), scope.account(), "notebook-instance", name);
      if (id == null) {
        continue;
      }
      Boolean internet = AwsIds.enabled(nb.directInternetAccessAsString());
      List<String> groups = nb.hasSecurityGroups() ? nb.securityGroups() : List.of();
      NetworkView.Exposure exposure = nb.subnetId() == null ? null : network.exposure(List.of(nb.subnetId()), groups);
      Boolean reachable = reachable(internet, nb.subnetId(), exposure);
      out.node(NotebookInstanceSchema.NODE, NodeRecord.of(id, scope)
          .set("name", name)
          .set("status", nb.notebookInstanceStatusAsString())
          .set("instanceType", nb.instanceTypeAsString())
          .set("directInternetAccess", internet)
          .set("rootAccess", AwsIds.enabled(nb.rootAccessAsString()))
          .set("subnetId", nb.subnetId())
          .set("securityGroupIds", nb.hasSecurityGroups() ? nb.securityGroups() : null)
          .set("kmsKeyId", nb.kmsKeyId())
          .set("lifecycleConfigName", nb.notebookInstanceLifecycleConfigName())
          .set("platformIdentifier", nb.platformIdentifier())
          .set("minimumImdsVersion", nb.instanceMetadataServiceConfiguration() == null ? null
              : nb.instanceMetadataServiceConfiguration().minimumInstanceMetadataServiceVersion())
          .set("url", nb.url())
          .set("internetReachable", reachable)
          .set("tags", tags.get(id))
          .set("createdAt", nb.creationTime())
          .build());
      if (nb.roleArn() != null) {
        out.rel(NotebookInstanceSchema.RUNS_AS, AwsIds.toRole(id, nb.roleArn(), scope));
      }
      if (nb.notebookInstanceLifecycleConfigName() != null) {
        String config = nb.notebookInstanceLifecycleConfigName();
        out.rel(NotebookInstanceSchema.USES_LIFECYCLE_CONFIG, RelRecord.of(id,
            LifecycleConfigTransformer.id(scope, config), scope).withTargetStub(Map.of("name", config)));
      }
      if (nb.subnetId() != null) {
        NetworkPlacement.link(out, id, List.of(nb.subnetId()), groups, network, scope,
            NotebookInstanceSchema.IN_SUBNET, NotebookInstanceSchema.HAS_SECURITY_GROUP);
      }
      if (Boolean.TRUE.equals(internet)) {
        NetworkPlacement.reachable(out, NotebookInstanceSchema.INTERNET_CAN_REACH, id, "directInternetAccess",
            null, scope);
      } else if (exposure != null && Boolean.TRUE.equals(exposure.reachable())) {
        NetworkPlacement.reachable(out, NotebookInstanceSchema.INTERNET_CAN_REACH, id, "securityGroupOpenToWorld",
            exposure, scope);
      }
    }
    return out;
  }

  /**
   * True with direct internet access or an open network path; false when neither holds; null when
   * direct access is unknown or the network facts are, and nothing else settles it.
   */
  static Boolean reachable(Boolean direct, String subnetId, NetworkView.Exposure exposure) {
    if (Boolean.TRUE.equals(direct) || exposure != null && Boolean.TRUE.equals(exposure.reachable())) {
      return true;
    }
    if (direct == null) {
      return null;
    }
    // SageMaker only lets direct internet access be disabled for a notebook placed in a subnet.
    return subnetId == null ? Boolean.FALSE : exposure.reachable();
  }
}
