package dev.aispm.collectors.gcp.artifactregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.artifactregistry.ArtifactImageTransformer.ImageView;
import dev.aispm.collectors.gcp.images.ArtifactReference;
import dev.aispm.collectors.gcp.images.WorkloadImages.Workload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which images of one project's registry a scan reads: each image path's newest, and every image a
 * workload of the project names. A Vertex AI model, a training job or a Cloud Run revision started
 * from an older build runs that build, not the newest, so what is in it is what the workload ships;
 * and an image a workload runs is worth reading whatever the per-project cap leaves out.
 */
public final class PinnedImages {
  private PinnedImages() {}

  /**
   * What a scan reads.
   *
   * @param images the newest image of each image path (in path order), then each other image a
   *               workload names, each image once
   * @param named  ids of the images workloads name: read even past the per-project cap
   */
  public record Selection(List<ImageView> images, Set<String> named) {}

  /**
   * @param project            the project whose repositories were listed
   * @param imagesByRepository each listed repository's Docker images, by repository resource name
   */
  public static Selection select(String project, Map<String, List<JsonNode>> imagesByRepository,
      List<Workload> workloads) {
    List<ImageView> out = new ArrayList<>(ArtifactImageTransformer.newestPerImage(imagesByRepository));
    Set<String> chosen = new LinkedHashSet<>();
    out.forEach(v -> chosen.add(ArtifactImageTransformer.id(v.image())));
    Set<String> named = new LinkedHashSet<>();
    for (Workload w : workloads) {
      for (String reference : w.references()) {
        Optional<ArtifactReference> ref = ArtifactReference.parse(reference);
        if (ref.isEmpty() || !ref.get().project().equals(project)) {
          continue;
        }
        String repository = "projects/" + project + "/locations/" + ref.get().location() + "/repositories/"
            + ref.get().repositoryId();
        List<JsonNode> listed = imagesByRepository.get(repository);
        if (listed == null) {
          continue;
        }
        find(ref.get(), listed).ifPresent(i -> {
          String id = ArtifactImageTransformer.id(i);
          named.add(id);
          if (chosen.add(id)) {
            out.add(new ImageView(repository, i, null));
          }
        });
      }
    }
    return new Selection(List.copyOf(out), Set.copyOf(named));
  }

  /** The container image a reference names among a repository's images: by digest, else by the tag it carries. */
  static Optional<JsonNode> find(ArtifactReference ref, List<JsonNode> images) {
    for (JsonNode i : images) {
      String uri = ArtifactImageTransformer.id(i);
      if (uri == null || !uri.contains("@sha256:") || !ArtifactImageTransformer.isContainerImage(i)
          || !uri.startsWith(ref.host() + "/" + ref.path() + "@")) {
        continue;
      }
      if (ref.digest() != null) {
        if (ArtifactImageTransformer.digest(uri).equals(ref.digest())) {
          return Optional.of(i);
        }
      } else {
        for (JsonNode t : i.path("tags")) {
          if (t.asText().equals(ref.tagOrLatest())) {
            return Optional.of(i);
          }
        }
      }
    }
    return Optional.empty();
  }
}
