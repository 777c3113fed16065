package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLConnectionSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Connections of a workspace, hub or project. The list answer carries no secret, only the auth
 * type, which says whether the workspace keeps one. Azure OpenAI and AI Services connections name
 * their account in {@code metadata.ResourceId}; that becomes an edge to the account.
 */
public final class ConnectionTransformer {
  /** Auth types for which the workspace stores a key, token or password (lower case). */
  static final Set<String> KEY_AUTH = Set.of("apikey", "accountkey", "accesskey", "customkeys", "sas", "pat",
      "usernamepassword", "serviceprincipal", "oauth2");
  private static final Set<String> AI_CATEGORIES = Set.of("azureopenai", "aiservices", "cognitiveservice");

  private ConnectionTransformer() {}

  public static void transform(List<JsonNode> connections, String workspaceId, String workspaceName, ScopeKey scope,
      GraphBatch out) {
    for (JsonNode c : connections) {
      String id = ArmIds.normalize(text(c, "id"));
      JsonNode p = c.path("properties");
      String auth = text(p, "authType");
      String category = text(p, "category");
      String target = text(p, "target");
      String resourceId = ArmIds.normalize(text(p, "metadata", "ResourceId"));
      if (resourceId == null && target != null && target.toLowerCase(Locale.ROOT).startsWith("/subscriptions/")) {
        resourceId = ArmIds.normalize(target);
      }
      out.add(AzureMLConnectionSchema.NODE, NodeRecord.of(id, scope)
          .set("name", text(c, "name"))
          .set("workspace", workspaceName)
          .set("category", category)
          .set("target", target)
          .set("targetResourceId", resourceId)
          .set("authType", auth)
          .set("keyAuth", auth == null ? null : KEY_AUTH.contains(auth.toLowerCase(Locale.ROOT)))
          .set("isSharedToAll", bool(p, "isSharedToAll"))
          .set("expiryTime", text(p, "expiryTime"))
          .build());
      out.link(AzureMLConnectionSchema.IN_WORKSPACE, RelRecord.of(id, workspaceId, scope));
      if (resourceId != null && category != null && AI_CATEGORIES.contains(category.toLowerCase(Locale.ROOT))
          && resourceId.contains("/providers/microsoft.cognitiveservices/accounts/")) {
        out.link(AzureMLConnectionSchema.CONNECTS_TO, RelRecord.of(id, resourceId, scope));
      }
    }
  }
}
