package dev.aispm.collectors.azure.resources;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.schema.azure.resources.AzureResourceGroupSchema;
import dev.aispm.graph.schema.azure.resources.AzureSubscriptionSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Locale;

/** Subscriptions and resource groups as nodes. */
public final class SubscriptionTransformer {
  private SubscriptionTransformer() {}

  public static NodeRecord subscription(JsonNode s, ScopeKey scope) {
    return NodeRecord.of(text(s, "subscriptionId").toLowerCase(Locale.ROOT), scope)
        .set("name", text(s, "displayName"))
        .set("state", text(s, "state"))
        .set("tenantId", text(s, "tenantId"))
        .set("scanned", true)
        .build();
  }

  public static void resourceGroups(List<JsonNode> groups, String subscriptionId, ScopeKey scope, GraphBatch out) {
    for (JsonNode g : groups) {
      String id = ArmIds.normalize(text(g, "id"));
      out.add(AzureResourceGroupSchema.NODE, NodeRecord.of(id, scope)
          .set("name", text(g, "name"))
          .set("location", text(g, "location"))
          .set("provisioningState", text(g, "properties", "provisioningState"))
          .build());
      out.link(AzureResourceGroupSchema.IN_SUBSCRIPTION, RelRecord.of(id, subscriptionId.toLowerCase(Locale.ROOT), scope));
    }
  }

  /** Whether a subscription can hold resources to scan (Disabled and Deleted ones answer nothing). */
  public static boolean active(JsonNode s) {
    String state = text(s, "state");
    return state == null || state.equalsIgnoreCase("Enabled") || state.equalsIgnoreCase("Warned")
        || state.equalsIgnoreCase("PastDue");
  }
}
