package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.common.CommonSchemas;

/**
 * A SageMaker Studio domain: the notebook environment every Studio user works in. Its network
 * access type decides whether user apps get SageMaker's own internet access (PublicInternetOnly)
 * or only the VPC's (VpcOnly), so it carries the Notebook concept like a notebook instance.
 */
public final class DomainSchema {
  private DomainSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerDomain")
      .concept("Notebook", "Workspace")
      .description("A SageMaker Studio domain. Its id is the domain ARN.")
      .property("name", "Domain name")
      .property("domainId", "Domain id (d-...)")
      .property("status", "InService, Pending, Failed ...")
      .property("authMode", "SSO or IAM")
      .property("appNetworkAccessType", "PublicInternetOnly or VpcOnly")
      .property("vpcOnly", "Whether Studio apps only reach the network through the domain's VPC")
      .property("kmsKeyId", "Customer KMS key of the domain's EFS home volume, absent: AWS managed key")
      .property("customerKmsKey", "Whether a customer KMS key encrypts the home volume")
      .property("vpcId", "VPC of the domain")
      .property("subnetIds", "Subnets of the domain")
      .property("securityGroupIds", "Security groups of the default user settings")
      .property("defaultExecutionRole", "Execution role users get unless their profile names one")
      .property("notebookOutputSharing", "Whether users may share notebook outputs (to S3)")
      .property("internetReachable", "Whether the Internet can reach the domain's apps (absent: unknown)")
      .property("url", "Studio URL")
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "Studio apps of users without their own role run with the domain's default execution role.");
  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, SubnetSchema.NODE,
      "The domain's apps are placed in the subnet.");
  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      SecurityGroupSchema.NODE, "The domain's apps are governed by the security group.");
  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE, NODE,
      false, "The domain's apps reach and are reached from the internet: PublicInternetOnly network access, or a "
          + "subnet routing to an internet gateway behind a world-open security group. Property via.");
}
