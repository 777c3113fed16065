package dev.aispm.graph.schema.azure.authorization;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobContainerSchema;

/**
 * An Entra ID principal (managed identity or service principal) that an AI resource runs as or
 * that holds a role over AI data, with its role assignments summarised the way an IAM role's
 * policies are, so that rules ask "is it admin" and "which containers can it write" alike.
 */
public final class AzurePrincipalSchema {
  private AzurePrincipalSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzurePrincipal")
      .concept("Identity")
      .description("An Entra ID service principal. Its id is /tenants/TENANT/servicePrincipals/OBJECT_ID.")
      .property("name", "Name of the resource it is the identity of, or of the user-assigned identity")
      .property("principalId", "Object id in Entra ID")
      .property("principalType", "ServicePrincipal, User, Group (from role assignments) ")
      .property("tenantId", "Tenant id")
      .property("identityKind", "systemAssigned, userAssigned or servicePrincipal")
      .property("userAssignedIdentityId", "ARM id of the user-assigned identity, when it is one")
      .property("clientId", "Application (client) id, when known")
      .property("roleAssignments", "Role name @ scope, one per assignment")
      .property("isAdmin", "Whether a role grants every action (*) and role-assignment writes at subscription scope or above")
      .property("privilegeLevel", "admin, write or read: the strongest capability its roles grant")
      .property("canPassRole", "Whether a role lets it attach user-assigned managed identities to resources (userAssignedIdentities/assign/action): the Azure counterpart of iam:PassRole")
      .property("canWriteData", "Whether a role lets it write blobs (data actions or account keys)")
      .property("assignmentsRead", "Whether the role assignments of every scanned subscription were read (false: the summary may be incomplete)")
      .build();

  public static final RelSchema CAN_WRITE = RelSchema.of("CAN_WRITE", NODE, AzureBlobContainerSchema.NODE,
      "A role assignment at the container, account, group or subscription lets the principal write blobs "
          + "(blob write data actions, or listKeys with shared keys allowed). Property roles.");
  public static final RelSchema CAN_READ = RelSchema.of("CAN_READ", NODE, AzureBlobContainerSchema.NODE,
      "A role assignment lets the principal read blobs of the container. Property roles.");
}
