package dev.aispm.graph.schema.gcp.iam;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * A user-managed service account key: a long-lived credential outside Google's rotation, the
 * usual way a service account leaks. Only metadata is read; the key material never is.
 */
public final class ServiceAccountKeySchema {
  private ServiceAccountKeySchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPServiceAccountKey")
      .concept("Credential")
      .description("A user-managed key of a service account. Its id is //iam.googleapis.com/projects/P/serviceAccounts/EMAIL/keys/KEY_ID.")
      .property("name", "Key id")
      .property("serviceAccount", "E-mail of the account the key belongs to")
      .property("keyType", "USER_MANAGED or SYSTEM_MANAGED")
      .property("keyOrigin", "GOOGLE_PROVIDED or USER_PROVIDED")
      .property("validAfter", "Start of validity")
      .property("validBefore", "End of validity (9999-12-31 for keys that never expire)")
      .property("neverExpires", "Whether the key stays valid indefinitely")
      .property("ageDays", "Days since the key became valid, at scan time")
      .property("disabled", "Whether the key is disabled")
      .build();

  public static final RelSchema HAS_KEY = new RelSchema("HAS_KEY", ServiceAccountSchema.NODE, NODE, NODE, false,
      "The service account can be used with the key.");
}
