package dev.aispm.graph.schema.aws.ec2;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.InstallProperties;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * An EC2 instance that runs AI: a self-hosted inference or ML server (vLLM, TGI, Ollama, Triton,
 * TorchServe, MLflow, Ray, Jupyter) as its name, tags, open ports or the container images its user
 * data runs show, or AI packages its user data installs. Only such instances are written: the point
 * is AI that no managed AI service reports, and an MLflow or Ray dashboard open to the internet, not
 * a general compute inventory. User data is read for instances that may run AI (a server shown by
 * name, tags or ports, or a GPU or accelerator family) and judged for secrets; it is never stored.
 */
public final class InstanceSchema {
  private InstanceSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSEC2Instance")
      .concept("Compute")
      .description("An EC2 instance running a self-hosted AI server or installing AI packages. Its id is the instance ARN.")
      .property("name", "Value of the Name tag, else the instance id")
      .property("instanceId", "Instance id, i-...")
      .property("instanceType", "Instance type, e.g. g5.xlarge")
      .property("accelerated", "Whether the type is of a GPU or AI accelerator family (p, g, gr, inf, trn, dl)")
      .property("state", "pending, running, stopping, stopped...")
      .property("imageId", "AMI id")
      .property("publicIpAddress", "Public IPv4 address, absent without one")
      .property("subnetId", "Subnet of the primary network interface")
      .property("securityGroupIds", "Security groups of the instance")
      .property("instanceProfileArn", "Instance profile ARN, absent without one")
      .property("launchTime", "Launch time, ISO-8601")
      .property("tags", "Tags as key=value")
      .property("internetExposedPorts", "Ports open to 0.0.0.0/0 or ::/0 in its security groups, e.g. tcp:5000")
      .property("userData", "Whether its user data was read (DescribeInstanceAttribute): read, none (it has none), "
          + "not-read (the call failed) or failed (not base64, binary, or over 1 MiB uncompressed)")
      .property("userDataImages", "Container images its user data runs (docker / podman run, compose image: lines)")
      .properties(b -> InstallProperties.declare(b, "its user data"))
      .properties(b -> SettingProperties.declare(b, "its user data, line by line"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The instance runs with the role its instance profile (instanceProfileArn) holds: whoever "
          + "controls the server gets the role's permissions from the instance metadata service.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The instance runs this self-hosted AI server, or its user data installs this AI package.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The instance runs this server package at the version its tags or images name, or its user data "
          + "installs it.");

  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, SubnetSchema.NODE,
      "The instance's primary network interface is in the subnet.");

  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      SecurityGroupSchema.NODE, "The security group filters the instance's traffic.");

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE,
      NODE, false, "The instance is reachable from the internet: it has a public address, its subnet routes to "
          + "an internet gateway and a security group admits 0.0.0.0/0 or ::/0 (via: securityGroupOpenToWorld; "
          + "ports: the open ports).");
}
