package dev.aispm.collectors.gcp.images;

import dev.aispm.collectors.content.image.ImageReference;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image reference into Artifact Registry's Docker hosts, as a workload names it
 * ({@code LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE[:TAG][@sha256:...]}), split as every
 * registry stage splits one ({@link ImageReference}), then held to Artifact Registry's shape.
 * Workloads name images of many registries (Google's prebuilt Vertex AI containers, Docker Hub);
 * only references into an Artifact Registry Docker host parse, since only those can name an image
 * node of the registry scan.
 *
 * @param host     registry host, lower case, e.g. {@code us-central1-docker.pkg.dev}
 * @param location the repository's location, from the host
 * @param path     image path inside the host, {@code PROJECT/REPOSITORY/IMAGE}
 * @param tag      the tag, null when none is given
 * @param digest   the manifest digest, null when none is given
 */
public record ArtifactReference(String host, String location, String path, String tag, String digest) {
  private static final String DOCKER_HOST = "-docker.pkg.dev";
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  /** Longer than any name a registry accepts; a longer value is not a reference but noise. */
  private static final int MAX_LENGTH = 2048;

  /** Parses a reference; empty when it is not a well-formed reference into an Artifact Registry Docker host. */
  public static Optional<ArtifactReference> parse(String reference) {
    if (reference == null || reference.isBlank() || reference.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String stripped = reference.strip();
    int at = stripped.lastIndexOf('@');
    // An empty tag ("image:") names nothing a runtime would pull; the shared split reads it as none.
    if ((at < 0 ? stripped : stripped.substring(0, at)).endsWith(":")) {
      return Optional.empty();
    }
    Optional<ImageReference> split = ImageReference.parse(stripped);
    if (split.isEmpty() || split.get().digest() != null && !DIGEST.matcher(split.get().digest()).matches()) {
      return Optional.empty();
    }
    String rest = split.get().repository();
    String tag = split.get().tag();
    String digest = split.get().digest();
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String host = rest.substring(0, slash).toLowerCase(Locale.ROOT);
    if (!host.endsWith(DOCKER_HOST) || host.length() == DOCKER_HOST.length()) {
      return Optional.empty();
    }
    String path = rest.substring(slash + 1);
    String[] segments = path.split("/", -1);
    if (segments.length < 3) {
      return Optional.empty();
    }
    for (String s : segments) {
      if (s.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(new ArtifactReference(host, host.substring(0, host.length() - DOCKER_HOST.length()), path,
        tag, digest));
  }

  /** The project the repository belongs to (the first path segment). */
  public String project() {
    return path.substring(0, path.indexOf('/'));
  }

  /** The repository id (the second path segment). */
  public String repositoryId() {
    String afterProject = path.substring(path.indexOf('/') + 1);
    return afterProject.substring(0, afterProject.indexOf('/'));
  }

  /** The tag a runtime pulls when the reference names neither tag nor digest. */
  public String tagOrLatest() {
    return tag != null ? tag : "latest";
  }
}
