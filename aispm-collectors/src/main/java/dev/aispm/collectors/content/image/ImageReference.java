package dev.aispm.collectors.content.image;

import java.util.Locale;
import java.util.Optional;

/**
 * A container image reference as workloads name it ({@code registry/repo:tag},
 * {@code registry/repo@sha256:...}, {@code repo:tag@sha256:...}), split the way container runtimes
 * read it: the last {@code @} starts the digest, and a {@code :} after the last {@code /} starts
 * the tag (a colon before it is a registry port). The ECR, ACR and Artifact Registry stages read
 * workloads' references through it, each then checking the host is its own registry's.
 *
 * @param repository registry host and repository path, e.g. {@code 1111.dkr.ecr.us-east-1.amazonaws.com/team/app}
 * @param tag        the tag, null when none is given
 * @param digest     the manifest digest, null when none is given
 */
public record ImageReference(String repository, String tag, String digest) {

  /** Parses a reference; empty when it is blank or has no repository. */
  public static Optional<ImageReference> parse(String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    String rest = reference.strip();
    String digest = null;
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
      if (!digest.contains(":")) {
        return Optional.empty();
      }
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ImageReference(rest.toLowerCase(Locale.ROOT), tag == null || tag.isEmpty() ? null : tag,
        digest));
  }

  /** The tag a runtime pulls when the reference names neither tag nor digest. */
  public String tagOrLatest() {
    return tag != null ? tag : "latest";
  }
}
