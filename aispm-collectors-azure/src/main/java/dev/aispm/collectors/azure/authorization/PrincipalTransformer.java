package dev.aispm.collectors.azure.authorization;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Summarises role assignments per principal, as the IAM sync summarises policies per role.
 *
 * <ul>
 *   <li>{@code isAdmin}: a role that may write role assignments, assigned at the subscription or
 *       above: the principal can grant itself anything (Owner, User Access Administrator).</li>
 *   <li>{@code privilegeLevel}: admin; write when any assigned role allows a non-read action or
 *       data action; read when it has only read roles; none without assignments.</li>
 *   <li>{@code CAN_WRITE} / {@code CAN_READ} a container: an assignment at the container or above
 *       whose role (built-in or custom, wildcards and NotDataActions applied) allows a data action
 *       that puts content into a blob (write, add, move) / the blob read data action, or
 *       {@code listKeys} on an account that admits shared keys (the key opens every container).</li>
 * </ul>
 * Principals written are the identities of AI resources, every principal that can read or write a
 * container an AI asset uses (who can poison or take the training data), and every principal that
 * can assign roles over the subscription (it can grant itself either).
 */
public final class PrincipalTransformer {
  static final String BLOB_WRITE = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write";
  /**
   * Every blob data action that puts content into a container: a custom role with only Add Blob
   * ({@code add/action}: new blobs, appends) or only a rename ({@code move/action}, on
   * hierarchical namespaces) can plant poisoned training files as surely as one with write.
   */
  static final List<String> BLOB_CONTENT_WRITES = List.of(BLOB_WRITE,
      "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action",
      "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action");
  static final String BLOB_READ = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read";
  static final String LIST_KEYS = "Microsoft.Storage/storageAccounts/listKeys/action";
  static final String ASSIGN_ROLES = "Microsoft.Authorization/roleAssignments/write";
  static final String ASSIGN_IDENTITY = "Microsoft.ManagedIdentity/userAssignedIdentities/assign/action";

  private PrincipalTransformer() {}

  /** A container as the summary needs it. */
  public record ContainerRef(String id, Boolean sharedKeyAllowed, boolean usedByAi) {}

  /**
   * @param seeds        identities of AI resources, by principal id
   * @param assignments  role assignments, or null when they could not be read
   * @param definitions  role definitions by lower-case GUID (see {@link #byGuid}), or null when they could not be read
   */
  public static void transform(String tenantId, String subscriptionId, Map<String, ResourceIdentity> seeds,
      List<JsonNode> assignments, Map<String, RolePermissions> definitions, List<ContainerRef> containers,
      ScopeKey scope, GraphBatch out) {
    boolean read = assignments != null && definitions != null;
    Map<String, List<JsonNode>> byPrincipal = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    if (read) {
      for (JsonNode a : assignments) {
        String p = text(a, "properties", "principalId");
        if (p != null) {
          p = p.toLowerCase(Locale.ROOT);
          byPrincipal.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
          types.putIfAbsent(p, text(a, "properties", "principalType"));
        }
      }
    }
    Set<String> principals = new LinkedHashSet<>(seeds.keySet());
    Map<String, Map<String, Set<String>>> writes = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> reads = new LinkedHashMap<>();
    String subscriptionScope = "/subscriptions/" + subscriptionId.toLowerCase(Locale.ROOT);
    for (var e : byPrincipal.entrySet()) {
      for (JsonNode a : e.getValue()) {
        RolePermissions role = role(definitions, text(a, "properties", "roleDefinitionId"));
        String assignedAt = ArmIds.normalize(text(a, "properties", "scope"));
        if (role == null || assignedAt == null) {
          continue;
        }
        if (role.allows(ASSIGN_ROLES) && covers(assignedAt, subscriptionScope, subscriptionScope)) {
          principals.add(e.getKey()); // can grant itself any data role here
        }
        for (ContainerRef c : containers) {
          if (!covers(assignedAt, c.id(), subscriptionScope)) {
            continue;
          }
          boolean keys = role.allows(LIST_KEYS) && !Boolean.FALSE.equals(c.sharedKeyAllowed());
          if (BLOB_CONTENT_WRITES.stream().anyMatch(role::allowsData) || keys) {
            writes.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                .computeIfAbsent(c.id(), k -> new TreeSet<>()).add(role.roleName());
            if (c.usedByAi()) {
              principals.add(e.getKey());
            }
          } else if (role.allowsData(BLOB_READ)) {
            reads.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                .computeIfAbsent(c.id(), k -> new TreeSet<>()).add(role.roleName());
            if (c.usedByAi()) {
              principals.add(e.getKey());
            }
          }
        }
      }
    }
    for (String p : principals) {
      ResourceIdentity seed = seeds.get(p);
      String id = nodeId(tenantId, p, types.get(p));
      List<String> roles = new ArrayList<>();
      boolean admin = false;
      boolean write = false;
      boolean passIdentity = false;
      boolean complete = read;
      for (JsonNode a : byPrincipal.getOrDefault(p, List.of())) {
        RolePermissions role = role(definitions, text(a, "properties", "roleDefinitionId"));
        String assignedAt = ArmIds.normalize(text(a, "properties", "scope"));
        if (role == null) {
          complete = false;
          continue;
        }
        roles.add(role.roleName() + "@" + text(a, "properties", "scope"));
        if (role.allows(ASSIGN_ROLES) && assignedAt != null && covers(assignedAt, subscriptionScope, subscriptionScope)) {
          admin = true;
        }
        write |= role.canWriteSomething();
        passIdentity |= role.allows(ASSIGN_IDENTITY);
      }
      Boolean isAdmin = admin ? Boolean.TRUE : complete ? Boolean.FALSE : null;
      String level = admin ? "admin" : write ? "write" : !complete ? null : roles.isEmpty() ? "none" : "read";
      boolean dataWrite = writes.containsKey(p);
      out.add(AzurePrincipalSchema.NODE, NodeRecord.of(id, scope)
          .set("name", seed == null ? p : seed.name())
          .set("principalId", p)
          .set("principalType", types.getOrDefault(p, "ServicePrincipal"))
          .set("tenantId", tenantId)
          .set("identityKind", seed == null ? "servicePrincipal" : seed.kind())
          .set("userAssignedIdentityId", seed == null ? null : seed.userAssignedId())
          .set("clientId", seed == null ? null : seed.clientId())
          .set("roleAssignments", roles)
          .set("isAdmin", isAdmin)
          .set("privilegeLevel", level)
          .set("canPassRole", passIdentity ? Boolean.TRUE : complete ? Boolean.FALSE : null)
          .set("canWriteData", dataWrite ? Boolean.TRUE : complete ? Boolean.FALSE : null)
          .set("assignmentsRead", complete)
          .build());
      writes.getOrDefault(p, Map.of()).forEach((container, names) -> out.link(AzurePrincipalSchema.CAN_WRITE,
          RelRecord.of(id, container, scope, Map.of("roles", List.copyOf(names)))));
      reads.getOrDefault(p, Map.of()).forEach((container, names) -> out.link(AzurePrincipalSchema.CAN_READ,
          RelRecord.of(id, container, scope, Map.of("roles", List.copyOf(names)))));
    }
  }

  /**
   * Role definitions keyed by their GUID. Assignments name a definition by an id whose prefix
   * depends on where it was listed (the subscription, the tenant root for built-in roles, a
   * management group for custom roles); the GUID is the same everywhere.
   */
  public static Map<String, RolePermissions> byGuid(List<JsonNode> definitions) {
    Map<String, RolePermissions> out = new java.util.HashMap<>();
    for (JsonNode d : definitions) {
      String id = text(d, "id");
      if (id != null) {
        out.put(ArmIds.name(id).toLowerCase(Locale.ROOT), RolePermissions.of(d));
      }
    }
    return out;
  }

  private static RolePermissions role(Map<String, RolePermissions> definitions, String roleDefinitionId) {
    return roleDefinitionId == null ? null : definitions.get(ArmIds.name(roleDefinitionId).toLowerCase(Locale.ROOT));
  }

  /** The graph id of a principal of the given assignment principalType. */
  public static String nodeId(String tenantId, String principalId, String principalType) {
    String kind = principalType == null ? "serviceprincipals" : switch (principalType.toLowerCase(Locale.ROOT)) {
      case "user" -> "users";
      case "group", "foreigngroup" -> "groups";
      default -> "serviceprincipals";
    };
    return ("/tenants/" + tenantId + "/" + kind + "/" + principalId).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether an assignment at {@code assignedAt} applies to {@code resource}: the same scope or an
   * ancestor. Root and management-group scopes are above every subscription they are listed in
   * (ARM lists only the inherited ones that apply).
   */
  static boolean covers(String assignedAt, String resource, String subscriptionScope) {
    if (assignedAt.equals("/") || assignedAt.startsWith("/providers/microsoft.management/managementgroups/")) {
      return resource.startsWith(subscriptionScope);
    }
    return resource.equals(assignedAt) || resource.startsWith(assignedAt + "/");
  }
}
