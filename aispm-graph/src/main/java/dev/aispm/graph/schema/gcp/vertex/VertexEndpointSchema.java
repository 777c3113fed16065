package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;

/** A Vertex AI online prediction endpoint with the models deployed to it. */
public final class VertexEndpointSchema {
  private VertexEndpointSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexEndpoint")
      .concept("Endpoint")
      .description("A Vertex AI endpoint. Its id is //aiplatform.googleapis.com/projects/N/locations/L/endpoints/ID.")
      .property("name", "Display name")
      .property("location", "Vertex AI location")
      .property("network", "VPC network peered for private serving, absent: none")
      .property("privateServiceConnect", "Whether it is served only through Private Service Connect")
      .property("dedicatedEndpoint", "Whether it has its own dedicated DNS endpoint")
      .property("publicEndpoint", "Whether it is served on the public Vertex AI endpoint (no peering, no PSC)")
      .property("internetReachable", "Whether the Internet can reach it (same as publicEndpoint)")
      .property("deployedModelIds", "Deployed model ids")
      .property("trafficSplit", "Traffic split as deployedModelId=percent")
      .property("serviceAccounts", "Service accounts the deployed models' containers run as")
      .property("accessLoggingEnabled", "Whether every deployed model logs access")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .property("tags", "Labels as key=value strings (named tags as on AWS nodes, so scoring reads env=prod alike)")
      .build();

  public static final RelSchema SERVED_BY = new RelSchema("SERVED_BY", VertexModelSchema.NODE, NODE, NODE, false,
      "The model is deployed to the endpoint.");
  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "A deployed model's container runs as the service account.");
  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE, NODE,
      false, "The endpoint is served on the public Vertex AI API (neither VPC peering nor Private Service Connect). "
          + "Property via: publicEndpoint.");
}
