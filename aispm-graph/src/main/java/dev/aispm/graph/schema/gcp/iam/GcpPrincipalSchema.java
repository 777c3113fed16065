package dev.aispm.graph.schema.gcp.iam;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.storage.GcsBucketSchema;

/**
 * A principal named in an IAM policy that is not a service account of a scanned project: a user,
 * group, domain, workload identity pool member, the public, or another project's service account.
 * Only principals that can act as a service account or write objects of a bucket are written:
 * they are where the "act as the AI service account" attack paths start (as a role that may
 * iam:PassRole is on AWS), and they are the writers of training data that no scanned account
 * accounts for.
 * Its properties do not depend on the project that named it, so two projects writing the same
 * principal agree.
 */
public final class GcpPrincipalSchema {
  private GcpPrincipalSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPPrincipal")
      .concept("Identity")
      .description("An IAM policy member. Its id is gcp-member:MEMBER, e.g. gcp-member:user:alice@example.com.")
      .property("name", "The member without its type prefix (e-mail, domain, pool subject), or the member itself")
      .property("member", "The member as IAM policies spell it (user:..., group:..., serviceAccount:..., allUsers)")
      .property("memberType", "user, group, domain, serviceAccount, principal, principalSet, public or other")
      .property("isPublic", "Whether it is allUsers or allAuthenticatedUsers")
      .build();

  /**
   * Edges from principals to the accounts they can act as. Owned by the service account's sync, so
   * they are cleaned up with the accounts whose policies produced them.
   */
  public static final RelSchema CAN_ACT_AS = new RelSchema("CAN_ACT_AS", NODE, ServiceAccountSchema.NODE,
      ServiceAccountSchema.NODE, false,
      "The principal holds a role that lets it act as the service account (serviceAccountUser, token creator, "
          + "workload identity user, or Owner/Editor on its project), on the account or on the project. "
          + "Properties: via (the most specific such role), roles, policy (serviceAccount or project).");

  /**
   * Edges from principals to the buckets they can write. Owned, like the service accounts' own
   * CAN_WRITE edges, by the service account type: both come from the same bucket and project
   * policies and are cleaned up together.
   */
  public static final RelSchema CAN_WRITE = new RelSchema("CAN_WRITE", NODE, GcsBucketSchema.NODE,
      ServiceAccountSchema.NODE, false,
      "A project or bucket role binding (predefined or custom) lets the principal create, replace or delete "
          + "objects in the bucket. Property: via (iam).");
}
