package dev.aispm.graph.schema.aws.ec2;

import dev.aispm.graph.schema.NodeSchema;

/**
 * A VPC: the network boundary AI compute is placed in. Kept as its own node so subnets and
 * security groups of one network can be grouped and a default VPC (built to reach the internet)
 * stands out.
 */
public final class VpcSchema {
  private VpcSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSVpc")
      .concept("Network")
      .description("An Amazon VPC. Its id is arn:aws:ec2:REGION:ACCOUNT:vpc/VPC_ID.")
      .property("vpcId", "VPC id (vpc-...)")
      .property("cidrBlock", "Primary IPv4 CIDR block")
      .property("isDefault", "Whether it is the region's default VPC, whose subnets route to an internet gateway")
      .property("state", "pending or available")
      .property("tags", "Tags as key=value strings")
      .build();
}
