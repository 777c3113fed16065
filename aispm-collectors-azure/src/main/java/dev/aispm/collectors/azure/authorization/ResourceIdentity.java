package dev.aispm.collectors.azure.authorization;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A managed identity that an ARM resource declares in its {@code identity} block: the system
 * assigned one (its principalId) and each user-assigned one (keyed by the identity's ARM id).
 *
 * @param principalId   Entra ID object id
 * @param kind          systemAssigned or userAssigned
 * @param userAssignedId ARM id of the user-assigned identity, null for a system-assigned one
 * @param clientId      client id when the block carries it
 * @param name          the owning resource's name (system) or the identity's name (user-assigned)
 */
public record ResourceIdentity(String principalId, String kind, String userAssignedId, String clientId, String name) {

  /** The identities of a resource; empty when it has none. */
  public static List<ResourceIdentity> of(JsonNode resource) {
    List<ResourceIdentity> out = new ArrayList<>();
    JsonNode identity = resource.path("identity");
    String system = text(identity, "principalId");
    if (system != null) {
      out.add(new ResourceIdentity(system.toLowerCase(Locale.ROOT), "systemAssigned", null, null, text(resource, "name")));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = identity.path("userAssignedIdentities").fields(); it.hasNext(); ) {
      var e = it.next();
      String principal = text(e.getValue(), "principalId");
      if (principal != null) {
        out.add(new ResourceIdentity(principal.toLowerCase(Locale.ROOT), "userAssigned",
            ArmIds.normalize(e.getKey()), text(e.getValue(), "clientId"), ArmIds.name(e.getKey())));
      }
    }
    return out;
  }

  /** The declared identity type (SystemAssigned, UserAssigned, "SystemAssigned,UserAssigned") or null for none. */
  public static String type(JsonNode resource) {
    String t = text(resource, "identity", "type");
    return t == null || t.equalsIgnoreCase("None") ? null : t;
  }

  /** The graph id of a principal: /tenants/TENANT/serviceprincipals/OBJECT_ID, lower-case. */
  public static String nodeId(String tenantId, String principalId) {
    return ("/tenants/" + tenantId + "/serviceprincipals/" + principalId).toLowerCase(Locale.ROOT);
  }
}
