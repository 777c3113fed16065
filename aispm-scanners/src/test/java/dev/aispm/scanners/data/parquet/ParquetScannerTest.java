package dev.aispm.scanners.data.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.corpus.Scanning;
import dev.aispm.scanners.data.corpus.SecretSamples;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParquetScannerTest {
  private static final List<SecretSamples.Sample> SAMPLES = SecretSamples.all(23);
  private static final String TOKEN = SAMPLES.stream()
      .filter(s -> s.ruleId().equals("secret.github-token")).findFirst().orElseThrow().secret();

  private static List<ContentFinding> scan(byte[] file) {
    return Scanning.run(new ParquetScanner(), "train.parquet", file, ScanLimits.defaults());
  }

  private static List<ContentFinding> secrets(List<ContentFinding> findings) {
    return findings.stream().filter(f -> f.ruleId().startsWith("secret.")).toList();
  }

  private static List<String> malformed(List<ContentFinding> findings) {
    return findings.stream().filter(f -> f.ruleId().equals(ParquetScanner.MALFORMED))
        .map(ContentFinding::message).toList();
  }

  /** 40 rows of chat prompts; row 17 (0-based) carries a GitHub token in the prompt column. */
  private static ParquetBuilder chat() {
    List<Object> ids = new ArrayList<>();
    List<Object> prompts = new ArrayList<>();
    List<Object> labels = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add("conv-" + i);
      prompts.add(i == 17 ? "my deploy script has GITHUB_TOKEN=" + TOKEN + " is that ok?"
          : i % 5 == 3 ? null : "How do I sort a list in Python, question " + (i % 4) + "?");
      labels.add(i % 2 == 0 ? "helpful" : "harmless");
    }
    return new ParquetBuilder().column("id", ParquetBuilder.REQUIRED, ids)
        .column("prompt", ParquetBuilder.OPTIONAL, prompts)
        .column("label", ParquetBuilder.OPTIONAL, labels);
  }

  private static void assertTokenAtRow18(List<ContentFinding> findings) {
    assertThat(malformed(findings)).isEmpty();
    assertThat(secrets(findings)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("secret.github-token");
      assertThat(f.line()).isEqualTo(18);
      assertThat(f.details()).containsEntry("field", "prompt");
      assertThat(f.column()).isEqualTo("my deploy script has GITHUB_TOKEN=".length() + 1);
    });
  }

  @Test
  void plainUncompressedPagesReportColumnAndRow() {
    assertTokenAtRow18(scan(chat().build()));
  }

  @Test
  void dictionaryEncodedSnappyPagesAcrossSeveralPages() {
    assertTokenAtRow18(scan(chat().dictionary().codec(ParquetBuilder.SNAPPY).rowsPerPage(7)
        .build()));
  }

  @Test
  void gzipAndDataPageV2() {
    assertTokenAtRow18(scan(chat().codec(ParquetBuilder.GZIP).build()));
    assertTokenAtRow18(scan(chat().pageV2().codec(ParquetBuilder.SNAPPY).rowsPerPage(9).build()));
    assertTokenAtRow18(scan(chat().pageV2().dictionary().build()));
  }

  @Test
  void repeatedColumnsCountRowsByRepetitionLevel() {
    List<Object> tags = new ArrayList<>();
    tags.add(List.of("a", "b"));
    tags.add(null);
    tags.add(List.of("c"));
    tags.add(List.of("d", "e", "key " + TOKEN));
    List<ContentFinding> findings = scan(new ParquetBuilder()
        .column("tags", ParquetBuilder.REPEATED, tags).dictionary().build());
    assertThat(secrets(findings)).singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(4));
  }

  @Test
  void everyCredentialFormatIsFoundInAColumnAndDecoysStaySilent() {
    List<Object> positives = new ArrayList<>();
    List<Object> negatives = new ArrayList<>();
    for (SecretSamples.Sample s : SAMPLES) {
      positives.add(s.positive());
      negatives.add(s.negative());
    }
    List<ContentFinding> found = scan(new ParquetBuilder()
        .column("text", ParquetBuilder.OPTIONAL, positives).codec(ParquetBuilder.SNAPPY).build());
    java.util.Set<String> expected = new java.util.TreeSet<>();
    SAMPLES.forEach(s -> {
      expected.add(s.ruleId());
      expected.addAll(s.alsoFound().keySet());
    });
    assertThat(secrets(found).stream().map(ContentFinding::ruleId).collect(Collectors.toSet()))
        .containsAll(expected);
    List<ContentFinding> quiet = scan(new ParquetBuilder()
        .column("text", ParquetBuilder.OPTIONAL, negatives).dictionary().build());
    // Row n holds sample n's near miss, which must not be reported as that sample's format.
    assertThat(secrets(quiet)).noneMatch(f ->
        f.ruleId().equals(SAMPLES.get((int) f.line() - 1).ruleId()));
  }

  @Test
  void theEngineRoutesParquetToThisScannerOnly() {
    byte[] file = chat().dictionary().codec(ParquetBuilder.SNAPPY).build();
    ContentScanEngine engine = ContentScanEngine.withInstalledScanners(ScanLimits.defaults());
    byte[] head = Arrays.copyOf(file, Math.min(file.length, ContentScanEngine.HEAD_BYTES));
    assertThat(engine.scanners().stream().filter(s -> s.accepts("x.parquet", head))
        .map(s -> s.name())).containsExactly("data-parquet");
    assertTokenAtRow18(engine.scan(new ByteArrayInputStream(file), "x.parquet"));
  }

  @Test
  void snappyCopiesMayOverlapTheirOutput() throws MalformedParquetException {
    // "abc" as a literal, then a 1-byte-offset copy of 9 bytes from 3 back: "abcabcabcabc".
    byte[] block = {12, 2 << 2, 'a', 'b', 'c', (byte) (((9 - 4) << 2) | 1), 3};
    assertThat(new String(Snappy.decompress(block, 0, block.length, 100),
        StandardCharsets.US_ASCII)).isEqualTo("abcabcabcabc");
    byte[] random = new byte[3000];
    new Random(5).nextBytes(random);
    byte[] text = ("the quick brown fox " + "jumps over the lazy dog ".repeat(50))
        .getBytes(StandardCharsets.US_ASCII);
    for (byte[] in : List.of(random, text, new byte[0])) {
      byte[] packed = ParquetBuilder.snappy(in);
      assertThat(Snappy.decompress(packed, 0, packed.length, in.length)).isEqualTo(in);
    }
  }

  @Test
  void hostileSnappyFailsCleanly() {
    byte[][] bad = {
        {12, 2 << 2, 'a', 'b', 'c', (byte) (((9 - 4) << 2) | 1), 4}, // offset before start
        {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f}, // declares 4 GiB
        {5, 10 << 2, 'a'}, // literal longer than the input
        {3, 0, 'a'}, // ends short of its declared length
    };
    for (byte[] b : bad) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> Snappy.decompress(b, 0, b.length, 1 << 20))
          .isInstanceOf(MalformedParquetException.class);
    }
  }

  @Test
  void truncatedFilesAreMalformedNotCrashes() {
    byte[] file = chat().dictionary().codec(ParquetBuilder.SNAPPY).build();
    for (int cut : new int[] {4, 11, file.length / 2, file.length - 9, file.length - 1}) {
      List<ContentFinding> findings = scan(Arrays.copyOf(file, cut));
      assertThat(malformed(findings)).as("cut at " + cut).hasSize(1);
      assertThat(secrets(findings)).isEmpty();
    }
  }

  @Test
  void corruptedFilesNeverHangOrExhaustMemory() {
    byte[] good = chat().dictionary().codec(ParquetBuilder.SNAPPY).rowsPerPage(7).build();
    Random random = new Random(99);
    int malformedSeen = 0;
    for (int round = 0; round < 400; round++) {
      byte[] file = good.clone();
      int flips = 1 + random.nextInt(4);
      for (int i = 0; i < flips; i++) {
        int at = 4 + random.nextInt(file.length - 12);
        file[at] = (byte) random.nextInt(256);
      }
      List<ContentFinding> findings = scan(file);
      malformedSeen += malformed(findings).size();
      assertThat(findings).allMatch(f -> f.ruleId().startsWith("secret.")
          || f.ruleId().startsWith("pii.") || f.ruleId().startsWith("data."));
    }
    assertThat(malformedSeen).isGreaterThan(50);
  }

  @Test
  void liesInTheFooterAreCaught() {
    byte[] file = chat().build();
    // A footer length larger than the file.
    byte[] longFooter = file.clone();
    longFooter[file.length - 5] = 0x7f;
    assertThat(malformed(scan(longFooter))).singleElement().asString().contains("footer length");
    // A dictionary index past the dictionary's end: corrupt the one-entry-width indices.
    byte[] dict = new ParquetBuilder().column("c", ParquetBuilder.REQUIRED,
        List.of("x", "y", "x", "y")).dictionary().build();
    byte[] bad = dict.clone();
    // The data page's values open with bit width 1 and one bit-packed group (header 3); widen
    // the indices to 7 bits so they point past the two-entry dictionary or past the page.
    int at = indexOf(bad, new byte[] {1, 3}, 4);
    assertThat(malformed(scan(dict))).isEmpty();
    bad[at] = 7;
    assertThat(malformed(scan(bad))).singleElement().asString().containsAnyOf("dictionary index",
        "cut off");
  }

  @Test
  void unsupportedCodecIsSaidNotHidden() {
    ParquetBuilder builder = chat().codec(ParquetBuilder.SNAPPY);
    byte[] file = builder.build();
    // Rewrite the footer's codec field (4, i32 1 = SNAPPY, zigzag 2) to ZSTD (6, zigzag 12).
    byte[] copy = file.clone();
    int replaced = 0;
    // The footer opens with version 1 (also 0x15 0x02); the codec fields come after it.
    for (int i = builder.footerStart + 2; i < copy.length - 9; i++) {
      if (copy[i] == 0x15 && copy[i + 1] == 0x02) {
        copy[i + 1] = 0x0c;
        replaced++;
      }
    }
    assertThat(replaced).isEqualTo(3);
    List<ContentFinding> findings = scan(copy);
    assertThat(findings).filteredOn(f -> f.ruleId().equals(ParquetScanner.UNSUPPORTED))
        .hasSize(3).allMatch(f -> f.message().contains("ZSTD"));
    assertThat(secrets(findings)).isEmpty();
  }

  /**
   * A tiny file whose pages each declare 2^24 nulls in five bytes of run-length levels: without a
   * bound on the values all pages may declare, a few hundred such pages cost billions of steps.
   */
  @Test
  void billionsOfDeclaredNullsAreRefusedQuickly() {
    java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
    file.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
    int count = 1 << 24;
    java.io.ByteArrayOutputStream levels = new java.io.ByteArrayOutputStream();
    ParquetBuilder.varint(levels, (long) count << 1); // one repeated run of `count` zeros
    levels.write(0);
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    ParquetBuilder.le32(body, levels.size());
    body.writeBytes(levels.toByteArray());
    int pages = 300;
    for (int i = 0; i < pages; i++) {
      ParquetBuilder.ThriftWriter h = new ParquetBuilder.ThriftWriter();
      h.i32(1, 0);
      h.i32(2, body.size());
      h.i32(3, body.size());
      h.beginStruct(5);
      h.i32(1, count);
      h.i32(2, 0);
      h.i32(3, 3);
      h.i32(4, 3);
      h.endStruct();
      h.stop();
      file.writeBytes(h.toBytes());
      file.writeBytes(body.toByteArray());
    }
    long chunkEnd = file.size();
    ParquetBuilder.ThriftWriter w = new ParquetBuilder.ThriftWriter();
    w.i32(1, 1);
    w.beginList(2, 12, 2);
    w.beginListStruct();
    w.string(4, "schema");
    w.i32(5, 1);
    w.endStruct();
    w.beginListStruct();
    w.i32(1, 6);
    w.i32(3, ParquetBuilder.OPTIONAL);
    w.string(4, "text");
    w.endStruct();
    w.i64(3, (long) count * pages);
    w.beginList(4, 12, 1);
    w.beginListStruct();
    w.beginList(1, 12, 1);
    w.beginListStruct();
    w.i64(2, 4);
    w.beginStruct(3);
    w.i32(1, 6);
    w.beginList(2, 5, 1);
    w.listI32(0);
    w.beginList(3, 8, 1);
    w.listString("text");
    w.i32(4, 0);
    w.i64(5, (long) count * pages);
    w.i64(6, chunkEnd - 4);
    w.i64(7, chunkEnd - 4);
    w.i64(9, 4);
    w.endStruct();
    w.endStruct();
    w.i64(2, 0);
    w.i64(3, (long) count * pages);
    w.endStruct();
    w.stop();
    byte[] footer = w.toBytes();
    file.writeBytes(footer);
    ParquetBuilder.le32(file, footer.length);
    file.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
    List<ContentFinding> findings = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(10), () -> scan(file.toByteArray()));
    assertThat(malformed(findings)).singleElement().asString().contains("can hold");
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
