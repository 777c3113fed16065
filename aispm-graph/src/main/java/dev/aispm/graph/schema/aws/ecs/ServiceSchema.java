package dev.aispm.graph.schema.aws.ecs;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.ecr.ContainerImageSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * An ECS service: its task definition running in subnets behind security groups, with or without a
 * public IP, maybe behind load balancers. The service, not the task definition, is what the
 * internet reaches, so it carries what runs in it (role, images, servers with the ports its
 * security groups or load balancers open) as well, and an exposed server's path reads internet ->
 * service -> role in one step, as for an instance.
 */
public final class ServiceSchema {
  private ServiceSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSECSService")
      .concept("Compute")
      .description("An ECS service. Its id is the service ARN.")
      .property("name", "Service name")
      .property("clusterArn", "Cluster the service runs in")
      .property("status", "ACTIVE, DRAINING or INACTIVE")
      .property("launchType", "FARGATE, EC2 or EXTERNAL; absent with a capacity provider strategy")
      .property("desiredCount", "Tasks the service keeps running")
      .property("runningCount", "Tasks running when read")
      .property("taskDefinitionArn", "Task definition the service runs")
      .property("assignPublicIp", "Whether tasks get a public IP (awsvpc), absent for other network modes")
      .property("subnetIds", "Subnets of the tasks (awsvpc)")
      .property("securityGroupIds", "Security groups of the tasks (awsvpc)")
      .property("loadBalancerTargetGroups", "Target groups the service registers with (see AWSLoadBalancer FORWARDS_TO)")
      .property("containerImages", "Images of its task definition's containers")
      .property("missingImages", "Image references into the region's ECR registry that name no image there (deleted, expired, or a tag no image carries), each with why; absent when all were found or none was judged")
      .property("internetExposedPorts", "Container ports open to 0.0.0.0/0 or ::/0 in its security groups, or that an "
          + "internet-facing load balancer forwards a world-open listener to, e.g. tcp:8000")
      .build();

  public static final RelSchema RUNS_TASK_DEFINITION = RelSchema.toStub("RUNS_TASK_DEFINITION", NODE,
      TaskDefinitionSchema.NODE, "The service keeps tasks of this task definition running.");

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The service's tasks run with its task definition's task role.");

  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, ContainerImageSchema.NODE,
      "The service's tasks run this ECR image.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The service runs this self-hosted server (exposedPorts: its ports open to the internet).");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The server package at the version its image tag names.");

  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, SubnetSchema.NODE,
      "The service's tasks are placed in the subnet.");

  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      SecurityGroupSchema.NODE, "The service's tasks' network interfaces are governed by the security group.");

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE,
      NODE, false, "The service's tasks are reachable from the internet: they get a public IP, their subnet "
          + "routes to an internet gateway and a security group admits 0.0.0.0/0 or ::/0 (via: "
          + "securityGroupOpenToWorld; ports: the open ports), or an internet-facing load balancer forwards "
          + "a world-open listener to their target group by its default action or a listener rule (via: "
          + "loadBalancer; loadBalancerArn, listenerPorts; ports: the container ports it forwards to; "
          + "ruleConditions: when only rules lead there, each rule's port and conditions, e.g. tcp:443 "
          + "host-header=api.example.com and path-pattern=/v1/*).");
}
