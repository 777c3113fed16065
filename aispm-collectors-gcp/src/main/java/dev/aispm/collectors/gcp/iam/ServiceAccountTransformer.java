package dev.aispm.collectors.gcp.iam;

import com.google.iam.admin.v1.ServiceAccount;
import com.google.iam.admin.v1.ServiceAccountKey;
import com.google.protobuf.Timestamp;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountKeySchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Turns service accounts, their keys, the project's IAM policy and each account's own policy into
 * identity nodes whose capability properties match an AWS role's ({@code isAdmin},
 * {@code privilegeLevel}), and into the {@code CAN_ACT_AS} edges of {@link ActAsTransformer}. With
 * the project policy unread, every capability stays unknown rather than "none".
 */
public final class ServiceAccountTransformer {
  /** The year Google gives a key that never expires. */
  static final int NEVER_EXPIRES_YEAR = 9999;

  private ServiceAccountTransformer() {}

  /**
   * One account with its keys and the policy attached to it (each unknown when its read failed).
   */
  public record AccountView(ServiceAccount account, Read<List<ServiceAccountKey>> keys, Read<Bindings> policy) {
    /** An account whose own policy was not read. */
    public AccountView(ServiceAccount account, Read<List<ServiceAccountKey>> keys) {
      this(account, keys, Read.unknown());
    }
  }

  public static WriteBatch transform(List<AccountView> accounts, Read<Bindings> projectPolicy, ScopeKey scope,
      Instant now) {
    WriteBatch out = new WriteBatch();
    for (AccountView v : accounts) {
      ServiceAccount a = v.account();
      if (a.getEmail().isEmpty()) {
        throw new IllegalStateException("service account without e-mail: " + a.getName());
      }
      String id = GcpIds.serviceAccount(a.getEmail());
      List<String> roles = projectPolicy.present() ? projectPolicy.value().rolesOf("serviceAccount:" + a.getEmail()) : null;
      out.node(ServiceAccountSchema.NODE, NodeRecord.of(id, scope)
          .set("name", a.getEmail())
          .set("email", a.getEmail())
          .set("displayName", GcpIds.nullIfEmpty(a.getDisplayName()))
          .set("uniqueId", GcpIds.nullIfEmpty(a.getUniqueId()))
          .set("disabled", a.getDisabled())
          .set("isDefaultComputeAccount", GcpIds.isDefaultComputeAccount(a.getEmail()))
          .set("projectRoles", roles)
          .set("isAdmin", roles == null ? null : roles.contains("roles/owner"))
          .set("isEditor", roles == null ? null : roles.contains("roles/editor"))
          .set("privilegeLevel", roles == null ? null : projectPolicy.value().privilegeLevel(roles))
          .set("canActAsServiceAccounts", roles == null ? null : roles.stream().anyMatch(projectPolicy.value()::actsAs))
          .set("canPassRole", roles == null ? null : roles.stream().anyMatch(projectPolicy.value()::actsAs))
          .set("actAsMembers", projectPolicy.present() ? ActAsTransformer.members(projectPolicy, v.policy()) : null)
          .set("iamPolicyRead", v.policy().known())
          .set("userManagedKeyCount", v.keys().known() ? v.keys().value().size() : null)
          .build());
      if (!v.keys().present()) {
        continue;
      }
      for (ServiceAccountKey k : v.keys().value()) {
        String keyId = GcpIds.lastSegment(k.getName());
        String keyNodeId = GcpIds.serviceAccountKey(a.getEmail(), keyId);
        Instant after = instant(k.getValidAfterTime());
        Instant before = instant(k.getValidBeforeTime());
        out.node(ServiceAccountKeySchema.NODE, NodeRecord.of(keyNodeId, scope)
            .set("name", keyId)
            .set("serviceAccount", a.getEmail())
            .set("keyType", k.getKeyType().name())
            .set("keyOrigin", k.getKeyOrigin().name())
            .set("validAfter", after)
            .set("validBefore", before)
            .set("neverExpires", before == null || before.atZone(java.time.ZoneOffset.UTC).getYear() >= NEVER_EXPIRES_YEAR)
            .set("ageDays", after == null ? null : Duration.between(after, now).toDays())
            .set("disabled", k.getDisabled())
            .build());
        out.rel(ServiceAccountKeySchema.HAS_KEY, RelRecord.of(id, keyNodeId, scope));
      }
    }
    out.addAll(ActAsTransformer.transform(accounts.stream()
        .map(v -> new ActAsTransformer.AccountPolicy(v.account().getEmail(), v.policy())).toList(), projectPolicy, scope));
    return out;
  }

  static Instant instant(Timestamp t) {
    return t == null || t.getSeconds() == 0 && t.getNanos() == 0 ? null
        : Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }
}
