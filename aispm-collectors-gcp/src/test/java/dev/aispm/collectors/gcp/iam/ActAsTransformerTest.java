package dev.aispm.collectors.gcp.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.iam.GcpPrincipalSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActAsTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "global");
  static final String PIPELINES = "vertex-pipelines@acme-vertex-prod.iam.gserviceaccount.com";
  static final String SERVING = "vertex-serving@acme-vertex-prod.iam.gserviceaccount.com";
  static final String DEFAULT = "314159265358-compute@developer.gserviceaccount.com";
  static final Bindings PROJECT = new Bindings(Map.of(
      "roles/editor", Set.of("serviceAccount:" + DEFAULT, "serviceAccount:" + PIPELINES),
      "roles/iam.serviceAccountUser", Set.of("user:intern@acme.example"),
      "roles/storage.objectViewer", Set.of("serviceAccount:" + SERVING)));

  static Bindings accountPolicy() {
    return Bindings.of(Recorded.<com.google.iam.v1.Policy>proto("iam/GetServiceAccountIamPolicy.json",
        com.google.iam.v1.Policy::newBuilder));
  }

  @Test
  void projectAndAccountGrantsBecomeActAsEdgesFromAccountsAndPrincipals() {
    WriteBatch out = ActAsTransformer.transform(List.of(
        new ActAsTransformer.AccountPolicy(PIPELINES, Read.of(accountPolicy())),
        new ActAsTransformer.AccountPolicy(SERVING, Read.of(new Bindings(Map.of())))), Read.of(PROJECT), SCOPE);

    Map<String, RelRecord> toPipelines = edges(out, PIPELINES);
    // The serving account (a local account) holds Token Creator on the pipeline account itself.
    assertThat(toPipelines.get(GcpIds.serviceAccount(SERVING)).properties())
        .containsEntry("via", "serviceAccountTokenCreator").containsEntry("policy", "serviceAccount");
    // Project-level Service Account User reaches every account of the project.
    assertThat(toPipelines.get(GcpIds.member("user:intern@acme.example")).properties())
        .containsEntry("via", "serviceAccountUser").containsEntry("policy", "project");
    assertThat(toPipelines.get(GcpIds.member("serviceAccount:acme-vertex-prod.svc.id.goog[ml-jobs/trainer]"))
        .properties()).containsEntry("via", "workloadIdentityUser");
    // A conditional grant counts; Editor is named only when nothing more specific grants act-as.
    assertThat(toPipelines).containsKey(GcpIds.member("user:oncall@acme.example"));
    // An account that is not among the listed ones (here: not passed in) starts from a principal node.
    assertThat(toPipelines.get(GcpIds.member("serviceAccount:" + DEFAULT)).properties()).containsEntry("via", "editor")
        .containsEntry("roles", List.of("roles/editor"));
    // No edge from an account to itself, none from a deleted member.
    assertThat(toPipelines).doesNotContainKey(GcpIds.serviceAccount(PIPELINES))
        .doesNotContainKey(GcpIds.member("deleted:user:former@acme.example?uid=123456789012345678901"));

    Map<String, RelRecord> toServing = edges(out, SERVING);
    assertThat(toServing.keySet()).containsExactlyInAnyOrder(GcpIds.member("serviceAccount:" + DEFAULT),
        GcpIds.serviceAccount(PIPELINES), GcpIds.member("user:intern@acme.example"));

    assertThat(out.nodes(GcpPrincipalSchema.NODE)).anySatisfy(n -> assertThat(n.properties())
        .containsEntry("member", "group:data-science@acme.example").containsEntry("memberType", "group")
        .containsEntry("name", "data-science@acme.example").containsEntry("isPublic", false));
  }

  @Test
  void anUnreadAccountPolicyKeepsTheProjectGrantsAndAPublicMemberIsMarked() {
    Bindings publicGrant = new Bindings(Map.of("roles/iam.serviceAccountTokenCreator", Set.of("allAuthenticatedUsers")));
    WriteBatch out = ActAsTransformer.transform(List.of(
        new ActAsTransformer.AccountPolicy(PIPELINES, Read.unknown()),
        new ActAsTransformer.AccountPolicy(SERVING, Read.of(publicGrant))), Read.of(PROJECT), SCOPE);
    assertThat(edges(out, PIPELINES)).containsKey(GcpIds.member("user:intern@acme.example"));
    assertThat(out.nodes(GcpPrincipalSchema.NODE)).anySatisfy(n -> assertThat(n.properties())
        .containsEntry("memberType", "public").containsEntry("isPublic", true));
    assertThat(ActAsTransformer.members(Read.of(PROJECT), Read.of(accountPolicy())))
        .contains("user:contractor@partner.example", "user:intern@acme.example", "serviceAccount:" + DEFAULT);
  }

  @Test
  void nothingIsDrawnWhenNoPolicyWasRead() {
    WriteBatch out = ActAsTransformer.transform(List.of(new ActAsTransformer.AccountPolicy(PIPELINES, Read.unknown())),
        Read.unknown(), SCOPE);
    assertThat(out.size()).isZero();
  }

  /** CAN_ACT_AS edges into one account, by source id. */
  static Map<String, RelRecord> edges(WriteBatch out, String email) {
    return java.util.stream.Stream.concat(out.rels(ServiceAccountSchema.CAN_ACT_AS).stream(),
            out.rels(GcpPrincipalSchema.CAN_ACT_AS).stream())
        .filter(r -> r.toId().equals(GcpIds.serviceAccount(email)))
        .collect(Collectors.toMap(RelRecord::fromId, r -> r));
  }
}
