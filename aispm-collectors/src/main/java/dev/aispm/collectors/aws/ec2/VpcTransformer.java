package dev.aispm.collectors.aws.ec2;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.ec2.VpcSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.Vpc;

/** Turns DescribeVpcs answers into VPC nodes. */
public final class VpcTransformer {
  private VpcTransformer() {}

  public static WriteBatch transform(List<Vpc> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (Vpc v : raw) {
      if (v.vpcId() == null) {
        continue;
      }
      out.node(VpcSchema.NODE, NodeRecord.of(NetworkIds.arn(scope, "vpc", v.vpcId()), scope)
          .set("vpcId", v.vpcId())
          .set("cidrBlock", v.cidrBlock())
          .set("isDefault", v.isDefault())
          .set("state", v.stateAsString())
          .set("tags", Ec2Tags.of(v.tags()))
          .build());
    }
    return out;
  }
}
