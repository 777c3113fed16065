package dev.aispm.collectors.content.image;

import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import java.util.Map;

/**
 * A workload and the image references it pins, as every cloud's registry stage sees it: ECR, Artifact
 * Registry and ACR each read the images workloads name besides each repository's newest (an older
 * build a workload runs is what it ships), link the workload to them, and note the references that
 * name nothing. The clouds differ only in which workload types they read and how a reference
 * resolves, so this one record carries what they share and each keeps its own list of workload types.
 *
 * @param edge       the workload type's {@code RUNS_IMAGE} relationship, whose start is the workload's type
 * @param id         the workload's node id
 * @param scope      the scope the workload was written in (Vertex AI's are per location, not per project)
 * @param references image references in the order the workload lists them
 */
public record PinnedWorkload(RelSchema edge, String id, ScopeKey scope, List<String> references) {

  /**
   * Each workload's {@code missingImages}: the references a registry's selection found no image for,
   * with why, or null when it found them all, so a reference that resolves again clears the earlier
   * note. Every workload gets a record, found or not, for that reason.
   *
   * @param missing by workload id, each reference that names no image, with why; absent when none
   */
  public static WriteBatch missingImages(List<PinnedWorkload> workloads, Map<String, List<String>> missing) {
    WriteBatch out = new WriteBatch();
    for (PinnedWorkload w : workloads) {
      List<String> notes = missing.get(w.id());
      out.node(w.edge().from(), NodeRecord.of(w.id(), w.scope())
          .set("missingImages", notes == null || notes.isEmpty() ? null : List.copyOf(notes)).build());
    }
    return out;
  }
}
