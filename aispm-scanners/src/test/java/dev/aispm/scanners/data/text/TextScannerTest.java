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
}
