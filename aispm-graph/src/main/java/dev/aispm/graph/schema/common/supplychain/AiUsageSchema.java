package dev.aispm.graph.schema.common.supplychain;

import dev.aispm.graph.schema.NodeSchema;

/**
 * AI use that a function's code shows, whether or not any managed AI service's API reports it:
 * an AI package, an import of an AI SDK, a Bedrock runtime client, or an AI provider's API host.
 * This is what shadow-AI rules read; {@code managed} tells use of the cloud's own AI service
 * (which its inventory already shows) from use of a provider outside it.
 */
public final class AiUsageSchema {
  private AiUsageSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AIUsage")
      .concept("AIUsage")
      .description("AI use seen in a function's or image's code, or a server seen on compute. Its id is the function id, '#ai/', the kind and "
          + "the subject.")
      .property("kind", "package, import, client, endpoint, or server (a self-hosted server on compute)")
      .property("subject", "The package, imported module, client or API host")
      .property("component", "What it is: the AI catalogue title or the provider's name")
      .property("category", "AI catalogue category, or provider-api for endpoints and clients")
      .property("managed", "Whether it is the cloud's own managed AI service (Amazon Bedrock for AWS)")
      .property("evidence", "Where it was found: files (and lines) in the code package; names, tags, images "
          + "and ports for a server")
      .property("dashboard", "For a server: whether it serves a UI or API without authentication by default "
          + "(MLflow, Ray, Jupyter)")
      .property("exposedPorts", "For a server: its usual ports among those open to the internet")
      .property("version", "For a server: the version its tags or image name, absent when unknown")
      .build();
}
