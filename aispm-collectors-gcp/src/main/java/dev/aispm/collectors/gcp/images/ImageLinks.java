package dev.aispm.collectors.gcp.images;

import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.WriteBatch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves workloads' image references to the Artifact Registry images written, into
 * {@code RUNS_IMAGE} edges.
 *
 * <p>A reference with a digest names exactly one image. A reference by tag links to the image of
 * that path carrying the tag now: a tag moves, so this is what the next revision, job or model
 * deployment pulls, which is what the workload runs unless it started before the tag moved.
 * References to other registries (Google's prebuilt containers in its own projects, Docker Hub)
 * have no image node and do not link.
 */
public final class ImageLinks {
  private ImageLinks() {}

  /**
   * An Artifact Registry image node as the registry scan wrote it.
   *
   * @param id     {@code HOST/PROJECT/REPOSITORY/IMAGE@sha256:...}
   * @param path   {@code PROJECT/REPOSITORY/IMAGE}
   * @param digest manifest digest
   * @param tags   tags it carries, empty when untagged
   */
  public record ArtifactImage(String id, String path, String digest, List<String> tags) {
    /** The registry host of the id. */
    String host() {
      int slash = id.indexOf('/');
      return slash < 0 ? "" : id.substring(0, slash).toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static WriteBatch link(List<PinnedWorkload> workloads, List<ArtifactImage> images) {
    WriteBatch out = new WriteBatch();
    for (PinnedWorkload w : workloads) {
      Set<String> linked = new LinkedHashSet<>();
      for (String ref : w.references()) {
        ArtifactReference.parse(ref).flatMap(r -> resolve(r, images)).ifPresent(linked::add);
      }
      linked.forEach(image -> out.rel(w.edge(), RelRecord.of(w.id(), image, w.scope())));
    }
    return out;
  }

  /** The id of the image a reference names, if any was written. */
  static Optional<String> resolve(ArtifactReference ref, List<ArtifactImage> images) {
    for (ArtifactImage i : images) {
      if (!i.path().equals(ref.path()) || !i.host().equals(ref.host())) {
        continue;
      }
      if (ref.digest() != null ? ref.digest().equals(i.digest()) : i.tags().contains(ref.tagOrLatest())) {
        return Optional.of(i.id());
      }
    }
    return Optional.empty();
  }
}
