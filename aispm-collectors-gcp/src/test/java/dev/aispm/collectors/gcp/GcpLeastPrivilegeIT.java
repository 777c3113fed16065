package dev.aispm.collectors.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans the simulated organization (once by organization, once by an explicit project list),
 * collects the IAM permission of every call the simulator saw on the wire, and checks that the
 * shipped custom role and its Terraform grant exactly those: nothing missing, nothing extra.
 */
class GcpLeastPrivilegeIT {
  @TempDir
  Path dir;

  @Test
  void theShippedRoleGrantsExactlyThePermissionsTheCollectorUses() throws Exception {
    Set<String> used;
    try (SimulatedGcpScan sim = new SimulatedGcpScan(dir)) {
      InProcessNeo4j.reset();
      sim.scan(sim.environment(Map.of()), "role-org");
      sim.scan(sim.environment(Map.of("AISPM_GCP_ORGANIZATION", "", "AISPM_GCP_PROJECTS", "acme-vertex-prod")), "role-list");
      used = new TreeSet<>(sim.gcp.permissionsSeen());
    }
    Path deploy = repoRoot().resolve("deploy/gcp");
    Set<String> role = Files.readString(deploy.resolve("aispm-reader-role.yaml")).lines()
        .filter(l -> l.startsWith("- ")).map(l -> l.substring(2).strip()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> terraform = Files.readString(deploy.resolve("main.tf")).lines().map(String::strip)
        .filter(l -> l.matches("\"[a-z]+\\.[a-zA-Z]+\\.[a-zA-Z]+\",")).map(l -> l.substring(1, l.length() - 2))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(used).as("the scan reached Vertex AI").contains("aiplatform.endpoints.list", "notebooks.instances.list");
    assertThat(role).as("role permissions vs. calls seen on the wire").isEqualTo(used);
    assertThat(terraform).as("Terraform role permissions").isEqualTo(role);
    // downloadArtifacts is Artifact Registry's pull: reading an image's layers, never changing them.
    assertThat(used).allMatch(p -> p.matches("[a-z]+\\.[a-zA-Z]+\\.(list|get|getIamPolicy|downloadArtifacts)"),
        "read-only permissions");
  }

  static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("deploy"))) {
      p = p.getParent();
    }
    return p;
  }
}
