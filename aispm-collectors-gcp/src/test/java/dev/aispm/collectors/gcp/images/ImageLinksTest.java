package dev.aispm.collectors.gcp.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.collectors.gcp.images.ImageLinks.ArtifactImage;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexModelSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Workloads' references resolved to the Artifact Registry images written: by digest, or by the tag carried now. */
class ImageLinksTest {
  static final String HOST = "europe-west4-docker.pkg.dev";
  static final String OLD = "sha256:" + "1".repeat(64);
  static final String NEW = "sha256:" + "2".repeat(64);
  static final ScopeKey LOCATION = new ScopeKey("gcp", "acme-prod", "europe-west4");
  static final ScopeKey PROJECT = new ScopeKey("gcp", "acme-prod", ScopeKey.GLOBAL);
  static final List<ArtifactImage> IMAGES = List.of(
      new ArtifactImage(HOST + "/acme-prod/inference/chat-api@" + OLD, "acme-prod/inference/chat-api", OLD,
          List.of("2024-05-01")),
      new ArtifactImage(HOST + "/acme-prod/inference/chat-api@" + NEW, "acme-prod/inference/chat-api", NEW,
          List.of("latest", "2024-06-01")));

  @Test
  void aDigestLinksToThatImageAndATagToTheImageCarryingItNow() {
    WriteBatch out = ImageLinks.link(List.of(
        new PinnedWorkload(VertexModelSchema.RUNS_IMAGE, "model", LOCATION,
            List.of(HOST + "/acme-prod/inference/chat-api:2024-06-01@" + OLD)),
        new PinnedWorkload(CloudRunServiceSchema.RUNS_IMAGE, "service", PROJECT,
            List.of(HOST + "/acme-prod/inference/chat-api"))), IMAGES);
    List<RelRecord> model = out.rels(VertexModelSchema.RUNS_IMAGE);
    assertThat(model).singleElement().satisfies(r -> {
      assertThat(r.fromId()).isEqualTo("model");
      assertThat(r.toId()).isEqualTo(IMAGES.get(0).id());
      assertThat(r.scope()).isEqualTo(LOCATION);
    });
    assertThat(out.rels(CloudRunServiceSchema.RUNS_IMAGE)).singleElement()
        .satisfies(r -> assertThat(r.toId()).isEqualTo(IMAGES.get(1).id()));
  }

  @Test
  void twoReferencesToOneImageMakeOneEdge() {
    WriteBatch out = ImageLinks.link(List.of(new PinnedWorkload(VertexModelSchema.RUNS_IMAGE, "job", LOCATION,
        List.of(HOST + "/acme-prod/inference/chat-api:latest", HOST + "/acme-prod/inference/chat-api@" + NEW))),
        IMAGES);
    assertThat(out.rels(VertexModelSchema.RUNS_IMAGE)).hasSize(1);
  }

  @Test
  void unknownTagsDigestsHostsAndOtherRegistriesDoNotLink() {
    WriteBatch out = ImageLinks.link(List.of(new PinnedWorkload(VertexModelSchema.RUNS_IMAGE, "model", LOCATION, List.of(
        HOST + "/acme-prod/inference/chat-api:2023-01-01",
        HOST + "/acme-prod/inference/chat-api@sha256:" + "9".repeat(64),
        "us-docker.pkg.dev/acme-prod/inference/chat-api:latest",
        "us-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest",
        "not a reference"))), IMAGES);
    assertThat(out.rels(VertexModelSchema.RUNS_IMAGE)).isEmpty();
  }

  @Test
  void aWorkloadsScopeIsReadBackFromItsNode() {
    assertThat(WorkloadImages.scope("gcp/acme-prod/us-central1")).isEqualTo(new ScopeKey("gcp", "acme-prod", "us-central1"));
    assertThat(WorkloadImages.scope("gcp/acme-prod")).isNull();
    assertThat(WorkloadImages.scope(null)).isNull();
  }
}
