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
