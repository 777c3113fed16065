package dev.aispm.scanners.data.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.data.corpus.DecoySamples;
import dev.aispm.scanners.data.corpus.SecretSamples;
import dev.aispm.scanners.data.search.AnchoredLines;
import dev.aispm.scanners.data.search.AsciiText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Detecting on raw ASCII bytes, and at anchors found by the one-pass line reading, must find
 * exactly what detecting on the decoded text finds.
 */
class AsciiTextTest {

  private static List<String> detect(CharSequence text) {
    List<String> out = new ArrayList<>();
    new SecretDetector().detect(text, collect(out));
    return out;
  }

  private static SecretDetector.Sink collect(List<String> out) {
    return (format, t, start, end, canonical, detail) ->
        out.add(format.ruleId() + "@" + start + "-" + end + ":"
            + (canonical != null ? canonical : t.subSequence(start, end).toString()));
  }

  @Test
  void bytesAndStringsGiveTheSameFindings() {
    List<String> lines = new ArrayList<>();
    for (SecretSamples.Sample s : SecretSamples.all(77)) {
      lines.add("{\"text\": \"" + s.positive().replace("\"", "\\\"") + "\", \"n\": 1}");
      lines.add(s.negative());
    }
    lines.addAll(DecoySamples.all());
    lines.add("<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAKIAxox" + "AKIA".repeat(20)
        + "\"> then GITHUB_TOKEN=ghp_notreal");
    int found = 0;
    for (String line : lines) {
      byte[] b = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
      if (!AsciiText.isAscii(b, 0, b.length)) {
        continue;
      }
      AsciiText view = new AsciiText(b, 2, b.length - 4);
      assertThat(view.toString()).isEqualTo(line);
      List<String> fromString = detect(line);
      assertThat(detect(view)).as(line).isEqualTo(fromString);
      found += fromString.size();
    }
    assertThat(found).isGreaterThan(90);

    // The same lines as one block: line reading and anchors in one pass, matchers at the anchors.
    List<String> ascii = lines.stream()
        .filter(l -> l.chars().allMatch(c -> c < 128) && l.indexOf('\n') < 0).toList();
    byte[] block = String.join("\r\n", ascii).getBytes(StandardCharsets.US_ASCII);
    SecretDetector detector = new SecretDetector();
    AnchoredLines marks = new AnchoredLines();
    assertThat(detector.markLines(block, 0, block.length, 1 << 20, marks)).isTrue();
    assertThat(marks.lines()).isEqualTo(ascii.size());
    int marked = 0;
    for (int j = 0; j < marks.lines(); j++) {
      AsciiText view = new AsciiText(block, marks.start(j), marks.end(j) - marks.start(j));
      assertThat(view.toString()).isEqualTo(ascii.get(j));
      List<String> out = new ArrayList<>();
      detector.detectMarked(view, marks, j, collect(out));
      assertThat(out).as(ascii.get(j)).isEqualTo(detect(ascii.get(j)));
      marked += out.size();
    }
    assertThat(marked).isGreaterThan(90);
  }

  /**
   * Prose is full of keyword anchors ("token", "path", "password") that no format can match; the
   * one-pass reading drops them, and what is left finds exactly what a plain scan finds.
   */
  @Test
  void anchorsInProseAreDroppedWhileMarkingWithoutLosingAFinding() {
    List<String> lines = List.of(
        "{\"text\": \"each token of the path is a pattern; the password policy is strict\"}",
        "{\"text\": \"set the token: tok_Zr2mXv9LpT4wKs7Nd3q8 then follow the path\"}",
        "{\"cfg\": \"DB_PASSWORD=q8Zr2mXv9LpT4wKs7Nd3 and api_key = 'Xv9LpT4wKs7Nd3q8Zr2m'\"}",
        "{\"k\": \"airtable patAbcdefgh1234567.0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"}",
        "{\"text\": \"a secret token\\\": \\\"Lm4Np8Qr2St6Uv0Wx3Yz7\\\" hides in an escaped string\"}",
        "token",
        "the last path");
    byte[] block = String.join("\n", lines).getBytes(StandardCharsets.US_ASCII);
    SecretDetector detector = new SecretDetector();
    AnchoredLines marks = new AnchoredLines();
    assertThat(detector.markLines(block, 0, block.length, 1 << 20, marks)).isTrue();
    int kept = 0;
    int found = 0;
    for (int j = 0; j < marks.lines(); j++) {
      kept += marks.endHit(j) - marks.firstHit(j);
      AsciiText view = new AsciiText(block, marks.start(j), marks.end(j) - marks.start(j));
      List<String> out = new ArrayList<>();
      detector.detectMarked(view, marks, j, collect(out));
      assertThat(out).as(lines.get(j)).isEqualTo(detect(lines.get(j)));
      found += out.size();
    }
    assertThat(found).isGreaterThanOrEqualTo(4);
    // The first and the last two lines hold only prose, so nothing of them is kept.
    assertThat(marks.endHit(0) - marks.firstHit(0)).isZero();
    assertThat(marks.endHit(5) - marks.firstHit(5)).isZero();
    assertThat(marks.endHit(6) - marks.firstHit(6)).isZero();
    assertThat(kept).isLessThan(12);
  }

  /**
   * Lines with non-ASCII text, decoded once and checked at the anchors the byte pass recorded,
   * find exactly what a scan of the decoded line finds, at the same character positions: accents,
   * CJK, four-byte characters (two chars each) before, between and after secrets.
   */
  @Test
  void nonAsciiLinesCheckedAtTheirAnchorsFindWhatTheDecodedLineGives() {
    String[] around = {"caf\u00e9 ", "\u8bad\u7ec3\u6570\u636e: ", "\ud83d\ude00 ", "na\u00efve \u2615 ", ""};
    java.util.Random random = new java.util.Random(17);
    List<String> lines = new ArrayList<>();
    for (SecretSamples.Sample s : SecretSamples.all(19)) {
      String a = around[random.nextInt(around.length)];
      String z = around[random.nextInt(around.length)];
      lines.add("{\"text\": \"" + a + s.positive().replace("\"", "'") + " " + z + "\"}");
      lines.add(z + "GITHUB_TOKEN token \u00e9 api_key=" + a + "x " + s.negative());
    }
    lines.add("\u00e9 password: \"Zr2m\u00e9Xv9LpT4wKs7Nd3\" and api_key = 'Xv9LpT4wKs7Nd3q8Zr2m' \ud83d\ude00");
    lines.removeIf(l -> l.indexOf('\n') >= 0 || l.indexOf('\r') >= 0);
    byte[] block = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    SecretDetector detector = new SecretDetector();
    AnchoredLines marks = new AnchoredLines();
    assertThat(detector.markLines(block, 0, block.length, 1 << 20, marks)).isTrue();
    assertThat(marks.lines()).isEqualTo(lines.size());
    int found = 0;
    int nonAscii = 0;
    for (int j = 0; j < marks.lines(); j++) {
      String text = new String(block, marks.start(j), marks.end(j) - marks.start(j),
          StandardCharsets.UTF_8);
      assertThat(text).isEqualTo(lines.get(j));
      List<String> out = new ArrayList<>();
      if ((marks.flags(j) & AnchoredLines.NON_ASCII) != 0) {
        nonAscii++;
        detector.detectMarked(text, block, marks.start(j), marks, j, collect(out));
      } else {
        detector.detectMarked(new AsciiText(block, marks.start(j), text.length()), marks, j,
            collect(out));
      }
      assertThat(out).as(text).isEqualTo(detect(text));
      found += out.size();
    }
    assertThat(nonAscii).isGreaterThan(lines.size() / 2);
    assertThat(found).isGreaterThan(60);
  }

  @Test
  void nonAsciiIsRecognised() {
    byte[] b = "caf\u00e9 key".getBytes(StandardCharsets.UTF_8);
    assertThat(AsciiText.isAscii(b, 0, b.length)).isFalse();
    assertThat(AsciiText.isAscii(b, 0, 3)).isTrue();
  }
}
