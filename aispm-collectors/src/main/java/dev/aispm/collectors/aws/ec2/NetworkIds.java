package dev.aispm.collectors.aws.ec2;

import dev.aispm.graph.write.ScopeKey;

/**
 * EC2 network node ids. SageMaker answers name subnets and groups by their short ids; building
 * the same ARN here as the network sync writes is what joins the two.
 */
public final class NetworkIds {
  private NetworkIds() {}

  /** {@code arn:aws:ec2:REGION:ACCOUNT:KIND/ID}, the format EC2 itself uses for subnet ARNs. */
  public static String arn(ScopeKey scope, String kind, String id) {
    return "arn:aws:ec2:" + scope.region() + ":" + scope.account() + ":" + kind + "/" + id;
  }
}
