package dev.aispm.graph.schema.azure.containerregistry;

import dev.aispm.graph.schema.NodeSchema;

/**
 * An Azure container registry. Who can pull is decided here for every image in it: an enabled
 * admin user is a shared password that bypasses Entra ID, anonymous pull opens it to anyone, and
 * public network access lets the internet reach its login server.
 */
public final class AzureContainerRegistrySchema {
  private AzureContainerRegistrySchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureContainerRegistry")
      .description("An Azure container registry. Its id is the ARM id.")
      .property("name", "Registry name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("loginServer", "Host images are pulled from, e.g. NAME.azurecr.io")
      .property("sku", "Basic, Standard or Premium")
      .property("adminUserEnabled", "Whether the admin user (a shared user name and password) is enabled")
      .property("anonymousPullEnabled", "Whether anyone may pull without credentials")
      .property("publicNetworkAccess", "Enabled or Disabled")
      .property("networkDefaultAction", "Allow or Deny: what the firewall does with an address no rule names (Premium)")
      .property("dataEndpointEnabled", "Whether dedicated data endpoints serve the layers")
      .property("repositories", "Number of repositories the catalog listed (absent: catalog not read)")
      .build();
}
