package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.common.CommonSchemas;

/**
 * A SageMaker real-time endpoint together with the endpoint configuration it runs, since the
 * security settings (data capture, KMS, variants) live on the configuration.
 */
public final class EndpointSchema {
  private EndpointSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerEndpoint")
      .concept("Endpoint")
      .description("A SageMaker endpoint. Its id is the endpoint ARN.")
      .property("name", "Endpoint name")
      .property("status", "InService, Creating, Failed ...")
      .property("endpointConfigName", "Endpoint configuration in use")
      .property("kmsKeyId", "KMS key of the endpoint's storage volume")
      .property("customerKmsKey", "Whether the endpoint configuration names a customer KMS key (absent: configuration unread)")
      .property("dataCaptureEnabled", "Whether request/response capture is enabled")
      .property("dataCaptureDestination", "S3 URI that data capture writes to (absent: capture not configured)")
      .property("variantCount", "Number of production variants")
      .property("modelNames", "Models served by the production variants")
      .property("publiclyInvocable", "Whether the endpoint is invocable without a VPC boundary (no VPC on its models)")
      .property("internetReachable", "Whether the Internet can reach the endpoint's containers (absent: unknown)")
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .build();

  public static final RelSchema SERVED_BY = new RelSchema("SERVED_BY", ModelSchema.NODE, NODE, NODE,
      false, "The model is served by the endpoint (through a production variant).");
  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH",
      CommonSchemas.INTERNET, NODE, NODE, false,
      "The endpoint's containers are exposed to the internet: a served model runs outside a VPC (SageMaker's "
          + "own network with internet access), or in a subnet routing to an internet gateway behind a security "
          + "group open to 0.0.0.0/0 or ::/0. Property via: modelOutsideVpc or securityGroupOpenToWorld.");
  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, SubnetSchema.NODE,
      "A model the endpoint serves runs its containers in the subnet.");
  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      SecurityGroupSchema.NODE, "A model the endpoint serves runs its containers behind the security group.");
}
