package dev.aispm.api.v1;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors for list endpoints. A cursor encodes the sort key of the last item
 * returned, so pages stay stable while the graph changes (no skipped or repeated items as with
 * offsets). Clients must treat it as opaque.
 */
public final class Cursor {
  private Cursor() {}

  public static String encode(String key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor, or throws {@link InvalidParameterException} for one this API did not issue. */
  public static String decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      if (cursor.length() > 2048) {
        throw new IllegalArgumentException("too long");
      }
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("cursor", "not a cursor issued by this API");
    }
  }
}
