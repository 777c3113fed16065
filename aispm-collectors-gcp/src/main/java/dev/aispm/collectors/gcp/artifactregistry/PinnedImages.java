package dev.aispm.collectors.gcp.artifactregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.collectors.gcp.artifactregistry.ArtifactImageTransformer.ImageView;
import dev.aispm.collectors.gcp.images.ArtifactReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
   * @param named   ids of the images workloads name: read even past the per-project cap
   * @param missing by workload id, each reference into the project's registry that names no image
   *                there, with why; workloads whose references were all found (or not judged) are absent
   *                (what {@link PinnedWorkload#missingImages} writes on each workload)
   */
  public record Selection(List<ImageView> images, Set<String> named, Map<String, List<String>> missing) {}

  /** The images to read, without judging references that name nothing (used when no listing is complete). */
  public static Selection select(String project, Map<String, List<JsonNode>> imagesByRepository,
      List<PinnedWorkload> workloads) {
    return select(project, imagesByRepository, workloads, null);
  }

  /**
   * @param project            the project whose repositories were listed
   * @param imagesByRepository each Docker repository's images, by repository resource name, for
   *                           the repositories whose images could be listed
   * @param repositories       every Docker repository of the project, when all its locations were
   *                           listed; null when not, so that "no such repository" is never said of a
   *                           repository a failed listing hid
   */
  public static Selection select(String project, Map<String, List<JsonNode>> imagesByRepository,
      List<PinnedWorkload> workloads, Set<String> repositories) {
    List<ImageView> out = new ArrayList<>(ArtifactImageTransformer.newestPerImage(imagesByRepository));
    Set<String> chosen = new LinkedHashSet<>();
    out.forEach(v -> chosen.add(ArtifactImageTransformer.id(v.image())));
    Set<String> named = new LinkedHashSet<>();
    Map<String, List<String>> missing = new LinkedHashMap<>();
    for (PinnedWorkload w : workloads) {
      for (String reference : w.references()) {
        Optional<ArtifactReference> ref = ArtifactReference.parse(reference);
        if (ref.isEmpty() || !ref.get().project().equals(project)) {
          continue;
        }
        String repository = "projects/" + project + "/locations/" + ref.get().location() + "/repositories/"
            + ref.get().repositoryId();
        List<JsonNode> listed = imagesByRepository.get(repository);
        if (listed == null) {
          if (repositories != null && !repositories.contains(repository)) {
            missing.computeIfAbsent(w.id(), k -> new ArrayList<>())
                .add(reference.strip() + ": no such Docker repository in the project");
          }
          continue;
        }
        Optional<JsonNode> found = find(ref.get(), listed);
        if (found.isEmpty()) {
          missing.computeIfAbsent(w.id(), k -> new ArrayList<>()).add(reference.strip() + ": "
              + (ref.get().digest() != null
                  ? "no image with this digest in the repository (deleted, or removed by a cleanup policy)"
                  : "no image in the repository carries the tag " + ref.get().tagOrLatest()));
          continue;
        }
        String id = ArtifactImageTransformer.id(found.get());
        named.add(id);
        if (chosen.add(id)) {
          out.add(new ImageView(repository, found.get(), null));
        }
      }
    }
    return new Selection(List.copyOf(out), Set.copyOf(named), missing);
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
