package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
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
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The notebook's code runs with the role's permissions.");
  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH",
      CommonSchemas.INTERNET, NODE, NODE, false,
      "The notebook has direct internet access, so it is reachable from and can send data to the internet.");
}
