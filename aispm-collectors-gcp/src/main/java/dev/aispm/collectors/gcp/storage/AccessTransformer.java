package dev.aispm.collectors.gcp.storage;

import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.collectors.gcp.iam.ActAsTransformer;
import dev.aispm.collectors.gcp.iam.Bindings;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.iam.GcpPrincipalSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives who can read or write which buckets, the CAN_READ / CAN_WRITE edges the AWS IAM sync
 * draws from policies. A role on the project reaches every bucket of the project; a role on a
 * bucket reaches that bucket. The legacy convenience members (projectEditor:P, projectOwner:P,
 * projectViewer:P) stand for the project's role holders. Custom roles count by their permissions.
 *
 * <p>The project's own service accounts get CAN_READ and CAN_WRITE edges. Any other member that
 * can write (a user, a group, a domain, a workload identity member, or a service account of
 * another project) gets a CAN_WRITE edge from its principal node, so the writers of training data
 * include accounts this scan does not own, and the act-as attack paths know what a principal can
 * already write itself. The public is left to the bucket's own flags.
 */
public final class AccessTransformer {
  private AccessTransformer() {}

  /** A bucket of the project with its policy. */
  public record BucketAccess(String bucket, Read<Bindings> policy) {}

  public static WriteBatch transform(String projectId, List<String> projectAccounts, Read<Bindings> projectPolicy,
      List<BucketAccess> buckets, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    Set<String> local = Set.copyOf(projectAccounts);
    for (BucketAccess b : buckets) {
      Map<String, Boolean> access = new LinkedHashMap<>(); // e-mail -> writes
      Set<String> writers = new TreeSet<>(); // principals that are not accounts of the project
      if (projectPolicy.present()) {
        Bindings p = projectPolicy.value();
        for (String email : projectAccounts) {
          p.rolesOf("serviceAccount:" + email).forEach(role -> grant(access, email, role, p));
        }
        p.byRole().forEach((role, members) -> members.stream()
            .filter(m -> p.writes(role) && principal(m, local)).forEach(writers::add));
      }
      if (b.policy().present()) {
        Bindings bp = b.policy().value();
        for (var e : bp.byRole().entrySet()) {
          for (String member : e.getValue()) {
            for (String email : accountsOf(member, projectId, projectAccounts, projectPolicy)) {
              grant(access, email, e.getKey(), bp);
            }
            if (bp.writes(e.getKey()) && principal(member, local)) {
              writers.add(member);
            }
          }
        }
      }
      String bucket = GcpIds.bucket(b.bucket());
      access.forEach((email, writes) -> {
        RelRecord r = RelRecord.of(GcpIds.serviceAccount(email), bucket, scope, Map.of("via", "iam"));
        out.rel(writes ? ServiceAccountSchema.CAN_WRITE : ServiceAccountSchema.CAN_READ, r);
        if (writes) {
          out.rel(ServiceAccountSchema.CAN_READ, r);
        }
      });
      for (String member : writers) {
        out.node(GcpPrincipalSchema.NODE, ActAsTransformer.principal(member, scope));
        out.rel(GcpPrincipalSchema.CAN_WRITE, RelRecord.of(GcpIds.member(member), bucket, scope, Map.of("via", "iam")));
      }
    }
    return out;
  }

  private static void grant(Map<String, Boolean> access, String email, String role, Bindings policy) {
    if (policy.writes(role)) {
      access.put(email, true);
    } else if (policy.reads(role)) {
      access.putIfAbsent(email, false);
    }
  }

  /**
   * Whether a member is written as a principal: not an account of the project (those have their
   * own node), not the public (the bucket's flags say it), not a convenience member standing for
   * project role holders, not deleted.
   */
  static boolean principal(String member, Set<String> localAccounts) {
    if (member.startsWith("serviceAccount:")) {
      return !localAccounts.contains(member.substring("serviceAccount:".length()));
    }
    return !member.equals(Bindings.ALL_USERS) && !member.equals(Bindings.ALL_AUTHENTICATED)
        && !member.startsWith("deleted:") && !member.startsWith("projectOwner:")
        && !member.startsWith("projectEditor:") && !member.startsWith("projectViewer:");
  }

  /** The service accounts a policy member stands for. */
  static List<String> accountsOf(String member, String projectId, List<String> projectAccounts,
      Read<Bindings> projectPolicy) {
    if (member.startsWith("serviceAccount:")) {
      return List.of(member.substring("serviceAccount:".length()));
    }
    String role = switch (member.contains(":") ? member.substring(0, member.indexOf(':')) : "") {
      case "projectOwner" -> "roles/owner";
      case "projectEditor" -> "roles/editor";
      case "projectViewer" -> "roles/viewer";
      default -> null;
    };
    if (role == null || !member.endsWith(":" + projectId) || !projectPolicy.present()) {
      return List.of();
    }
    return projectAccounts.stream()
        .filter(email -> projectPolicy.value().rolesOf("serviceAccount:" + email).contains(role)).toList();
  }
}
