package dev.aispm.collectors.content.image;

import java.io.IOException;

/**
 * Where a registry client gets its {@code Authorization} header: each cloud authorizes registry
 * reads its own way (ECR: a Basic token from GetAuthorizationToken for the whole registry; ACR: a
 * bearer token per repository scope, exchanged from an Entra ID token; Artifact Registry: the
 * OAuth access token of Application Default Credentials). The value is a credential: callers
 * never log or store it.
 */
@FunctionalInterface
public interface RegistryAuth {
  /**
   * The header value for a request needing {@code scope}, in the Docker token scope syntax:
   * {@code repository:<name>:pull} or {@code registry:catalog:*}.
   */
  String authorization(String scope) throws IOException;

  /** One Basic credential for every request (ECR's base64 {@code user:password} token). */
  static RegistryAuth basic(String token) {
    return scope -> "Basic " + token;
  }

  /** One bearer token for every request, fetched when needed (it may be refreshed between calls). */
  static RegistryAuth bearer(TokenSupplier token) {
    return scope -> "Bearer " + token.token();
  }

  /** A source of an access token that may fail. */
  @FunctionalInterface
  interface TokenSupplier {
    String token() throws IOException;
  }
}
