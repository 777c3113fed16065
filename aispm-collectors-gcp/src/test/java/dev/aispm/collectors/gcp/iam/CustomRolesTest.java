package dev.aispm.collectors.gcp.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.iam.admin.v1.ListRolesResponse;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.iam.GcpPrincipalSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Custom roles classified by their permissions, as the predefined roles they resemble. */
class CustomRolesTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "global");
  static final String LOADER = "projects/acme-vertex-prod/roles/trainingDataLoader";
  static final String AUDITOR = "projects/acme-vertex-prod/roles/modelAuditor";
  static final String RETIRED = "projects/acme-vertex-prod/roles/retiredWriter";
  static final String DEPLOYER = "organizations/424242424242/roles/mlDeployer";
  static final RoleCatalog ORGANIZATION = new RoleCatalog(Map.of(DEPLOYER,
      Set.of("aiplatform.customJobs.create", "iam.serviceAccounts.actAs")));

  static RoleCatalog project() {
    ListRolesResponse r = Recorded.proto("iam/ListRoles.json", ListRolesResponse::newBuilder);
    return RoleCatalog.of(r.getRolesList());
  }

  @Test
  void aCustomRoleWithAnObjectWritingPermissionWritesAndAReadOnlyOneReads() {
    Bindings b = new Bindings(Map.of()).withRoles(project().merge(ORGANIZATION));
    assertThat(b.writes(LOADER)).isTrue();
    assertThat(b.reads(AUDITOR)).isTrue();
    assertThat(b.writes(AUDITOR)).isFalse();
    // A deleted role grants nothing any more; an unknown custom role is not guessed at.
    assertThat(b.writes(RETIRED)).isFalse();
    assertThat(b.writes("projects/other/roles/unknown")).isFalse();
    assertThat(b.actsAs(DEPLOYER)).isTrue();
    assertThat(b.actsAs(LOADER)).isFalse();
    assertThat(b.privilegeLevel(List.of(AUDITOR))).isEqualTo("read");
    assertThat(b.privilegeLevel(List.of(DEPLOYER))).isEqualTo("write");
    assertThat(b.privilegeLevel(List.of(LOADER, AUDITOR))).isEqualTo("write");
  }

  @Test
  void aCustomActAsRoleBecomesAnActAsEdgeNamedCustomRole() {
    String pipelines = "vertex-pipelines@acme-vertex-prod.iam.gserviceaccount.com";
    String deployer = "serviceAccount:ci-deployer@acme-partner-etl.iam.gserviceaccount.com";
    Bindings policy = new Bindings(Map.of(DEPLOYER, Set.of(deployer), AUDITOR, Set.of("group:model-risk@acme.example"),
        "roles/editor", Set.of("user:lead@acme.example"), "roles/iam.serviceAccountUser", Set.of("user:lead@acme.example")))
        .withRoles(project().merge(ORGANIZATION));
    WriteBatch out = ActAsTransformer.transform(List.of(new ActAsTransformer.AccountPolicy(pipelines, Read.unknown())),
        Read.of(policy), SCOPE);

    assertThat(out.rels(GcpPrincipalSchema.CAN_ACT_AS)).filteredOn(r -> r.fromId().equals(GcpIds.member(deployer)))
        .singleElement().satisfies(r -> assertThat(r.properties()).containsEntry("via", "customRole")
            .containsEntry("roles", List.of(DEPLOYER)));
    // A dedicated predefined role is more specific than Editor; a read-only custom role acts as nobody.
    assertThat(out.rels(GcpPrincipalSchema.CAN_ACT_AS)).filteredOn(r -> r.fromId().equals(GcpIds.member("user:lead@acme.example")))
        .singleElement().extracting(r -> r.properties().get("via")).isEqualTo("serviceAccountUser");
    assertThat(out.rels(GcpPrincipalSchema.CAN_ACT_AS)).extracting(RelRecord::fromId)
        .doesNotContain(GcpIds.member("group:model-risk@acme.example"));
    assertThat(ActAsTransformer.members(Read.of(policy), Read.unknown())).contains(deployer)
        .doesNotContain("group:model-risk@acme.example");
  }

  @Test
  void withoutTheCatalogACustomRoleIsNotCountedAsWriting() {
    Bindings b = new Bindings(Map.of(LOADER, Set.of("user:a@acme.example")));
    assertThat(b.writes(LOADER)).isFalse();
    assertThat(b.withRoles(project()).writes(LOADER)).isTrue();
    // Inherited bindings keep the project's catalog.
    assertThat(b.withRoles(project()).merge(new Bindings(Map.of())).writes(LOADER)).isTrue();
  }
}
