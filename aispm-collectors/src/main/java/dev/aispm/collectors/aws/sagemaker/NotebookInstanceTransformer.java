package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.aws.Records;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceResponse;

/** Turns DescribeNotebookInstance answers into notebook nodes, their role and internet exposure. */
public final class NotebookInstanceTransformer {
  private NotebookInstanceTransformer() {}

  public static Records transform(List<DescribeNotebookInstanceResponse> raw, ScopeKey scope) {
    Records out = new Records();
    for (DescribeNotebookInstanceResponse nb : raw) {
      String name = nb.notebookInstanceName();
      String id = nb.notebookInstanceArn() != null ? nb.notebookInstanceArn()
          : name == null ? null : AwsIds.sagemakerArn(scope.region(), scope.account(), "notebook-instance", name);
      if (id == null) {
        continue;
      }
      Boolean internet = AwsIds.enabled(nb.directInternetAccessAsString());
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
          .set("createdAt", nb.creationTime())
          .build());
      if (nb.roleArn() != null) {
        out.rel(NotebookInstanceSchema.RUNS_AS, AwsIds.toRole(id, nb.roleArn(), scope));
      }
      if (Boolean.TRUE.equals(internet)) {
        out.node(CommonSchemas.INTERNET, AwsIds.internet());
        out.rel(NotebookInstanceSchema.INTERNET_CAN_REACH, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope,
            java.util.Map.of("via", "directInternetAccess")));
      }
    }
    return out;
  }
}
