package dev.aispm.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes API tokens. Only the SHA-256 of a token is ever stored: tokens are 256 random
 * bits, so a fast unsalted hash is enough (there is nothing to brute-force), and a hash lookup
 * stays one index seek per request.
 */
public final class TokenHash {
  /** Prefix of generated tokens, so secret scanners and people recognise them. */
  public static final String PREFIX = "aispm_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenHash() {}

  /** A new clear token: the prefix and 32 random bytes, base64url. */
  public static String newToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
  public static String sha256(String token) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
