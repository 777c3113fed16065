package dev.aispm.collectors.azure.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  static final ObjectMapper JSON = new ObjectMapper();
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

  @Test
  void customRolesThatAddOrMoveBlobsWriteTrainingDataAndNotDataActionsTakeItBack() throws Exception {
    String roleBase = "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/roleDefinitions/";
    String blobs = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/";
    List<JsonNode> definitions = List.of(
        customRole(roleBase + "11111111-0000-4000-8000-00000000000a", "blob appender",
            List.of(blobs + "add/action"), List.of()),
        customRole(roleBase + "11111111-0000-4000-8000-00000000000b", "blob reader by wildcard",
            List.of(blobs + "*"), List.of(blobs + "write", blobs + "add/action", blobs + "move/action")));
    List<JsonNode> assignments = List.of(
        assignment(roleBase + "11111111-0000-4000-8000-00000000000a", "cccccccc-0000-4000-8000-00000000000a"),
        assignment(roleBase + "11111111-0000-4000-8000-00000000000b", "cccccccc-0000-4000-8000-00000000000b"));
    GraphBatch out = new GraphBatch();

    PrincipalTransformer.transform("t", SUB, Map.of(), assignments, PrincipalTransformer.byGuid(definitions),
        List.of(new PrincipalTransformer.ContainerRef(OPEN, false, true)), SCOPE, out);

    // Add Blob alone plants new training files: a writer.
    assertThat(out.rels(AzurePrincipalSchema.CAN_WRITE)).extracting(r -> r.fromId())
        .containsExactly("/tenants/t/serviceprincipals/cccccccc-0000-4000-8000-00000000000a");
    // blobs/* less every content-writing data action: a reader only.
    assertThat(out.rels(AzurePrincipalSchema.CAN_READ)).extracting(r -> r.fromId())
        .containsExactly("/tenants/t/serviceprincipals/cccccccc-0000-4000-8000-00000000000b");
  }

  /** A custom role definition as RoleDefinitions_List answers it. */
  private static JsonNode customRole(String id, String name, List<String> dataActions, List<String> notDataActions) {
    ObjectNode d = JSON.createObjectNode().put("id", id).put("name", id.substring(id.lastIndexOf('/') + 1))
        .put("type", "Microsoft.Authorization/roleDefinitions");
    ObjectNode p = d.putObject("properties").put("roleName", name).put("type", "CustomRole");
    p.putArray("assignableScopes").add("/subscriptions/" + SUB);
    ObjectNode block = p.putArray("permissions").addObject();
    block.putArray("actions");
    block.putArray("notActions");
    dataActions.forEach(block.putArray("dataActions")::add);
    notDataActions.forEach(block.putArray("notDataActions")::add);
    return d;
  }

  /** A service principal's role assignment at the subscription, as RoleAssignments_ListForSubscription answers it. */
  private static JsonNode assignment(String roleDefinitionId, String principalId) {
    ObjectNode a = JSON.createObjectNode()
        .put("id", "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/roleAssignments/" + principalId)
        .put("type", "Microsoft.Authorization/roleAssignments");
    a.putObject("properties").put("roleDefinitionId", roleDefinitionId).put("principalId", principalId)
        .put("principalType", "ServicePrincipal").put("scope", "/subscriptions/" + SUB);
    return a;
  }

  static Map<String, Object> props(GraphBatch out, String name) {
    return out.nodes(AzurePrincipalSchema.NODE).stream().filter(n -> name.equals(n.properties().get("name")))
        .findFirst().orElseThrow().properties();
  }
}
