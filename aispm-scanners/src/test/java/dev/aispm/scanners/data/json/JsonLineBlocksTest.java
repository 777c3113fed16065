package dev.aispm.scanners.data.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.corpus.Scanning;
import dev.aispm.scanners.data.corpus.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cutting JSON Lines into blocks scanned on several threads must give exactly the findings of
 * one pass: the same list, order, first positions, occurrence counts, pairings and notes.
 */
class JsonLineBlocksTest {

  /** Records with every credential format, repeats, AWS pairs, personal data and broken lines. */
  private static String corpus() {
    List<SecretSamples.Sample> samples = SecretSamples.all(31);
    Random r = new Random(8);
    // The first line decides JSON Lines over one document, so it is a valid record.
    StringBuilder b = new StringBuilder("{\"id\": 0}\n");
    for (int i = 1; i < 900; i++) {
      switch (r.nextInt(9)) {
        case 0 -> {
          SecretSamples.Sample s = samples.get(r.nextInt(samples.size()));
          String quoted = new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance()
              .quoteAsString(s.positive()));
          b.append("{\"id\": ").append(i).append(", \"text\": \"").append(quoted).append("\"}\n");
        }
        case 1 -> b.append("{\"id\": ").append(i).append(", \"broken\": \n");
        case 2 -> b.append("{\"contact\": \"mail giulia.verdi").append(i % 7)
            .append("@unipost.it or call +39 06 6988 ").append(1000 + i % 50).append("\"}\n");
        case 3 -> b.append("\n");
        default -> b.append("{\"id\": ").append(i).append(", \"text\": \"How do I train a model")
            .append(" on ").append(i).append(" examples?\"}\r\n");
      }
    }
    return b.toString();
  }

  @Test
  void blocksGiveExactlyTheFindingsOfOnePass() {
    byte[] content = corpus().getBytes(StandardCharsets.UTF_8);
    List<ContentFinding> onePass = Scanning.run(JsonScanner.withBlockSize(1 << 24), "t.jsonl",
        content, ScanLimits.defaults());
    assertThat(onePass).filteredOn(f -> f.ruleId().startsWith("secret.")).hasSizeGreaterThan(40);
    assertThat(onePass).filteredOn(f -> f.ruleId().equals("data.malformed-json"))
        .hasSize(21);
    assertThat(onePass).anyMatch(f -> f.ruleId().startsWith("pii."));
    for (int block : new int[] {64, 300, 1000, 4096, 50_000}) {
      List<ContentFinding> blocks = Scanning.run(JsonScanner.withBlockSize(block), "t.jsonl",
          content, ScanLimits.defaults());
      assertThat(blocks).as("block size " + block).containsExactlyElementsOf(onePass);
    }
  }

  /**
   * Records with non-ASCII text (accents, CJK, four-byte characters, a line of bytes that are not
   * UTF-8), checked at their anchors in the block scan, give the findings of reading every line
   * decoded, one after the other: same secrets, personal data, positions and counts.
   */
  @Test
  void nonAsciiRecordsGiveTheFindingsOfDecodedLines() throws java.io.IOException {
    List<SecretSamples.Sample> samples = SecretSamples.all(23);
    String[] around = {"caf\u00e9 ", "\u8bad\u7ec3\u6570\u636e ", "\ud83d\ude00 ", ""};
    Random r = new Random(4);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes("{\"id\": 0}\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i < 400; i++) {
      SecretSamples.Sample s = samples.get(r.nextInt(samples.size()));
      String quoted = new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance()
          .quoteAsString(around[r.nextInt(around.length)] + s.positive()));
      String line = r.nextInt(5) == 0
          ? "{\"contact\": \"\u00e9crire \u00e0 giulia.verdi@unipost.it\"}"
          : "{\"id\": " + i + ", \"text\": \"" + quoted + " " + around[r.nextInt(around.length)] + "\"}";
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      if (i == 200) {
        // Not UTF-8: a lone continuation byte and a cut three-byte sequence around a secret.
        out.writeBytes(new byte[] {' ', (byte) 0x80, ' ', (byte) 0xE2, (byte) 0x82});
        out.writeBytes((" GITHUB_TOKEN=" + samples.stream()
            .filter(x -> x.ruleId().equals("secret.github-token")).findFirst().orElseThrow()
            .secret()).getBytes(StandardCharsets.US_ASCII));
      }
      out.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
    }
    byte[] content = out.toByteArray();

    List<ContentFinding> decoded = new java.util.ArrayList<>();
    JsonScanner scanner = new JsonScanner();
    dev.aispm.scanners.data.inspect.ObjectInspection reference =
        new dev.aispm.scanners.data.inspect.ObjectInspection("t.jsonl", decoded::add);
    scanner.sequential(new dev.aispm.scanners.data.text.LineReader(
        new java.io.ByteArrayInputStream(content), ScanLimits.defaults().maxLineLength()),
        reference, 0);
    reference.finish();
    assertThat(decoded).filteredOn(f -> f.ruleId().startsWith("secret.")).hasSizeGreaterThan(40);
    assertThat(decoded).anyMatch(f -> f.ruleId().startsWith("pii."));

    for (int block : new int[] {300, 4096, 1 << 20}) {
      List<ContentFinding> blocks = Scanning.run(JsonScanner.withBlockSize(block), "t.jsonl",
          content, ScanLimits.defaults());
      assertThat(blocks).as("block size " + block).containsExactlyElementsOf(decoded);
    }
  }

  @Test
  void aLineLongerThanABlockIsReadInPiecesWithoutLosingASecret() {
    List<SecretSamples.Sample> samples = SecretSamples.all(3);
    String token = samples.stream().filter(s -> s.ruleId().equals("secret.github-token"))
        .findFirst().orElseThrow().secret();
    String longLine = "{\"blob\": \"" + "x ".repeat(6000) + "GITHUB_TOKEN=" + token + "\"}\n";
    String content = "{\"id\": 1}\n" + longLine + "{\"id\": 3, \"t\": \"GITHUB_TOKEN=" + token
        + "\"}\n";
    List<ContentFinding> found = Scanning.run(JsonScanner.withBlockSize(1024), "t.jsonl",
        content.getBytes(StandardCharsets.UTF_8), ScanLimits.defaults());
    assertThat(found).filteredOn(f -> f.ruleId().equals("secret.github-token")).singleElement()
        .satisfies(f -> {
          assertThat(f.line()).isEqualTo(2);
          assertThat(f.details()).containsEntry("occurrences", "2");
        });
  }
}
