package dev.aispm.scanners.data.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Where an inline image's payload ends, read on raw bytes: the payload runs over base64 characters
 * and JSON's escaped line breaks, and stops at a line feed, a non-ASCII byte, any other character,
 * or an escape that needs decoding ({@code \\u}, {@code \\/}, {@code \\\\}), so that the line is
 * still seen to need decoding.
 */
class InlineImagesTest {
  private static final String HEADER = "{\"img\":\"data:image/png;base64,";

  private static int end(String line) {
    byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
    int marker = line.indexOf("base64,");
    return InlineImages.payloadEnd(b, 0, marker, marker + 7, b.length);
  }

  @Test
  void thePayloadEndsAtTheFirstByteThatIsNotPartOfIt() {
    String payload = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ+/==";
    assertThat(end(HEADER + payload + "\"}")).isEqualTo(HEADER.length() + payload.length());
    assertThat(end(HEADER + "abc\\nde\\rfg\"}")).isEqualTo(HEADER.length() + 11);
    assertThat(end(HEADER + "abcdefghijk\\u0041")).isEqualTo(HEADER.length() + 11);
    assertThat(end(HEADER + "abcdefghijklmnop\\/x")).isEqualTo(HEADER.length() + 16);
    assertThat(end(HEADER + "abcdefghijklmnopq\\\\x")).isEqualTo(HEADER.length() + 17);
    assertThat(end(HEADER + "abcdefgh\nijklmnop")).isEqualTo(HEADER.length() + 8);
    assertThat(end(HEADER + "abcdefgh\u00e9ijklmnop")).isEqualTo(HEADER.length() + 8);
    // A trailing backslash at the limit is still a payload byte: nothing follows to decode.
    assertThat(end(HEADER + "abcdefghij\\")).isEqualTo(HEADER.length() + 11);
    // Not after data: nothing is skipped.
    assertThat(end("{\"x\":\"encoding base64,abcdef\"}")).isEqualTo("{\"x\":\"encoding base64,".length());
  }

  /** Every stop, at every offset from the payload's start: the eight-byte test never skips one. */
  @Test
  void agreesWithAByteByByteReadingOnRandomPayloads() {
    Random random = new Random(7);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    String[] stops = {"\"", "\n", "\u00e9", "\\u0041", "\\/", "\\\\", " ", ",", "\\n", "\\r", "\\"};
    for (int round = 0; round < 5_000; round++) {
      StringBuilder p = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        p.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextBoolean()) {
        p.append(stops[random.nextInt(stops.length)]);
      }
      for (int k = random.nextInt(12); k > 0; k--) {
        p.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = HEADER + p;
      assertThat(end(line)).as(line).isEqualTo(reference(line.getBytes(StandardCharsets.ISO_8859_1),
          HEADER.length()));
    }
  }

  /** The rule read one byte at a time. */
  private static int reference(byte[] b, int from) {
    int i = from;
    while (i < b.length) {
      int c = b[i];
      boolean payload = c >= 0 && c != '\n' && (Character.isLetterOrDigit(c) || "+/=\\\r".indexOf(c) >= 0);
      if (!payload) {
        break;
      }
      if (c == '\\' && i + 1 < b.length && (b[i + 1] == 'u' || b[i + 1] == '/' || b[i + 1] == '\\')) {
        break;
      }
      i++;
    }
    return i;
  }
}
