package dev.aispm.collectors.gcp.artifactregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.collectors.gcp.artifactregistry.ArtifactImageTransformer.ImageView;
import dev.aispm.collectors.gcp.artifactregistry.ArtifactRepositoryTransformer.RepositoryView;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactRepositorySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Artifact Registry transforms on recorded v1 answers. */
class ArtifactRegistryTransformersTest {
  private static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-prod", ScopeKey.GLOBAL);
  private static final String REPO = "projects/acme-prod/locations/europe-west4/repositories/inference";

  private static JsonNode policy() throws Exception {
    return new ObjectMapper().readTree(Recorded.text("artifactregistry/repositories.getIamPolicy.json"));
  }

  @Test
  void dockerRepositoriesKeepTheirCleanupEncryptionAndPublicReaders() throws Exception {
    List<JsonNode> repos = Recorded.items("artifactregistry/repositories.list.json", "repositories");
    assertThat(repos.stream().filter(ArtifactRepositoryTransformer::isDocker)).hasSize(1);
    WriteBatch out = ArtifactRepositoryTransformer.transform(List.of(new RepositoryView(repos.get(0), Read.of(policy()))),
        SCOPE);
    NodeRecord r = out.nodes(GcpArtifactRepositorySchema.NODE).get(0);
    assertThat(r.id()).isEqualTo(REPO);
    assertThat(r.properties()).containsEntry("name", "inference").containsEntry("project", "acme-prod")
        .containsEntry("location", "europe-west4").containsEntry("registryHost", "europe-west4-docker.pkg.dev")
        .containsEntry("cleanupPolicies", 2).containsEntry("cleanupPolicyDryRun", true)
        .containsEntry("vulnerabilityScanning", "SCANNING_ACTIVE")
        .containsEntry("publicMembers", List.of("roles/artifactregistry.reader=allAuthenticatedUsers"))
        .containsEntry("publiclyReadable", true);
  }

  @Test
  void aPrivateRepositoryIsNotPublicAndAnUnreadPolicyIsUnknown() throws Exception {
    JsonNode repo = Recorded.items("artifactregistry/repositories.list.json", "repositories").get(0);
    JsonNode closed = new ObjectMapper().readTree("{\"bindings\":[{\"role\":\"roles/artifactregistry.reader\","
        + "\"members\":[\"group:ml@acme.example\"]}]}");
    assertThat(ArtifactRepositoryTransformer.transform(List.of(new RepositoryView(repo, Read.of(closed))), SCOPE)
        .nodes(GcpArtifactRepositorySchema.NODE).get(0).properties()).containsEntry("publiclyReadable", false);
    assertThat(ArtifactRepositoryTransformer.transform(List.of(new RepositoryView(repo, Read.unknown())), SCOPE)
        .nodes(GcpArtifactRepositorySchema.NODE).get(0).properties()).doesNotContainKey("publiclyReadable");
  }

  @Test
  void theNewestImageOfEachImagePathIsReadAndSignaturesAreNotImages() {
    List<JsonNode> images = Recorded.items("artifactregistry/dockerImages.list.json", "dockerImages");
    List<ImageView> newest = ArtifactImageTransformer.newestPerImage(Map.of(REPO, images));
    assertThat(newest).extracting(v -> ArtifactImageTransformer.id(v.image())).containsExactly(
        "europe-west4-docker.pkg.dev/acme-prod/inference/chat-api@sha256:" + "2".repeat(64),
        "europe-west4-docker.pkg.dev/acme-prod/inference/embedder@sha256:" + "4".repeat(64));
  }

  @Test
  void imageNodesUseThePullReferenceAsIdAndLinkTheirRepository() {
    List<JsonNode> images = Recorded.items("artifactregistry/dockerImages.list.json", "dockerImages");
    List<ImageView> newest = ArtifactImageTransformer.newestPerImage(Map.of(REPO, images));
    WriteBatch out = ArtifactImageTransformer.transform(List.of(
        new ImageView(REPO, newest.get(0).image(), ImageReport.notRead("over-budget", "too big")),
        newest.get(1)), SCOPE);
    NodeRecord chat = out.nodes(GcpArtifactImageSchema.NODE).get(0);
    assertThat(chat.properties()).containsEntry("name", "chat-api:latest")
        .containsEntry("repositoryName", "acme-prod/inference/chat-api")
        .containsEntry("digest", "sha256:" + "2".repeat(64)).containsEntry("sizeInBytes", 151000000L)
        .containsEntry("imageScan", "over-budget").containsEntry("imageScanError", "too big")
        .containsEntry("tags", List.of("latest", "2024-06-01"));
    assertThat(out.nodes(GcpArtifactImageSchema.NODE).get(1).properties()).containsEntry("name",
        "embedder@sha256:" + "4".repeat(64)).doesNotContainKey("imageScan");
    assertThat(out.rels(GcpArtifactImageSchema.IN_REPOSITORY)).hasSize(2).allMatch(r -> r.toId().equals(REPO));
  }
}
