package dev.aispm.graph.schema.aws.ec2;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * A security group, reduced to what exposure depends on: whether any inbound rule admits the
 * whole internet (0.0.0.0/0 or ::/0) and on which ports.
 */
public final class SecurityGroupSchema {
  private SecurityGroupSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSecurityGroup")
      .concept("Network", "Firewall")
      .description("An EC2 security group. Its id is arn:aws:ec2:REGION:ACCOUNT:security-group/GROUP_ID.")
      .property("groupId", "Security group id (sg-...)")
      .property("name", "Group name")
      .property("description", "Group description")
      .property("vpcId", "VPC of the group")
      .property("openToWorld", "Whether an inbound rule admits 0.0.0.0/0 or ::/0")
      .property("openToWorldPorts", "Ports open to the world as PROTOCOL:FROM-TO strings (all:all for every protocol)")
      .property("ingressRuleCount", "Number of inbound permissions")
      .property("tags", "Tags as key=value strings")
      .build();

  public static final RelSchema IN_VPC = RelSchema.toStub("IN_VPC", NODE, VpcSchema.NODE,
      "The security group belongs to the VPC.");
}
