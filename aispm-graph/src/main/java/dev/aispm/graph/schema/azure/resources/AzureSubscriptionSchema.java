package dev.aispm.graph.schema.azure.resources;

import dev.aispm.graph.schema.NodeSchema;

/** An Azure subscription: the account-level scope that Azure assets, cleanup and findings belong to. */
public final class AzureSubscriptionSchema {
  private AzureSubscriptionSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureSubscription")
      .concept("CloudAccount")
      .description("An Azure subscription. Its id is the subscription id (a GUID), the scope's account.")
      .property("name", "Display name")
      .property("state", "Enabled, Disabled, Warned, PastDue or Deleted")
      .property("tenantId", "Entra ID tenant the subscription trusts")
      .property("scanned", "Whether aispm collected this subscription")
      .build();
}
