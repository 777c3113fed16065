package dev.aispm.scanners.data.noise;

import dev.aispm.scanners.data.search.AsciiText;

/**
 * Inline images ({@code data:image/png;base64,...}) in training text and notebooks. Their
 * payload is random base64: it eventually holds every short token prefix, digit run and
 * capitalised pair, so detectors that read it report noise and spend their time on it (about a
 * tenth of a typical multimodal chat set). Detectors jump over the payload instead, where the
 * marker follows a {@code data:} URI.
 */
public final class InlineImages {
  /** What ends the header of an inline image; the payload follows. */
  public static final String MARKER = "base64,";

  /** Characters of a base64 payload, including escaped line breaks inside JSON strings. */
  private static final boolean[] PAYLOAD = new boolean[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      PAYLOAD[c] = true;
      PAYLOAD[c + 32] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      PAYLOAD[c] = true;
    }
    for (char c : "+/=\\\n\r".toCharArray()) {
      PAYLOAD[c] = true;
    }
  }

  /**
   * {@link #PAYLOAD} for the byte loop, by byte value: {@link #PLAIN} for a payload byte,
   * {@link #ESCAPE} for a backslash (a payload byte unless it starts an escape that needs
   * decoding), 0 for a byte that ends the payload (a line feed, a non-ASCII byte, any other).
   * One lookup and one comparison a byte: payloads run to kilobytes, and this loop reads each of
   * their bytes.
   */
  private static final byte[] PAYLOAD_BYTES = new byte[256];
  private static final byte PLAIN = 1;
  private static final byte ESCAPE = 2;

  static {
    for (int c = 0; c < 128; c++) {
      if (PAYLOAD[c] && c != '\n') {
        PAYLOAD_BYTES[c] = c == '\\' ? ESCAPE : PLAIN;
      }
    }
  }

  private InlineImages() {
  }

  /**
   * Where the payload that follows the marker at {@code [start, end)} ends, or {@code end} if the
   * marker does not close a {@code data:} URI's header.
   */
  public static int payloadEnd(CharSequence text, int start, int end) {
    if (text instanceof AsciiText a) {
      // Payloads are long; reading the bytes through a table keeps the skip cheap. Raw lines
      // hold neither line feeds nor escapes that need decoding, so the byte rules agree.
      int base = a.offset();
      return payloadEnd(a.bytes(), base, base + start, base + end, base + a.length()) - base;
    }
    int from = Math.max(0, start - 80);
    boolean dataUri = false;
    for (int i = start - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == ':' && i >= 4 && text.charAt(i - 4) == 'd' && text.charAt(i - 3) == 'a'
          && text.charAt(i - 2) == 't' && text.charAt(i - 1) == 'a') {
        dataUri = true;
        break;
      }
      if (c <= ' ' || c == '"' || c == '\'') {
        break;
      }
    }
    if (!dataUri) {
      return end;
    }
    int i = end;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c < 128 && PAYLOAD[c]) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * {@link #payloadEnd(CharSequence, int, int)} on raw bytes, for the pass that marks the lines
   * of a block: the payload ends at the line's end at the latest, and before an escape that makes
   * the line need decoding, so that the pass still sees it.
   */
  public static int payloadEnd(byte[] b, int lineStart, int start, int end, int limit) {
    int from = Math.max(lineStart, start - 80);
    boolean dataUri = false;
    for (int i = start - 1; i >= from; i--) {
      byte c = b[i];
      if (c == ':' && i - 4 >= lineStart && b[i - 4] == 'd' && b[i - 3] == 'a' && b[i - 2] == 't'
          && b[i - 1] == 'a') {
        dataUri = true;
        break;
      }
      if (c <= ' ' || c == '"' || c == '\'') {
        break;
      }
    }
    if (!dataUri) {
      return end;
    }
    byte[] kinds = PAYLOAD_BYTES;
    int i = end;
    // Eight bytes a test while they are all plain payload: PLAIN is the only kind whose bits
    // survive an AND with PLAIN, so one AND of eight independent lookups tells. The client compiler
    // does not unroll loops, and payloads are hundreds of bytes.
    int last = limit - 8;
    while (i <= last && (kinds[b[i] & 0xFF] & kinds[b[i + 1] & 0xFF] & kinds[b[i + 2] & 0xFF]
        & kinds[b[i + 3] & 0xFF] & kinds[b[i + 4] & 0xFF] & kinds[b[i + 5] & 0xFF]
        & kinds[b[i + 6] & 0xFF] & kinds[b[i + 7] & 0xFF]) == PLAIN) {
      i += 8;
    }
    while (i < limit) {
      int kind = kinds[b[i] & 0xFF];
      if (kind == PLAIN) {
        i++;
        continue;
      }
      if (kind == 0) {
        break;
      }
      if (i + 1 < limit) {
        byte e = b[i + 1];
        if (e == 'u' || e == '/' || e == '\\') {
          break;
        }
      }
      i++;
    }
    return i;
  }
}
