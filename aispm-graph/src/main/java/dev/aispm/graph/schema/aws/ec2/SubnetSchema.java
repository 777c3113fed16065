package dev.aispm.graph.schema.aws.ec2;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * A VPC subnet with the one network fact reachability needs: whether its route table sends
 * traffic to an internet gateway. Without such a route nothing in the subnet can be reached from
 * the internet, whatever its security groups allow.
 */
public final class SubnetSchema {
  private SubnetSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSubnet")
      .concept("Network")
      .description("A VPC subnet. Its id is arn:aws:ec2:REGION:ACCOUNT:subnet/SUBNET_ID.")
      .property("subnetId", "Subnet id (subnet-...)")
      .property("vpcId", "VPC the subnet belongs to")
      .property("cidrBlock", "IPv4 CIDR block")
      .property("availabilityZone", "Availability zone")
      .property("mapPublicIpOnLaunch", "Whether network interfaces created in it get a public IPv4 address")
      .property("routeTableId", "Route table in effect: the explicitly associated one, else the VPC's main table")
      .property("routesToInternetGateway", "Whether an active route of its route table targets an internet gateway "
          + "(absent: route tables unread)")
      .property("internetGatewayIds", "Internet gateways its routes target")
      .property("tags", "Tags as key=value strings")
      .build();

  public static final RelSchema IN_VPC = RelSchema.toStub("IN_VPC", NODE, VpcSchema.NODE,
      "The subnet is part of the VPC.");
}
