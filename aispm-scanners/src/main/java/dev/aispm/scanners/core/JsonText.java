package dev.aispm.scanners.core;

/**
 * Whether bytes may be handed to Jackson as JSON. JSON exchanged between systems is UTF-8 (RFC
 * 8259), but Jackson guesses UTF-16 or UTF-32 from a byte-order mark or zero bytes in the first
 * four bytes, and then fails deep inside its decoder with an I/O error that no JSON error handler
 * expects (fuzzing found it with four bytes). Content that would be guessed that way is not JSON
 * a loader would read either: callers report it as malformed and read it as text.
 */
public final class JsonText {
  private JsonText() {
  }

  /** Whether {@code b[off, off + len)} starts the way UTF-8 JSON does for Jackson's guess. */
  public static boolean startsAsUtf8(byte[] b, int off, int len) {
    if (len >= 2) {
      int b0 = b[off] & 0xff;
      int b1 = b[off + 1] & 0xff;
      if (b0 == 0xfe && b1 == 0xff || b0 == 0xff && b1 == 0xfe) {
        return false;
      }
    }
    for (int i = off; i < off + Math.min(4, len); i++) {
      if (b[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /** {@link #startsAsUtf8(byte[], int, int)} over a whole array. */
  public static boolean startsAsUtf8(byte[] b) {
    return startsAsUtf8(b, 0, b.length);
  }
}
