package dev.aispm.graph.schema.azure.resources;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/** An Azure resource group: the scope most role assignments and deployments are made at. */
public final class AzureResourceGroupSchema {
  private AzureResourceGroupSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureResourceGroup")
      .description("An Azure resource group. Its id is the ARM id /subscriptions/S/resourceGroups/NAME.")
      .property("name", "Resource group name")
      .property("location", "Location of the group's metadata")
      .property("provisioningState", "Succeeded, Deleting ...")
      .build();

  public static final RelSchema IN_SUBSCRIPTION = RelSchema.toStub("IN_SUBSCRIPTION", NODE,
      AzureSubscriptionSchema.NODE, "The resource group belongs to the subscription.");
}
