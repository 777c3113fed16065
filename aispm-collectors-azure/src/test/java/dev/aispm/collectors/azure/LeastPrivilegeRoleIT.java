package dev.aispm.collectors.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aispm.collectors.azure.arm.ArmActions;
import dev.aispm.collectors.azure.storage.BlobStore;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.simulator.azure.SimulatedAzure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The custom role in deploy/azure grants exactly the actions a full scan of the simulated tenant
 * needs: every ARM request seen on the wire is mapped to its RBAC action (as ARM authorizes it),
 * every container registry data plane read to the pull action, every Blob service request
 * (path-style, {@code /ACCOUNT/CONTAINER...}) to the blob read data action, and the role's Actions and DataActions must equal those sets. Every request must also be
 * a GET: the collector writes nothing.
 */
class LeastPrivilegeRoleIT {
  static final Path ROLE = Path.of("..", "deploy", "azure", "aispm-reader-role.json");
  static final Path BICEP = Path.of("..", "deploy", "azure", "aispm-reader-role.bicep");

  @Test
  void roleGrantsExactlyTheActionsTheCollectorCalls() throws Exception {
    Set<String> seen = new TreeSet<>();
    Set<String> seenData = new TreeSet<>();
    try (SimulatedAzure azure = SimulatedAzure.start()) {
      InProcessNeo4j.reset();
      AzureScans.scan(azure.azureEnvironment(), "scan-privilege");
      for (ServeEvent e : azure.server().getAllServeEvents()) {
        String url = e.getRequest().getUrl();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        if (path.endsWith("/oauth2/v2.0/token") || path.equals("/oauth2/exchange") || path.equals("/oauth2/token")) {
          continue; // Entra ID sign-in and the registry's token exchange mint tokens: no permission of their own
        }
        assertThat(e.getRequest().getMethod().value()).as(url).isEqualTo("GET");
        if (path.startsWith("/subscriptions") || path.startsWith("/providers")) {
          seen.add(ArmActions.readAction(path));
        } else if (path.startsWith("/acr/v1/") || path.startsWith("/v2/")) {
          // The registry's data plane authorizes catalog, manifest and blob reads as AcrPull does.
          seen.add("Microsoft.ContainerRegistry/registries/pull/read");
        } else {
          seenData.add(BlobStore.READ_DATA_ACTION);
        }
      }
    }
    JsonNode role = new ObjectMapper().readTree(Files.readString(ROLE));
    Set<String> granted = new TreeSet<>();
    role.get("Actions").forEach(a -> granted.add(a.asText()));
    assertThat(granted).as("deploy/azure/aispm-reader-role.json Actions").isEqualTo(seen);
    Set<String> grantedData = new TreeSet<>();
    role.get("DataActions").forEach(a -> grantedData.add(a.asText()));
    assertThat(seenData).as("the content stage read blobs").isNotEmpty();
    assertThat(grantedData).as("deploy/azure/aispm-reader-role.json DataActions").isEqualTo(seenData);
    assertThat(Files.readString(BICEP)).contains("loadJsonContent('aispm-reader-role.json')", "role.Actions",
        "role.DataActions");
  }
}
