package dev.aispm.collectors.content.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.schema.aws.ecs.TaskDefinitionSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexModelSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code missingImages} note every registry stage writes on the workloads it judged. */
class PinnedWorkloadTest {
  static final ScopeKey REGION = new ScopeKey("aws", "111111111111", "us-east-1");
  static final ScopeKey LOCATION = new ScopeKey("gcp", "acme-prod", "europe-west4");
  static final String GONE = "111111111111.dkr.ecr.us-east-1.amazonaws.com/retired/app:1.0";

  @Test
  void aWorkloadWithMissingReferencesGetsThemAndOneWithNoneIsCleared() {
    PinnedWorkload gone = new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "td-gone", REGION, List.of(GONE));
    PinnedWorkload found = new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "td-found", REGION,
        List.of("111111111111.dkr.ecr.us-east-1.amazonaws.com/app:2.0"));
    PinnedWorkload model = new PinnedWorkload(VertexModelSchema.RUNS_IMAGE, "model", LOCATION,
        List.of("europe-west4-docker.pkg.dev/acme-prod/inference/chat-api"));
    List<String> notes = new ArrayList<>(List.of(GONE + ": no such repository in the registry"));

    WriteBatch out = PinnedWorkload.missingImages(List.of(gone, found, model), Map.of("td-gone", notes));
    notes.clear();

    assertThat(out.nodes(TaskDefinitionSchema.NODE)).extracting(NodeRecord::id).containsExactly("td-gone", "td-found");
    // a copy: the selection's list may change after the batch is built
    assertThat(out.nodes(TaskDefinitionSchema.NODE).get(0).properties())
        .containsEntry("missingImages", List.of(GONE + ": no such repository in the registry"));
    // null, not absent: writing it clears the note an earlier scan left when the image is back
    assertThat(out.nodes(TaskDefinitionSchema.NODE).get(1).properties()).containsEntry("missingImages", null);
    assertThat(out.nodes(VertexModelSchema.NODE)).singleElement().satisfies(n -> {
      assertThat(n.scope()).isEqualTo(LOCATION);
      assertThat(n.properties()).containsEntry("missingImages", null);
    });
  }

  @Test
  void anEmptyListOfNotesClearsTheNoteToo() {
    PinnedWorkload w = new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "td", REGION, List.of(GONE));
    WriteBatch out = PinnedWorkload.missingImages(List.of(w), Map.of("td", List.of()));
    assertThat(out.nodes(TaskDefinitionSchema.NODE)).singleElement()
        .satisfies(n -> assertThat(n.properties()).containsEntry("missingImages", null));
  }
}
