package dev.aispm.collectors.gcp.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Reads who may invoke a Cloud Run service (and so the 2nd gen function it serves) from its IAM
 * policy: {@code roles/run.invoker}, or a role that includes it (owner, editor, run.admin...), held
 * by {@code allUsers} or {@code allAuthenticatedUsers} means anyone with a Google account or none
 * at all. A condition on the binding is read as still public: conditions on these principals
 * rarely narrow them, and unknown must not become private.
 */
public final class InvokerPolicy {
  static final Set<String> INVOKER_ROLES = Set.of("roles/run.invoker", "roles/run.servicesInvoker",
      "roles/run.admin", "roles/run.developer", "roles/editor", "roles/owner", "roles/cloudfunctions.invoker");
  static final Set<String> PUBLIC = Set.of("allUsers", "allAuthenticatedUsers");

  private InvokerPolicy() {}

  public static boolean publicInvoker(JsonNode policy) {
    for (JsonNode b : policy.path("bindings")) {
      if (!INVOKER_ROLES.contains(b.path("role").asText())) {
        continue;
      }
      for (JsonNode m : b.path("members")) {
        if (PUBLIC.contains(m.asText())) {
          return true;
        }
      }
    }
    return false;
  }
}
