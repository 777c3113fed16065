package dev.aispm.collectors.aws.images;

import dev.aispm.collectors.content.image.ImageReference;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.WriteBatch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves workloads' image references to the ECR images written, into {@code RUNS_IMAGE} edges.
 *
 * <p>A reference with a digest names exactly one image: it links when that image has a node
 * (the ECR sync writes every image a workload of its region names, read or not-selected). A
 * reference by tag links to the image of that repository that carries the tag now; a tag
 * moves, so this is the image the next deployment pulls, which is what the workload runs unless
 * it was deployed before the tag moved (only a digest, as Lambda resolves it, says for sure).
 * References to other registries (Docker Hub, ghcr.io, nvcr.io) have no ECR node and do not link;
 * their names still tell self-hosted servers apart.
 */
public final class ImageLinks {
  private ImageLinks() {}

  /**
   * An ECR image node as the ECR sync wrote it.
   *
   * @param id            {@code <repositoryUri>@<digest>}
   * @param repositoryUri registry host and repository name
   * @param digest        manifest digest
   * @param tags          tags it carries, empty when untagged
   */
  public record EcrImage(String id, String repositoryUri, String digest, List<String> tags) {}

  public static WriteBatch link(List<PinnedWorkload> workloads, List<EcrImage> images) {
    WriteBatch out = new WriteBatch();
    for (PinnedWorkload w : workloads) {
      Set<String> linked = new LinkedHashSet<>();
      for (String ref : w.references()) {
        ImageReference.parse(ref).flatMap(r -> resolve(r, images)).ifPresent(linked::add);
      }
      linked.forEach(image -> out.rel(w.edge(), RelRecord.of(w.id(), image, w.scope())));
    }
    return out;
  }

  /** The id of the read image a reference names, if any. */
  static Optional<String> resolve(ImageReference ref, List<EcrImage> images) {
    for (EcrImage i : images) {
      if (!i.repositoryUri().toLowerCase(Locale.ROOT).equals(ref.repository())) {
        continue;
      }
      if (ref.digest() != null ? ref.digest().equals(i.digest()) : i.tags().contains(ref.tagOrLatest())) {
        return Optional.of(i.id());
      }
    }
    return Optional.empty();
  }
}
