package dev.aispm.collectors.gcp.storage;

import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.iam.Bindings;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives which service accounts can read or write which buckets, the CAN_READ / CAN_WRITE edges
 * the AWS IAM sync draws from policies. A role on the project reaches every bucket of the project;
 * a role on a bucket reaches that bucket, for accounts of any project. The legacy convenience
 * members (projectEditor:P, projectOwner:P, projectViewer:P) stand for the project's role holders.
 */
public final class AccessTransformer {
  private AccessTransformer() {}

  /** A bucket of the project with its policy. */
  public record BucketAccess(String bucket, Read<Bindings> policy) {}

  public static WriteBatch transform(String projectId, List<String> projectAccounts, Read<Bindings> projectPolicy,
      List<BucketAccess> buckets, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (BucketAccess b : buckets) {
      Map<String, Boolean> access = new LinkedHashMap<>(); // e-mail -> writes
      if (projectPolicy.present()) {
        for (String email : projectAccounts) {
          grant(access, email, projectPolicy.value().rolesOf("serviceAccount:" + email));
        }
      }
      if (b.policy().present()) {
        for (var e : b.policy().value().byRole().entrySet()) {
          for (String member : e.getValue()) {
            for (String email : accountsOf(member, projectId, projectAccounts, projectPolicy)) {
              grant(access, email, List.of(e.getKey()));
            }
          }
        }
      }
      access.forEach((email, writes) -> {
        RelRecord r = RelRecord.of(GcpIds.serviceAccount(email), GcpIds.bucket(b.bucket()), scope,
            Map.of("via", "iam"));
        out.rel(writes ? ServiceAccountSchema.CAN_WRITE : ServiceAccountSchema.CAN_READ, r);
        if (writes) {
          out.rel(ServiceAccountSchema.CAN_READ, r);
        }
      });
    }
    return out;
  }

  private static void grant(Map<String, Boolean> access, String email, List<String> roles) {
    for (String role : roles) {
      if (Bindings.writes(role)) {
        access.put(email, true);
      } else if (Bindings.reads(role)) {
        access.putIfAbsent(email, false);
      }
    }
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
