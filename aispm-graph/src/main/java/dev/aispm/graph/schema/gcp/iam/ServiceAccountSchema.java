package dev.aispm.graph.schema.gcp.iam;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.storage.GcsBucketSchema;

/**
 * A Google service account with its project and bucket role bindings summarised into the same
 * capability properties an AWS role carries, so the common attack-path rules read them unchanged.
 */
public final class ServiceAccountSchema {
  private ServiceAccountSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPServiceAccount")
      .concept("Identity")
      .description("A service account. Its id is //iam.googleapis.com/projects/PROJECT/serviceAccounts/EMAIL.")
      .property("name", "Service account e-mail")
      .property("email", "Service account e-mail")
      .property("displayName", "Display name")
      .property("uniqueId", "Numeric unique id")
      .property("disabled", "Whether the account is disabled")
      .property("isDefaultComputeAccount", "Whether it is the Compute Engine default service account (PROJECT_NUMBER-compute@)")
      .property("projectRoles", "Roles bound to the account on its project (absent: project policy unread)")
      .property("isAdmin", "Whether it holds roles/owner on its project")
      .property("isEditor", "Whether it holds roles/editor on its project")
      .property("privilegeLevel", "admin, write or read: the strongest capability its project roles grant")
      .property("canActAsServiceAccounts", "Whether it holds an act-as role (serviceAccountUser, token creator, workload identity user, Editor, Owner) on its project: it can act as every account there")
      .property("canPassRole", "Same as canActAsServiceAccounts: acting as another account is GCP's iam:PassRole")
      .property("actAsMembers", "Principals that may act as it: serviceAccountUser, token creator, workload identity user, Owner or Editor on the project or on the account")
      .property("iamPolicyRead", "Whether the policy attached to the account itself was read (false: only project-level grants are known)")
      .property("userManagedKeyCount", "Number of user-managed keys (absent: keys unread)")
      .property("usedByAi", "Whether an AI workload runs as the account")
      .build();

  public static final RelSchema CAN_WRITE = RelSchema.of("CAN_WRITE", NODE, GcsBucketSchema.NODE,
      "A project or bucket role binding lets the account write objects to the bucket.");
  public static final RelSchema CAN_ACT_AS = RelSchema.of("CAN_ACT_AS", NODE, NODE,
      "The account holds a role that lets it act as the other account (see GCPPrincipal CAN_ACT_AS): "
          + "GCP's counterpart of iam:PassRole, and a step of the act-as attack paths.");
  public static final RelSchema CAN_READ = RelSchema.of("CAN_READ", NODE, GcsBucketSchema.NODE,
      "A project or bucket role binding lets the account read objects from the bucket.");
}
