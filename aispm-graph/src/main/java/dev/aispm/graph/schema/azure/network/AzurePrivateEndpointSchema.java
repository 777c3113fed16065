package dev.aispm.graph.schema.azure.network;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureCognitiveAccountSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLWorkspaceSchema;
import dev.aispm.graph.schema.azure.storage.AzureStorageAccountSchema;

/**
 * A private endpoint: a network interface in a subnet that reaches one resource over Private
 * Link. As a node between the subnet and the AI resource it lets rules tell "public network access
 * enabled, no private path" from "public network access enabled although private clients already
 * have a private endpoint", where turning public access off costs nothing.
 */
public final class AzurePrivateEndpointSchema {
  private AzurePrivateEndpointSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzurePrivateEndpoint")
      .concept("Network")
      .description("A private endpoint. Its id is the ARM id.")
      .property("name", "Endpoint name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("subnetId", "Subnet the endpoint's interface is placed in")
      .property("targetIds", "Resources it connects to (privateLinkServiceId of each connection)")
      .property("groupIds", "Sub-resources it connects to (account, amlworkspace, blob ...)")
      .property("connectionStates", "Status of each connection: Approved, Pending, Rejected or Disconnected")
      .property("approved", "Whether a connection is Approved, so traffic flows")
      .property("manualApproval", "Whether its connections were requested for manual approval")
      .build();

  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, AzureSubnetSchema.NODE,
      "The endpoint's interface is placed in the subnet.");

  private static final String LINK = "The endpoint connects to the resource over Private Link (properties: status, groupIds).";
  public static final RelSchema LINKS_ACCOUNT = RelSchema.of("PRIVATE_LINK_TO", NODE, AzureCognitiveAccountSchema.NODE, LINK);
  public static final RelSchema LINKS_WORKSPACE = RelSchema.of("PRIVATE_LINK_TO", NODE, AzureMLWorkspaceSchema.NODE, LINK);
  public static final RelSchema LINKS_STORAGE = RelSchema.of("PRIVATE_LINK_TO", NODE, AzureStorageAccountSchema.NODE, LINK);
}
