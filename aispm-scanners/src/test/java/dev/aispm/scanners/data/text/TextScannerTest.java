package dev.aispm.scanners.data.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.data.corpus.Gen;
import dev.aispm.scanners.data.corpus.Scanning;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextScannerTest {

  @Test
  void multiLinePemKeyIsFoundWhereItsBodyStarts() {
    String pem = new Gen(2).pem("OPENSSH PRIVATE KEY", "\n");
    List<ContentFinding> out = Scanning.run(new TextScanner(), "id_ed25519.txt", "# key\n" + pem + "\n");
    assertThat(out).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("secret.private-key");
      assertThat(f.line()).isEqualTo(3);
      assertThat(f.details()).containsEntry("kind", "OPENSSH PRIVATE KEY");
    });
  }

  @Test
  void binaryContentIsNotAcceptedAndRandomJunkDoesNotCrash() {
    byte[] junk = new byte[200_000];
    new Random(5).nextBytes(junk);
    TextScanner scanner = new TextScanner();
    assertThat(scanner.accepts("x.bin", junk)).isFalse();
    // Even if forced to read junk, the scan ends and reports nothing made up.
    List<ContentFinding> out = new java.util.ArrayList<>();
    try {
      TextScanner.scanLines(new dev.aispm.scanners.core.ScanInput("x.bin",
          new java.io.ByteArrayInputStream(junk), junk.length, 0), Scanning.limits(1 << 20, 4096),
          new dev.aispm.scanners.data.inspect.ObjectInspection("x.bin", out::add));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(out).allMatch(f -> !f.ruleId().startsWith("secret."));
  }

  @Test
  void lineWithoutNewlineAtEndOfFileIsScanned() {
    String token = new Gen(3).crcToken("ghp_");
    assertThat(Scanning.run(new TextScanner(), "a.txt", "x\n" + token))
        .extracting(ContentFinding::line).containsExactly(2L);
  }

  @Test
  void lineReaderSplitsOverlongLinesWithOverlap() throws Exception {
    byte[] data = ("a".repeat(20_000) + "\nshort\n").getBytes(StandardCharsets.US_ASCII);
    LineReader r = new LineReader(new java.io.ByteArrayInputStream(data), 8192);
    int pieces = 0;
    long total = 0;
    while (r.next()) {
      pieces++;
      total += r.length();
      if (r.text().equals("short")) {
        assertThat(r.lineNumber()).isEqualTo(2);
      } else {
        assertThat(r.lineNumber()).isEqualTo(1);
      }
    }
    assertThat(pieces).isGreaterThan(2);
    assertThat(total).isGreaterThan(20_000);
    assertThat(r.sawLongLine()).isTrue();
  }

  /**
   * A text of several read blocks: tokens on known lines (also on a non-ASCII line and on the
   * lines around each block boundary), a multi-line PEM key across the first boundary, and CRLF
   * line ends. Every secret is found on its own line and nothing else is reported.
   */
  @Test
  void findsEverySecretAcrossBlocksOnItsLine() {
    Gen gen = new Gen(9);
    StringBuilder text = new StringBuilder();
    java.util.Map<Long, String> expected = new java.util.TreeMap<>();
    long line = 0;
    String filler = "the model reads a path and a token count, then writes the loss to a file";
    while (text.length() < 2_600_000) {
      line++;
      String l = filler;
      int near = text.length() % (1 << 20);
      if (line % 997 == 0 || near > (1 << 20) - 200) {
        String token = gen.crcToken("ghp_");
        l = (line % 2 == 0 ? "caf\u00e9 " : "") + "GITHUB_TOKEN=" + token + " # " + filler;
        expected.put(line, "secret.github-token");
      }
      if (expected.size() > 3 && !expected.containsValue("secret.private-key")
          && text.length() > (1 << 20) - 1500) {
        String pem = gen.pem("RSA PRIVATE KEY", "\r\n");
        // Reported where the key's body starts, the line after its header.
        expected.put(line + 1, "secret.private-key");
        line += pem.split("\r\n", -1).length - 1;
        l = pem;
      }
      text.append(l).append(line % 3 == 0 ? "\r\n" : "\n");
    }
    List<ContentFinding> out = Scanning.run(new TextScanner(), "notes.txt", text.toString());
    java.util.Map<Long, String> found = new java.util.TreeMap<>();
    for (ContentFinding f : out) {
      found.put(f.line(), f.ruleId());
    }
    assertThat(expected).containsValue("secret.private-key");
    assertThat(found).isEqualTo(expected);
  }

  /**
   * Lines with non-ASCII text, checked at the anchors of the block pass, give what the line
   * reader's decoded lines give: the same secrets, personal data, lines and columns, also next to
   * four-byte characters and on a line of bytes that are not UTF-8.
   */
  @Test
  void nonAsciiLinesGiveWhatTheLineReaderGives() throws java.io.IOException {
    Gen gen = new Gen(12);
    String[] around = {"caf\u00e9 ", "\u8bad\u7ec3 ", "\ud83d\ude00 ", "na\u00efve ", ""};
    Random r = new Random(6);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < 300; i++) {
      String a = around[r.nextInt(around.length)];
      String line = switch (r.nextInt(4)) {
        case 0 -> a + "GITHUB_TOKEN=" + gen.crcToken("ghp_") + " " + around[r.nextInt(around.length)];
        case 1 -> a + "password: \"" + gen.crcToken("") + "\" " + a;
        case 2 -> a + "\u00e9crire \u00e0 giulia.verdi@unipost.it " + a;
        default -> a + "the loss of the model " + a;
      };
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      if (i == 150) {
        out.writeBytes(new byte[] {' ', (byte) 0x80, ' ', (byte) 0xE2, (byte) 0x82, ' '});
        out.writeBytes(("GITHUB_TOKEN=" + gen.crcToken("ghp_")).getBytes(StandardCharsets.US_ASCII));
      }
      out.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
    }
    byte[] content = out.toByteArray();
    List<ContentFinding> blocks = Scanning.run(new TextScanner(), "notes.txt", content,
        dev.aispm.scanners.core.ScanLimits.defaults());

    List<ContentFinding> lines = new java.util.ArrayList<>();
    dev.aispm.scanners.data.inspect.ObjectInspection reference =
        new dev.aispm.scanners.data.inspect.ObjectInspection("notes.txt", lines::add);
    LineReader reader = new LineReader(new java.io.ByteArrayInputStream(content), 1 << 20);
    while (reader.next()) {
      reference.inspect(reader.text(), dev.aispm.scanners.data.inspect.Origin.text(
          reader.lineNumber(), 1));
      reference.endRecord();
    }
    reference.finish();
    assertThat(lines).filteredOn(f -> f.ruleId().startsWith("secret.")).hasSizeGreaterThan(100);
    assertThat(lines).anyMatch(f -> f.ruleId().startsWith("pii."));
    assertThat(blocks).containsExactlyElementsOf(lines);
  }

  /** A line longer than a block switches to the line reader and is still read whole. */
  @Test
  void aLineLongerThanABlockIsReadInPieces() {
    String token = new Gen(4).crcToken("ghp_");
    String text = "first line\n" + "x ".repeat(1_500_000) + token + " end\nlast " + token + "\n";
    List<ContentFinding> out = Scanning.run(new TextScanner(), "long.txt", text);
    assertThat(out).filteredOn(f -> f.ruleId().startsWith("secret."))
        .singleElement().satisfies(f -> {
          assertThat(f.line()).isEqualTo(2L);
          assertThat(f.details()).containsEntry("occurrences", "2");
        });
    assertThat(out).extracting(ContentFinding::ruleId).contains("data.long-line");
  }

  /** Lines reach the PEM assembler by the private-key anchor, so the catalogue must keep it. */
  @Test
  void theCatalogueHasThePemAnchorAndOnlyRealAnchorsHaveIds() {
    dev.aispm.scanners.data.secrets.SecretDetector detector =
        new dev.aispm.scanners.data.secrets.SecretDetector();
    assertThat(detector.anchorId("-----BEGIN ")).isNotNegative();
    assertThat(detector.anchorId("-----begin ")).isEqualTo(detector.anchorId("-----BEGIN "));
    assertThat(detector.anchorId("no such anchor")).isEqualTo(-1);
  }
}
