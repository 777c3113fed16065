package dev.aispm.collectors.gcp.artifactregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactRepositorySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns Docker repositories and their IAM policies into repository nodes. */
public final class ArtifactRepositoryTransformer {
  /** Roles through which a member may pull images (reader and above; custom roles are not resolved here). */
  static final Set<String> PULL_ROLES = Set.of("roles/artifactregistry.reader", "roles/artifactregistry.writer",
      "roles/artifactregistry.repoAdmin", "roles/artifactregistry.admin", "roles/viewer", "roles/editor",
      "roles/owner");
  private static final Set<String> PUBLIC = Set.of("allUsers", "allAuthenticatedUsers");

  private ArtifactRepositoryTransformer() {}

  /**
   * One repository as read.
   *
   * @param repository the Repository resource
   * @param policy     its IAM policy, unknown when it could not be read
   */
  public record RepositoryView(JsonNode repository, Read<JsonNode> policy) {}

  /** Only Docker repositories hold container images. */
  public static boolean isDocker(JsonNode repository) {
    return "DOCKER".equals(repository.path("format").asText(""));
  }

  /** The host images of a repository are pulled from: the location's Docker endpoint. */
  public static String registryHost(String location) {
    return location + "-docker.pkg.dev";
  }

  public static WriteBatch transform(List<RepositoryView> views, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (RepositoryView v : views) {
      JsonNode r = v.repository();
      String name = r.path("name").asText(null);
      if (name == null) {
        throw new IllegalStateException("repository without a name in the list answer");
      }
      String[] parts = name.split("/");
      NodeRecord.Builder node = NodeRecord.of(name, scope)
          .set("name", parts[parts.length - 1])
          .set("project", parts.length > 1 ? parts[1] : null)
          .set("location", parts.length > 3 ? parts[3] : null)
          .set("format", r.path("format").asText(null))
          .set("mode", r.path("mode").asText(null))
          .set("registryHost", parts.length > 3 ? registryHost(parts[3]) : null)
          .set("kmsKeyName", blankToNull(r.path("kmsKeyName").asText(null)))
          .set("cleanupPolicies", r.path("cleanupPolicies").size())
          .set("cleanupPolicyDryRun", r.path("cleanupPolicyDryRun").asBoolean(false))
          .set("vulnerabilityScanning", r.path("vulnerabilityScanningConfig").path("enablementState").asText(null))
          .set("createdAt", r.path("createTime").asText(null));
      if (v.policy().known()) {
        List<String> members = publicMembers(v.policy().value());
        node.set("publicMembers", members)
            .set("publiclyReadable", members.stream().anyMatch(m -> PULL_ROLES.contains(m.substring(0, m.indexOf('=')))));
      }
      out.node(GcpArtifactRepositorySchema.NODE, node.build());
    }
    return out;
  }

  /** allUsers / allAuthenticatedUsers bindings as ROLE=MEMBER, conditions ignored (a condition still grants). */
  static List<String> publicMembers(JsonNode policy) {
    List<String> out = new ArrayList<>();
    for (JsonNode b : policy.path("bindings")) {
      for (JsonNode m : b.path("members")) {
        if (PUBLIC.contains(m.asText())) {
          out.add(b.path("role").asText() + "=" + m.asText());
        }
      }
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
