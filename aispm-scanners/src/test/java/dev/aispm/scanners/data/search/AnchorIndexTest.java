package dev.aispm.scanners.data.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnchorIndexTest {
  private static final List<String> WORDS = List.of("token", "ken", "pat", "api_key", "ghp_",
      "://", "key");

  /** Every occurrence by brute force: start positions, ordered by end then by longest first. */
  private static List<String> bruteForce(String text, List<String> words) {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (int end = 1; end <= text.length(); end++) {
      for (int id = 0; id < words.size(); id++) {
        String w = words.get(id);
        int start = end - w.length();
        if (start >= 0 && lower.startsWith(w, start)) {
          out.add(w + "@" + start);
        }
      }
    }
    return out;
  }

  private static List<String> scan(AnchorIndex index, CharSequence text) {
    List<String> out = new ArrayList<>();
    index.scan(text, 0, text.length(), (id, start, end) -> {
      out.add(WORDS.get(id) + "@" + start);
      return end;
    });
    return out;
  }

  @Test
  void findsEveryOccurrenceIgnoringCaseIncludingOverlaps() {
    AnchorIndex index = new AnchorIndex(WORDS);
    String text = "x TOKEN=abc Api_Key: ghp_1 https://h pathkey tokenken \u00e9token";
    List<String> expected = bruteForce(text, WORDS);
    assertThat(expected).contains("token@2", "ken@4", "api_key@12", "pat@37", "key@41");
    // Sorting by end position leaves ties in an order the brute force does not define.
    assertThat(scan(index, text)).containsExactlyInAnyOrderElementsOf(expected);
    byte[] ascii = text.replace('\u00e9', '?').getBytes(StandardCharsets.US_ASCII);
    assertThat(scan(index, new AsciiText(ascii, 0, ascii.length)))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(scan(index, new StringBuilder(text))).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void agreesWithBruteForceOnRandomText() {
    AnchorIndex index = new AnchorIndex(WORDS);
    Random random = new Random(7);
    String alphabet = "tokenpaTKEN_iy:/ghp\n";
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(scan(index, text)).containsExactlyInAnyOrderElementsOf(bruteForce(text, WORDS));
    }
  }

  @Test
  void aListenerCanSkipAhead() {
    AnchorIndex index = new AnchorIndex(WORDS);
    String text = "pat xxxx token key";
    List<String> out = new ArrayList<>();
    index.scan(text, 0, text.length(), (id, start, end) -> {
      out.add(WORDS.get(id) + "@" + start);
      return WORDS.get(id).equals("pat") ? 14 : end;
    });
    assertThat(out).containsExactly("pat@0", "key@15");
  }

  @Test
  void scansLinesWithTheirAnchorsEscapesAndNonAsciiInOnePass() {
    AnchorIndex index = new AnchorIndex(WORDS);
    String block = "{\"a\":\"token\"}\r\n\n{\"b\":\"\\u0041 key\"}\n{\"c\":\"caf\u00e9 pat\"}\n"
        + "{\"d\":\"x\\n\\\"ghp_\"}\nlast token";
    byte[] b = block.getBytes(StandardCharsets.UTF_8);
    AnchoredLines lines = new AnchoredLines();
    assertThat(index.scanLines(b, 0, b.length, 1000, lines)).isTrue();
    assertThat(lines.lines()).isEqualTo(6);
    List<String> text = new ArrayList<>();
    for (int j = 0; j < lines.lines(); j++) {
      text.add(new String(b, lines.start(j), lines.end(j) - lines.start(j), StandardCharsets.UTF_8));
    }
    assertThat(text).containsExactly("{\"a\":\"token\"}", "", "{\"b\":\"\\u0041 key\"}",
        "{\"c\":\"caf\u00e9 pat\"}", "{\"d\":\"x\\n\\\"ghp_\"}", "last token");
    assertThat(lines.flags(0)).isZero();
    assertThat(lines.flags(1)).isZero();
    assertThat(lines.flags(2)).isEqualTo(AnchoredLines.RISKY_ESCAPE);
    assertThat(lines.flags(3)).isEqualTo(AnchoredLines.NON_ASCII);
    // Escaped line feeds and quotes are read raw; only escapes that can spell a secret count.
    assertThat(lines.flags(4)).isZero();
    assertThat(hits(lines, 0, b)).containsExactlyInAnyOrder("token", "ken");
    assertThat(hits(lines, 1, b)).isEmpty();
    assertThat(hits(lines, 2, b)).containsExactly("key");
    assertThat(hits(lines, 3, b)).containsExactly("pat");
    assertThat(hits(lines, 4, b)).containsExactly("ghp_");
    assertThat(hits(lines, 5, b)).containsExactlyInAnyOrder("token", "ken");
  }

  /**
   * Blocks large enough to be read as three parts give the same lines, flags and anchors as
   * scanning each line on its own, wherever the parts are cut.
   */
  @Test
  void largeBlocksGiveWhatEachLineGivesAlone() {
    AnchorIndex index = new AnchorIndex(WORDS);
    Random random = new Random(3);
    String[] pieces = {"token", "pat", "ken", " ", "x", "api_key", "://", "\\u0041", "\\n",
        "\u00e9", "ghp_", "KEY", "\r"};
    for (int round = 0; round < 20; round++) {
      List<String> expectedLines = new ArrayList<>();
      StringBuilder block = new StringBuilder();
      while (block.length() < 20_000 + round * 997) {
        StringBuilder line = new StringBuilder();
        int n = random.nextInt(40);
        for (int k = 0; k < n; k++) {
          line.append(pieces[random.nextInt(pieces.length)]);
        }
        String l = line.toString().replace("\r", "");
        expectedLines.add(l);
        block.append(l).append(random.nextBoolean() ? "\n" : "\r\n");
      }
      boolean unterminated = round % 2 == 1;
      if (unterminated) {
        block.append("tail token");
        expectedLines.add("tail token");
      }
      byte[] b = block.toString().getBytes(StandardCharsets.UTF_8);
      AnchoredLines lines = new AnchoredLines();
      assertThat(index.scanLines(b, 0, b.length, 1 << 20, lines)).isTrue();
      assertThat(lines.lines()).isEqualTo(expectedLines.size());
      for (int j = 0; j < lines.lines(); j++) {
        String text = new String(b, lines.start(j), lines.end(j) - lines.start(j),
            StandardCharsets.UTF_8);
        String expected = expectedLines.get(j);
        assertThat(text).isEqualTo(expected);
        int flags = (expected.chars().anyMatch(c -> c >= 128) ? AnchoredLines.NON_ASCII : 0)
            | (expected.contains("\\u") ? AnchoredLines.RISKY_ESCAPE : 0);
        assertThat(lines.flags(j)).as(expected).isEqualTo(flags);
        if (flags == 0) {
          List<String> alone = scan(index, expected).stream().map(h -> h.split("@")[0]).toList();
          assertThat(hits(lines, j, b)).as(expected).containsExactlyInAnyOrderElementsOf(alone);
        }
      }
    }
  }

  /**
   * A large block with few line ends cuts into parts of which some are empty (no line end after
   * the cut point); every line and anchor still comes out once, in order.
   */
  @Test
  void largeBlocksWithFewLineEndsAreReadWhole() {
    AnchorIndex index = new AnchorIndex(WORDS);
    String longLine = "x token ".repeat(1500);
    for (String block : List.of(longLine + "\nkey pat", longLine + "\n" + longLine + "\nghp_",
        "pat\n" + longLine, longLine + "ken")) {
      byte[] b = block.getBytes(StandardCharsets.US_ASCII);
      AnchoredLines lines = new AnchoredLines();
      assertThat(index.scanLines(b, 0, b.length, 1 << 20, lines)).isTrue();
      String[] expected = block.split("\n", -1);
      assertThat(lines.lines()).isEqualTo(expected.length);
      for (int j = 0; j < expected.length; j++) {
        assertThat(new String(b, lines.start(j), lines.end(j) - lines.start(j),
            StandardCharsets.US_ASCII)).isEqualTo(expected[j]);
        List<String> alone = scan(index, expected[j]).stream().map(h -> h.split("@")[0]).toList();
        assertThat(hits(lines, j, b)).containsExactlyInAnyOrderElementsOf(alone);
      }
    }
  }

  @Test
  void aSkipJumpsOverARegionOfTheLine() {
    AnchorIndex index = new AnchorIndex(List.of("img:", "token"));
    byte[] b = "a img:tokentoken| token\nimg:\ntoken".getBytes(StandardCharsets.US_ASCII);
    AnchoredLines lines = new AnchoredLines();
    AnchorIndex.Skip toBar = (bytes, lineStart, start, end, limit) -> {
      int i = end;
      while (i < limit && bytes[i] != '|' && bytes[i] != '\n') {
        i++;
      }
      return i;
    };
    assertThat(index.scanLines(b, 0, b.length, 100, lines, 0, toBar, null)).isTrue();
    assertThat(lines.lines()).isEqualTo(3);
    // The skipped anchor is not recorded, nor anything up to where the scan resumed.
    assertThat(lines.endHit(0) - lines.firstHit(0)).isEqualTo(1);
    assertThat(lines.hitStart(lines.firstHit(0))).isEqualTo(18);
    assertThat(lines.endHit(1) - lines.firstHit(1)).isZero();
    assertThat(lines.endHit(2) - lines.firstHit(2)).isEqualTo(1);
    // The region jumped over is recorded with its line; a skip that resumes at once is not.
    assertThat(lines.endSkip(0) - lines.firstSkip(0)).isEqualTo(1);
    assertThat(lines.skipFrom(lines.firstSkip(0))).isEqualTo(6);
    assertThat(lines.skipTo(lines.firstSkip(0))).isEqualTo(16);
    assertThat(lines.endSkip(1) - lines.firstSkip(1)).isZero();
    assertThat(lines.endSkip(2) - lines.firstSkip(2)).isZero();
  }

  /** A block long enough to be read in three parts records each line's skips in block order. */
  @Test
  void skipsOfABlockReadInPartsStayWithTheirLines() {
    AnchorIndex index = new AnchorIndex(List.of("img:", "token"));
    StringBuilder text = new StringBuilder();
    for (int j = 0; j < 3000; j++) {
      text.append(j % 3 == 0 ? "x img:abc| token\n" : "plain line without any\n");
    }
    byte[] b = text.toString().getBytes(StandardCharsets.US_ASCII);
    AnchorIndex.Skip toBar = (bytes, lineStart, start, end, limit) -> {
      int i = end;
      while (i < limit && bytes[i] != '|' && bytes[i] != '\n') {
        i++;
      }
      return i;
    };
    AnchoredLines lines = new AnchoredLines();
    assertThat(index.scanLines(b, 0, b.length, 100, lines, 0, toBar, null)).isTrue();
    assertThat(lines.lines()).isEqualTo(3000);
    for (int j = 0; j < 3000; j++) {
      if (j % 3 == 0) {
        assertThat(lines.endSkip(j) - lines.firstSkip(j)).isEqualTo(1);
        int s = lines.firstSkip(j);
        assertThat(lines.skipFrom(s)).isEqualTo(lines.start(j) + 6);
        assertThat(lines.skipTo(s)).isEqualTo(lines.start(j) + 9);
      } else {
        assertThat(lines.endSkip(j) - lines.firstSkip(j)).isZero();
      }
    }
  }

  @Test
  void aFilterDecidesWhichOccurrencesAreRecorded() {
    AnchorIndex index = new AnchorIndex(List.of("token", "key"));
    byte[] b = "a token here, token=1\nkey key: token".getBytes(StandardCharsets.US_ASCII);
    List<String> words = List.of("token", "key");
    AnchoredLines lines = new AnchoredLines();
    // Keeps an occurrence only when '=' or ':' follows it at once, reading no further than limit.
    AnchorIndex.HitFilter operatorNext = (anchorId, bytes, start, end, limit) ->
        end < limit && (bytes[end] == '=' || bytes[end] == ':');
    assertThat(index.scanLines(b, 0, b.length, 100, lines, -1, null, operatorNext)).isTrue();
    assertThat(lines.lines()).isEqualTo(2);
    assertThat(lines.endHit(0) - lines.firstHit(0)).isEqualTo(1);
    assertThat(words.get(lines.hitAnchor(lines.firstHit(0)))).isEqualTo("token");
    assertThat(lines.hitStart(lines.firstHit(0))).isEqualTo(14);
    assertThat(lines.endHit(1) - lines.firstHit(1)).isEqualTo(1);
    assertThat(words.get(lines.hitAnchor(lines.firstHit(1)))).isEqualTo("key");
    assertThat(lines.hitStart(lines.firstHit(1))).isEqualTo(26);
    // Without a filter every occurrence is recorded.
    assertThat(index.scanLines(b, 0, b.length, 100, lines, -1, null, null)).isTrue();
    assertThat(lines.endHit(0) - lines.firstHit(0)).isEqualTo(2);
    assertThat(lines.endHit(1) - lines.firstHit(1)).isEqualTo(3);
  }

  private static List<String> hits(AnchoredLines lines, int j, byte[] b) {
    List<String> out = new ArrayList<>();
    for (int h = lines.firstHit(j); h < lines.endHit(j); h++) {
      String w = WORDS.get(lines.hitAnchor(h));
      int start = lines.hitStart(h);
      assertThat(new String(b, start, w.length(), StandardCharsets.US_ASCII)).isEqualToIgnoringCase(w);
      out.add(w);
    }
    return out;
  }

  @Test
  void stopsAtALineLongerThanTheLimit() {
    AnchorIndex index = new AnchorIndex(WORDS);
    byte[] b = ("short\n" + "x".repeat(50) + "\nshort").getBytes(StandardCharsets.US_ASCII);
    AnchoredLines lines = new AnchoredLines();
    assertThat(index.scanLines(b, 0, b.length, 50, lines)).isTrue();
    assertThat(index.scanLines(b, 0, b.length, 49, lines)).isFalse();
    byte[] tail = ("short\n" + "x".repeat(50)).getBytes(StandardCharsets.US_ASCII);
    // An unterminated last line of exactly the limit is read in pieces, as a line reader would.
    assertThat(index.scanLines(tail, 0, tail.length, 50, lines)).isFalse();
    assertThat(index.scanLines(tail, 0, tail.length, 51, lines)).isTrue();
  }

  @Test
  void occursInAnswersForAWordList() {
    AnchorIndex index = new AnchorIndex(List.of("hash", "_id", "${"));
    assertThat(index.occursIn("PASSWORD_HASH")).isTrue();
    assertThat(index.occursIn("user_id")).isTrue();
    assertThat(index.occursIn("x${Y}")).isTrue();
    assertThat(index.occursIn("db_password")).isFalse();
    assertThat(index.occursIn("has\nh_i\\d")).isFalse();
    assertThat(index.occursIn("")).isFalse();
  }

  @Test
  void rejectsAnchorsItCannotMatch() {
    assertThatThrownBy(() -> new AnchorIndex(List.of(""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AnchorIndex(List.of("caf\u00e9")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AnchorIndex(List.of("a\\b")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
