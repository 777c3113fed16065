package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.common.CommonSchemas;

/** A SageMaker notebook instance: an interactive machine that runs as a role, often over-privileged. */
public final class NotebookInstanceSchema {
  private NotebookInstanceSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerNotebookInstance")
      .concept("Notebook", "Compute")
      .description("A SageMaker notebook instance. Its id is the notebook instance ARN.")
      .property("name", "Notebook instance name")
      .property("status", "InService, Stopped, Failed ...")
      .property("instanceType", "ML instance type")
      .property("directInternetAccess", "Whether SageMaker gives the instance its own internet access")
      .property("rootAccess", "Whether users get root on the instance")
      .property("subnetId", "VPC subnet, absent when not in a VPC")
      .property("securityGroupIds", "Security groups of its network interface")
      .property("kmsKeyId", "KMS key encrypting the ML storage volume, absent: AWS managed key")
      .property("lifecycleConfigName", "Lifecycle configuration that runs at create/start")
      .property("platformIdentifier", "Notebook platform (Amazon Linux version)")
      .property("minimumImdsVersion", "Minimum instance metadata service version (1 or 2)")
      .property("url", "Notebook URL")
      .property("internetReachable", "Whether the Internet can reach it (absent: network facts unknown)")
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The notebook's code runs with the role's permissions.");
  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH",
      CommonSchemas.INTERNET, NODE, NODE, false,
      "The notebook is reachable from the internet: SageMaker gives it direct internet access, or its "
          + "subnet routes to an internet gateway and one of its security groups admits 0.0.0.0/0 or ::/0. "
          + "Property via: directInternetAccess or securityGroupOpenToWorld.");
  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, SubnetSchema.NODE,
      "The notebook's network interface is placed in the subnet.");
  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      SecurityGroupSchema.NODE, "The notebook's network interface is governed by the security group.");
  public static final RelSchema USES_LIFECYCLE_CONFIG = RelSchema.toStub("USES_LIFECYCLE_CONFIG", NODE,
      NotebookLifecycleConfigSchema.NODE, "The notebook runs the configuration's scripts as root when created or started.");
}
