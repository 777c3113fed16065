package dev.aispm.collectors.gcp.iam;

import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.iam.GcpPrincipalSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who can act as each service account of a project: the members that hold an act-as role
 * ({@link Bindings#ACT_AS_ANY_LEVEL}) on the project (inherited bindings included) or in the
 * account's own policy. Each becomes a {@code CAN_ACT_AS} edge to the account, from the account's
 * node when the member is a service account of the same project, else from a principal node. These
 * edges are what the attack-path rules follow from a principal, through an AI service account, to
 * the training data it can write: the GCP form of AWS's iam:PassRole.
 */
public final class ActAsTransformer {
  private ActAsTransformer() {}

  /** One account: its e-mail and the policy attached to it (unknown when the read failed). */
  public record AccountPolicy(String email, Read<Bindings> policy) {}

  public static WriteBatch transform(List<AccountPolicy> accounts, Read<Bindings> projectPolicy, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    Set<String> local = new java.util.HashSet<>();
    accounts.forEach(a -> local.add(a.email()));
    for (AccountPolicy a : accounts) {
      Map<String, Grant> grants = new LinkedHashMap<>();
      if (projectPolicy.present()) {
        collect(grants, projectPolicy.value(), "project");
      }
      if (a.policy().present()) {
        collect(grants, a.policy().value(), "serviceAccount");
      }
      String target = GcpIds.serviceAccount(a.email());
      for (var e : grants.entrySet()) {
        String member = e.getKey();
        if (member.equals("serviceAccount:" + a.email()) || member.startsWith("deleted:")) {
          continue; // an account acting as itself gains nothing; a deleted member cannot sign in
        }
        Grant g = e.getValue();
        Map<String, Object> props = Map.of("via", g.via(), "roles", List.copyOf(g.roles()),
            "policy", g.policies().contains("serviceAccount") ? "serviceAccount" : "project");
        String email = member.startsWith("serviceAccount:") ? member.substring("serviceAccount:".length()) : null;
        if (email != null && local.contains(email)) {
          out.rel(ServiceAccountSchema.CAN_ACT_AS, RelRecord.of(GcpIds.serviceAccount(email), target, scope, props));
        } else {
          out.node(GcpPrincipalSchema.NODE, principal(member, scope));
          out.rel(GcpPrincipalSchema.CAN_ACT_AS, RelRecord.of(GcpIds.member(member), target, scope, props));
        }
      }
    }
    return out;
  }

  /** Members of the act-as grants on the project and on one account, sorted: the account's {@code actAsMembers}. */
  public static List<String> members(Read<Bindings> projectPolicy, Read<Bindings> accountPolicy) {
    Set<String> out = new TreeSet<>();
    if (projectPolicy.present()) {
      out.addAll(projectPolicy.value().membersActingAs());
    }
    if (accountPolicy.present()) {
      out.addAll(accountPolicy.value().membersActingAs());
    }
    return List.copyOf(out);
  }

  /** The roles through which one member can act as the account, and the policies that grant them. */
  private record Grant(Set<String> roles, Set<String> policies) {
    /**
     * The most specific role: a dedicated act-as role, then a custom role granting an act-as
     * permission ({@code customRole}: someone wrote it to hand out that right), then Editor and
     * Owner, which grant it as a side effect.
     */
    String via() {
      for (String r : Bindings.ACT_AS_ANY_LEVEL.subList(0, 3)) {
        if (roles.contains(r)) {
          return r.substring(r.lastIndexOf('.') + 1);
        }
      }
      if (roles.stream().anyMatch(r -> !Bindings.ACT_AS_ANY_LEVEL.contains(r))) {
        return "customRole";
      }
      for (String r : Bindings.ACT_AS_ANY_LEVEL) {
        if (roles.contains(r)) {
          return r.replace("roles/", "");
        }
      }
      throw new IllegalStateException("grant without an act-as role: " + roles);
    }
  }

  private static void collect(Map<String, Grant> grants, Bindings policy, String level) {
    for (var e : policy.byRole().entrySet()) {
      if (!policy.actsAs(e.getKey())) {
        continue;
      }
      for (String member : e.getValue()) {
        Grant g = grants.computeIfAbsent(member, m -> new Grant(new TreeSet<>(), new TreeSet<>()));
        g.roles().add(e.getKey());
        g.policies().add(level);
      }
    }
  }

  /** The principal node of a policy member. */
  public static NodeRecord principal(String member, ScopeKey scope) {
    int colon = member.indexOf(':');
    String prefix = colon < 0 ? "" : member.substring(0, colon);
    boolean isPublic = member.equals(Bindings.ALL_USERS) || member.equals(Bindings.ALL_AUTHENTICATED);
    String type = isPublic ? "public"
        : List.of("user", "group", "domain", "serviceAccount", "principal", "principalSet").contains(prefix) ? prefix
        : "other";
    return NodeRecord.of(GcpIds.member(member), scope)
        .set("name", colon < 0 ? member : member.substring(colon + 1))
        .set("member", member)
        .set("memberType", type)
        .set("isPublic", isPublic)
        .build();
  }
}
