package dev.aispm.collectors.azure.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrincipalTransformerTest {
  static final String SUB = "00000000-1111-2222-3333-444444444444";
  static final ScopeKey SCOPE = new ScopeKey("azure", SUB, "global");
  static final String OPEN = "/subscriptions/" + SUB + "/resourcegroups/data/providers/microsoft.storage/storageaccounts/legacy/blobservices/default/containers/open";
  static final String OTHER = "/subscriptions/" + SUB + "/resourcegroups/other/providers/microsoft.storage/storageaccounts/x/blobservices/default/containers/c";

  @Test
  void summarisesAssignmentsAtEveryScope() {
    GraphBatch out = new GraphBatch();
    ResourceIdentity workspace = new ResourceIdentity("aaaaaaaa-0000-4000-8000-000000000001", "systemAssigned", null, null, "ws");
    PrincipalTransformer.transform("t", SUB, Map.of(workspace.principalId(), workspace),
        Recorded.list("authorization", "RoleAssignments_ListForSubscription"),
        PrincipalTransformer.byGuid(Recorded.list("authorization", "RoleDefinitions_List")),
        List.of(new PrincipalTransformer.ContainerRef(OPEN, true, true), new PrincipalTransformer.ContainerRef(OTHER, true, true)),
        SCOPE, out);

    // Contributor on the resource group: write, not admin; listKeys opens the shared-key container in its group only.
    Map<String, Object> ws = props(out, "ws");
    assertThat(ws).containsEntry("isAdmin", false).containsEntry("privilegeLevel", "write").containsEntry("assignmentsRead", true);
    assertThat(out.rels(AzurePrincipalSchema.CAN_WRITE)).filteredOn(r -> r.fromId().endsWith("000000000001"))
        .extracting(r -> r.toId()).containsExactly(OPEN);

    // User Access Administrator inherited from a management group (tenant-level role id): admin.
    Map<String, Object> group = props(out, "eeeeeeee-0000-4000-8000-000000000005");
    assertThat(group).containsEntry("isAdmin", true).containsEntry("privilegeLevel", "admin").containsEntry("principalType", "Group");

    // A reader of the account's blobs: a read edge only, and it is written because the data is AI data.
    assertThat(out.rels(AzurePrincipalSchema.CAN_READ)).filteredOn(r -> r.fromId().endsWith("000000000006"))
        .extracting(r -> r.toId()).containsExactly(OPEN);
    assertThat(out.nodes(AzurePrincipalSchema.NODE)).extracting(NodeRecord::id)
        .contains("/tenants/t/users/ffffffff-0000-4000-8000-000000000006").doesNotContain("/tenants/t/users/eeeeeeee-0000-4000-8000-000000000005");
  }

  @Test
  void sharedKeyOffClosesTheListKeysRoute() {
    GraphBatch out = new GraphBatch();
    ResourceIdentity workspace = new ResourceIdentity("aaaaaaaa-0000-4000-8000-000000000001", "systemAssigned", null, null, "ws");
    PrincipalTransformer.transform("t", SUB, Map.of(workspace.principalId(), workspace),
        Recorded.list("authorization", "RoleAssignments_ListForSubscription"),
        PrincipalTransformer.byGuid(Recorded.list("authorization", "RoleDefinitions_List")),
        List.of(new PrincipalTransformer.ContainerRef(OPEN, false, true)), SCOPE, out);
    assertThat(out.rels(AzurePrincipalSchema.CAN_WRITE)).isEmpty();
  }

  @Test
  void unreadAssignmentsLeaveTheSummaryUnknown() {
    GraphBatch out = new GraphBatch();
    ResourceIdentity workspace = new ResourceIdentity("aaaaaaaa-0000-4000-8000-000000000001", "systemAssigned", null, null, "ws");
    PrincipalTransformer.transform("t", SUB, Map.of(workspace.principalId(), workspace), null, null, List.of(), SCOPE, out);
    assertThat(props(out, "ws")).containsEntry("isAdmin", null).containsEntry("privilegeLevel", null)
        .containsEntry("canWriteData", null).containsEntry("assignmentsRead", false);
  }

  static Map<String, Object> props(GraphBatch out, String name) {
    return out.nodes(AzurePrincipalSchema.NODE).stream().filter(n -> name.equals(n.properties().get("name")))
        .findFirst().orElseThrow().properties();
  }
}
