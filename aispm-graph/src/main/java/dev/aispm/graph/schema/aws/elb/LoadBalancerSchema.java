package dev.aispm.graph.schema.aws.elb;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.ecs.ServiceSchema;

/**
 * An Application, Network or Gateway Load Balancer that forwards to an ECS service's target
 * group. A service whose tasks have no public IP is still reachable from the internet through an
 * internet-facing load balancer whose security groups admit the world on a listener port, so the
 * load balancer is kept as evidence of that path: which listener, which target group, which group.
 * Only load balancers in front of the collected ECS services are read.
 */
public final class LoadBalancerSchema {
  private LoadBalancerSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSLoadBalancer")
      .description("An Elastic Load Balancing v2 load balancer in front of an ECS service. Its id is the load "
          + "balancer ARN.")
      .property("name", "Load balancer name")
      .property("loadBalancerType", "application, network or gateway")
      .property("scheme", "internet-facing or internal")
      .property("dnsName", "Public or internal DNS name")
      .property("vpcId", "VPC of the load balancer")
      .property("securityGroupIds", "Security groups of the load balancer, absent for one without (a Network Load "
          + "Balancer may have none)")
      .property("listeners", "Listener protocols and ports, e.g. HTTPS:443")
      .property("internetExposedPorts", "Listener ports the internet reaches: internet-facing, and admitted from "
          + "0.0.0.0/0 or ::/0 by a security group (or no security group at all), e.g. tcp:443")
      .build();

  public static final RelSchema FORWARDS_TO = RelSchema.of("FORWARDS_TO", NODE, ServiceSchema.NODE,
      "A listener's default action or one of its rules forwards to a target group the service registers "
          + "its tasks with (targetGroupArn, listenerPorts, containerName, containerPort; ruleConditions: the "
          + "conditions of the rules the internet comes through when no default action leads there).");

  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      SecurityGroupSchema.NODE, "The load balancer's network interfaces are governed by the security group.");
}
