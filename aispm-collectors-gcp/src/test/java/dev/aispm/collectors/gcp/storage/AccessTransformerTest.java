package dev.aispm.collectors.gcp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.collect.Read;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.iam.Bindings;
import dev.aispm.collectors.gcp.iam.RoleCatalog;
import dev.aispm.graph.schema.gcp.iam.GcpPrincipalSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "p1", "global");
  static final String EDITOR = "editor@p1.iam.gserviceaccount.com";
  static final String READER = "reader@p1.iam.gserviceaccount.com";
  static final String OTHER = "job@p2.iam.gserviceaccount.com";

  @Test
  void projectRolesReachEveryBucketAndBucketRolesReachTheirBucket() {
    Bindings project = new Bindings(Map.of("roles/editor", Set.of("serviceAccount:" + EDITOR),
        "roles/aiplatform.user", Set.of("serviceAccount:" + READER)));
    Bindings data = new Bindings(Map.of("roles/storage.objectViewer", Set.of("serviceAccount:" + READER),
        "roles/storage.objectCreator", Set.of("serviceAccount:" + OTHER)));
    WriteBatch out = AccessTransformer.transform("p1", List.of(EDITOR, READER), Read.of(project),
        List.of(new AccessTransformer.BucketAccess("data", Read.of(data)),
            new AccessTransformer.BucketAccess("models", Read.of(new Bindings(Map.of())))), SCOPE);

    assertThat(out.rels(ServiceAccountSchema.CAN_WRITE)).extracting(r -> r.fromId() + " -> " + r.toId()).containsExactlyInAnyOrder(
        "//iam.googleapis.com/projects/-/serviceAccounts/" + EDITOR + " -> //storage.googleapis.com/projects/_/buckets/data",
        "//iam.googleapis.com/projects/-/serviceAccounts/" + EDITOR + " -> //storage.googleapis.com/projects/_/buckets/models",
        "//iam.googleapis.com/projects/-/serviceAccounts/" + OTHER + " -> //storage.googleapis.com/projects/_/buckets/data");
    assertThat(out.rels(ServiceAccountSchema.CAN_READ)).extracting(RelRecord::fromId)
        .contains("//iam.googleapis.com/projects/-/serviceAccounts/" + READER);
  }

  @Test
  void legacyProjectMembersStandForTheProjectsRoleHolders() {
    Bindings project = new Bindings(Map.of("roles/editor", Set.of("serviceAccount:" + EDITOR)));
    Bindings data = new Bindings(Map.of("roles/storage.legacyBucketOwner", Set.of("projectEditor:p1")));
    assertThat(AccessTransformer.accountsOf("projectEditor:p1", "p1", List.of(EDITOR, READER), Read.of(project)))
        .containsExactly(EDITOR);
    assertThat(AccessTransformer.accountsOf("projectEditor:p2", "p1", List.of(EDITOR), Read.of(project))).isEmpty();
    WriteBatch out = AccessTransformer.transform("p1", List.of(EDITOR), Read.unknown(),
        List.of(new AccessTransformer.BucketAccess("data", Read.of(data))), SCOPE);
    assertThat(out.rels(ServiceAccountSchema.CAN_WRITE)).as("project policy unread: the legacy member resolves to nobody")
        .isEmpty();
  }

  @Test
  void aCustomRoleWritingObjectsMakesItsOutsideHoldersPrincipalWriters() {
    String loader = "projects/p1/roles/trainingDataLoader";
    RoleCatalog roles = new RoleCatalog(Map.of(loader, Set.of("storage.objects.create", "storage.objects.list"),
        "projects/p1/roles/lister", Set.of("storage.objects.list")));
    Bindings project = new Bindings(Map.of("roles/editor", Set.of("serviceAccount:" + EDITOR, "user:lead@example.com"),
        "roles/viewer", Set.of("user:auditor@example.com"))).withRoles(roles);
    Bindings data = new Bindings(Map.of(loader, Set.of("serviceAccount:" + OTHER, "serviceAccount:" + READER),
        "projects/p1/roles/lister", Set.of("group:listers@example.com"),
        "roles/storage.objectCreator", Set.of("allUsers", "deleted:user:gone@example.com?uid=1"))).withRoles(roles);
    WriteBatch out = AccessTransformer.transform("p1", List.of(EDITOR, READER), Read.of(project),
        List.of(new AccessTransformer.BucketAccess("data", Read.of(data)),
            new AccessTransformer.BucketAccess("models", Read.of(new Bindings(Map.of()).withRoles(roles)))), SCOPE);

    // The project's own account writes through the custom role like through a predefined one.
    assertThat(out.rels(ServiceAccountSchema.CAN_WRITE)).extracting(r -> r.fromId() + " -> " + r.toId())
        .contains("//iam.googleapis.com/projects/-/serviceAccounts/" + READER + " -> //storage.googleapis.com/projects/_/buckets/data");
    // Another project's account and a project Editor user are principals writing; readers, the public,
    // deleted members and a custom role without a writing permission are not.
    assertThat(out.rels(GcpPrincipalSchema.CAN_WRITE)).extracting(r -> r.fromId() + " -> " + r.toId())
        .containsExactlyInAnyOrder(
            "gcp-member:serviceAccount:" + OTHER + " -> //storage.googleapis.com/projects/_/buckets/data",
            "gcp-member:user:lead@example.com -> //storage.googleapis.com/projects/_/buckets/data",
            "gcp-member:user:lead@example.com -> //storage.googleapis.com/projects/_/buckets/models");
    assertThat(out.nodes(GcpPrincipalSchema.NODE)).extracting(n -> n.properties().get("memberType"))
        .containsOnly("serviceAccount", "user");
  }
}
