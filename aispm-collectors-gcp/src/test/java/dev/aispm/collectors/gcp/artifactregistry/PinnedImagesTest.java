package dev.aispm.collectors.gcp.artifactregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexCustomJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexModelSchema;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which images of a recorded dockerImages answer a scan reads: each path's newest and what workloads name. */
class PinnedImagesTest {
  static final String REPO = "projects/acme-prod/locations/europe-west4/repositories/inference";
  static final String CHAT = "europe-west4-docker.pkg.dev/acme-prod/inference/chat-api";
  static final ScopeKey LOCATION = new ScopeKey("gcp", "acme-prod", "europe-west4");

  private static Map<String, List<JsonNode>> images() throws Exception {
    return Map.of(REPO, Recorded.items("artifactregistry/dockerImages.list.json", "dockerImages"));
  }

  private static PinnedWorkload model(String... refs) {
    return new PinnedWorkload(VertexModelSchema.RUNS_IMAGE, "model", LOCATION, List.of(refs));
  }

  @Test
  void withoutWorkloadsEachPathsNewestIsRead() throws Exception {
    PinnedImages.Selection s = PinnedImages.select("acme-prod", images(), List.of());
    assertThat(s.images()).extracting(v -> ArtifactImageTransformer.id(v.image()))
        .containsExactly(CHAT + "@sha256:" + "2".repeat(64),
            "europe-west4-docker.pkg.dev/acme-prod/inference/embedder@sha256:" + "4".repeat(64));
    assertThat(s.named()).isEmpty();
  }

  @Test
  void anOlderBuildAWorkloadPinsByTagIsReadOnceAfterTheNewest() throws Exception {
    PinnedImages.Selection s = PinnedImages.select("acme-prod", images(), List.of(
        model(CHAT + ":2024-05-01"),
        new PinnedWorkload(VertexCustomJobSchema.RUNS_IMAGE, "job", LOCATION, List.of(CHAT + ":2024-05-01")),
        new PinnedWorkload(CloudRunServiceSchema.RUNS_IMAGE, "svc", new ScopeKey("gcp", "acme-prod", ScopeKey.GLOBAL),
            List.of(CHAT))));
    assertThat(s.images()).extracting(v -> ArtifactImageTransformer.id(v.image())).containsExactly(
        CHAT + "@sha256:" + "2".repeat(64),
        "europe-west4-docker.pkg.dev/acme-prod/inference/embedder@sha256:" + "4".repeat(64),
        CHAT + "@sha256:" + "1".repeat(64));
    assertThat(s.images().get(2).repository()).isEqualTo(REPO);
    assertThat(s.named()).containsExactlyInAnyOrder(CHAT + "@sha256:" + "1".repeat(64),
        CHAT + "@sha256:" + "2".repeat(64));
  }

  @Test
  void aDigestNamesItsImageButNotASignatureStoredBesideIt() throws Exception {
    PinnedImages.Selection s = PinnedImages.select("acme-prod", images(), List.of(
        model(CHAT + "@sha256:" + "1".repeat(64), CHAT + "@sha256:" + "3".repeat(64))));
    assertThat(s.images()).hasSize(3);
    assertThat(s.named()).containsExactly(CHAT + "@sha256:" + "1".repeat(64));
  }

  @Test
  void referencesOutsideTheProjectsListedRepositoriesAreLeftAlone() throws Exception {
    PinnedImages.Selection s = PinnedImages.select("acme-prod", images(), List.of(model(
        "us-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest",
        "europe-west4-docker.pkg.dev/acme-prod/unlisted/chat-api:2024-05-01",
        "us-docker.pkg.dev/acme-prod/inference/chat-api:2024-05-01",
        "europe-west4-docker.pkg.dev/acme-prod/inference/embedder",
        "docker.io/library/python:3.11")));
    assertThat(s.images()).hasSize(2);
    assertThat(s.named()).isEmpty();
  }

  @Test
  void referencesThatNameNoImageAreNotedOnTheWorkloadWithWhy() throws Exception {
    PinnedWorkload model = model(CHAT + ":2023-01-01", CHAT + "@sha256:" + "9".repeat(64),
        "europe-west4-docker.pkg.dev/acme-prod/gone/app:1", CHAT + ":2024-05-01",
        "us-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest");
    PinnedWorkload found = new PinnedWorkload(CloudRunServiceSchema.RUNS_IMAGE, "svc",
        new ScopeKey("gcp", "acme-prod", ScopeKey.GLOBAL), List.of(CHAT));
    PinnedImages.Selection s = PinnedImages.select("acme-prod", images(), List.of(model, found), java.util.Set.of(REPO));
    assertThat(s.missing()).containsOnlyKeys("model");
    assertThat(s.missing().get("model")).containsExactly(
        CHAT + ":2023-01-01: no image in the repository carries the tag 2023-01-01",
        CHAT + "@sha256:" + "9".repeat(64)
            + ": no image with this digest in the repository (deleted, or removed by a cleanup policy)",
        "europe-west4-docker.pkg.dev/acme-prod/gone/app:1: no such Docker repository in the project");

    var notes = PinnedWorkload.missingImages(List.of(model, found), s.missing());
    assertThat(notes.nodes(VertexModelSchema.NODE)).singleElement().satisfies(n -> {
      assertThat(n.scope()).isEqualTo(LOCATION);
      assertThat(n.properties().get("missingImages")).asList().hasSize(3);
    });
    assertThat(notes.nodes(CloudRunServiceSchema.NODE)).singleElement()
        .satisfies(n -> assertThat(n.properties()).containsEntry("missingImages", null));
  }

  @Test
  void withoutACompleteRepositoryListingNoRepositoryIsSaidToBeMissing() throws Exception {
    PinnedImages.Selection s = PinnedImages.select("acme-prod", images(),
        List.of(model("europe-west4-docker.pkg.dev/acme-prod/gone/app:1")));
    assertThat(s.missing()).isEmpty();
  }
}
