package dev.aispm.scanners.aiusage;

import java.util.Objects;

/**
 * Source code or configuration that shows AI in use even where no package record does (a
 * vendored SDK, a plain HTTP call, a notebook): an import of an AI SDK, a client for the Bedrock
 * runtime, or an AI provider's API host.
 *
 * @param kind      {@code import}, {@code client} or {@code endpoint}
 * @param subject   the imported module, the client name or the host
 * @param component what it means: the catalogue entry's title or the provider's name
 * @param category  the catalogue category, or {@code provider-api} for endpoints and clients
 * @param location  the file, with {@code !/} between archive members
 * @param line      1-based line of the first occurrence in that file
 */
public record AiEvidence(String kind, String subject, String component, String category,
    String location, long line) {

  public AiEvidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(location, "location");
  }
}
