package dev.aispm.collectors.gcp.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.iam.admin.v1.ListServiceAccountKeysResponse;
import com.google.iam.admin.v1.ListServiceAccountsResponse;
import com.google.iam.admin.v1.ServiceAccount;
import dev.aispm.graph.collect.Read;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountKeySchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceAccountTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "global");
  static final String SERVING = "vertex-serving@acme-vertex-prod.iam.gserviceaccount.com";
  static final String DEFAULT = "314159265358-compute@developer.gserviceaccount.com";
  static final Bindings POLICY = new Bindings(Map.of(
      "roles/editor", Set.of("serviceAccount:" + DEFAULT),
      "roles/iam.serviceAccountUser", Set.of("user:intern@acme.example"),
      "roles/storage.objectViewer", Set.of("serviceAccount:" + SERVING)));

  @Test
  void projectRolesBecomeCapabilitiesAndKeysWithoutExpiryAreMarked() {
    List<ServiceAccount> accounts = Recorded.<ListServiceAccountsResponse>proto("iam/ListServiceAccounts.json",
        ListServiceAccountsResponse::newBuilder).getAccountsList();
    var keys = Recorded.<ListServiceAccountKeysResponse>proto("iam/ListServiceAccountKeys.json",
        ListServiceAccountKeysResponse::newBuilder).getKeysList();
    List<ServiceAccountTransformer.AccountView> views = new ArrayList<>();
    for (ServiceAccount a : accounts) {
      views.add(new ServiceAccountTransformer.AccountView(a, a.getEmail().equals(SERVING) ? Read.of(keys) : Read.of(List.of())));
    }
    WriteBatch out = ServiceAccountTransformer.transform(views, Read.of(POLICY), SCOPE, Instant.parse("2026-12-01T00:00:00Z"));

    NodeRecord dc = node(out, DEFAULT);
    assertThat(dc.properties()).containsEntry("isEditor", true).containsEntry("isAdmin", false)
        .containsEntry("privilegeLevel", "write").containsEntry("isDefaultComputeAccount", true)
        .containsEntry("canActAsServiceAccounts", true).containsEntry("userManagedKeyCount", 0);
    assertThat(dc.properties().get("actAsMembers")).isEqualTo(List.of("serviceAccount:" + DEFAULT, "user:intern@acme.example"));
    NodeRecord serving = node(out, SERVING);
    assertThat(serving.properties()).containsEntry("privilegeLevel", "read").containsEntry("isEditor", false)
        .containsEntry("userManagedKeyCount", 1);
    assertThat(out.nodes(ServiceAccountKeySchema.NODE)).singleElement().satisfies(k ->
        assertThat(k.properties()).containsEntry("neverExpires", true).containsEntry("ageDays", 1308L)
            .containsEntry("keyType", "USER_MANAGED"));
  }

  @Test
  void anUnreadProjectPolicyLeavesEveryCapabilityUnknown() {
    List<ServiceAccount> accounts = Recorded.<ListServiceAccountsResponse>proto("iam/ListServiceAccounts.json",
        ListServiceAccountsResponse::newBuilder).getAccountsList();
    WriteBatch out = ServiceAccountTransformer.transform(accounts.stream()
        .map(a -> new ServiceAccountTransformer.AccountView(a, Read.unknown())).toList(), Read.unknown(), SCOPE, Instant.now());
    assertThat(node(out, DEFAULT).properties()).containsEntry("isAdmin", null).containsEntry("privilegeLevel", null)
        .containsEntry("userManagedKeyCount", null);
  }

  static NodeRecord node(WriteBatch out, String email) {
    return out.nodes(ServiceAccountSchema.NODE).stream().filter(n -> email.equals(n.properties().get("email")))
        .findFirst().orElseThrow();
  }
}
