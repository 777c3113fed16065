package dev.aispm.scanners.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.scanners.archive.ZipBuilder;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.corpus.SecretSamples;
import dev.aispm.scanners.model.pickle.PickleBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan limits set from the command line: parsed, validated and actually applied. */
class ScanFilesLimitsTest {
  private static final String TOKEN = SecretSamples.all(5).stream()
      .filter(s -> s.ruleId().equals("secret.github-token")).findFirst().orElseThrow().secret();

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs scan-files with JSON output; returns the exit code and the rule ids found. */
  private int run(List<String> ruleIds, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--format=json");
    int code = ScanFilesCommand.run(all.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != 2) {
      JsonNode root = new ObjectMapper().readTree(out.toByteArray());
      for (JsonNode f : root.path("findings")) {
        ruleIds.add(f.path("ruleId").asText() + "|" + f.path("details").path("limit").asText(""));
      }
    }
    return code;
  }

  @Test
  void sizesAndCountsParse() {
    assertThat(LimitOptions.size("--max-bytes", "1048576", 1, Long.MAX_VALUE)).isEqualTo(1 << 20);
    assertThat(LimitOptions.size("--max-bytes", "512K", 1, Long.MAX_VALUE)).isEqualTo(512 << 10);
    assertThat(LimitOptions.size("--max-bytes", "64MiB", 1, Long.MAX_VALUE)).isEqualTo(64 << 20);
    assertThat(LimitOptions.size("--max-bytes", "2g", 1, Long.MAX_VALUE)).isEqualTo(2L << 30);
    for (String bad : List.of("", "1.5M", "-1", "M", "12X", "99999999999T")) {
      assertThatThrownBy(() -> LimitOptions.size("--max-bytes", bad, 1, Long.MAX_VALUE))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--max-bytes");
    }
    assertThat(LimitOptions.count("--max-depth", "0", 0, 1000)).isZero();
    assertThatThrownBy(() -> LimitOptions.count("--max-ratio", "1", 2, 100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badValuesAreUsageErrors() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "hello\n");
    String f = file.toString();
    String[][] bad = {
        {f, "--max-bytes", "0"}, {f, "--max-bytes=abc"}, {f, "--max-ratio", "1"},
        {f, "--max-depth", "-1"}, {f, "--max-entries", "0"}, {f, "--max-opcodes=ten"},
        {f, "--max-line", "100"}, {f, "--max-decompressed"}, {f, "--max-entries", "1e3"},
    };
    for (String[] args : bad) {
      assertThat(run(new ArrayList<>(), args)).as(String.join(" ", args)).isEqualTo(2);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--max-bytes must be between 1",
        "--max-ratio must be between 2", "usage: scan-files");
    assertThat(run(new ArrayList<>(), f, "--max-bytes", "1M", "--max-depth=0", "--max-ratio", "50",
        "--max-entries", "10", "--max-opcodes", "1000", "--max-line", "64K",
        "--max-decompressed", "2G")).isZero();
  }

  @Test
  void maxBytesStopsReadingADataFile() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "filler line\n".repeat(200) + "GITHUB_TOKEN=" + TOKEN + "\n");
    List<String> all = new ArrayList<>();
    assertThat(run(all, file.toString())).isEqualTo(1);
    assertThat(all).contains("secret.github-token|");
    List<String> capped = new ArrayList<>();
    assertThat(run(capped, file.toString(), "--max-bytes", "1K")).isZero();
    // The data scanner says it was cut; the engine adds no model finding to a data file.
    assertThat(capped).containsExactly("data.truncated|1024");
    // Content ending exactly at the budget was not cut.
    Path exact = Files.writeString(dir.resolve("exact.txt"), "x".repeat(1023) + "\n");
    List<String> none = new ArrayList<>();
    assertThat(run(none, exact.toString(), "--max-bytes", "1K")).isZero();
    assertThat(none).isEmpty();
    // The same inside a gzip and a zip: the member is cut and says so, nothing else.
    byte[] text = Files.readAllBytes(file);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(text);
    }
    Path gzFile = Files.write(dir.resolve("notes.txt.gz"), gz.toByteArray());
    Path zipFile = Files.write(dir.resolve("notes.zip"),
        new ZipBuilder().add("notes.txt", text).toBytes());
    for (Path container : List.of(gzFile, zipFile)) {
      List<String> member = new ArrayList<>();
      assertThat(run(member, container.toString(), "--max-bytes", "1K")).isZero();
      assertThat(member).as(container.toString()).containsExactly("data.truncated|1024");
    }
    // A model file past the budget is reported by the engine.
    Path pickle = Files.write(dir.resolve("state.pkl"), PickleBuilder.torchStateDict());
    List<String> model = new ArrayList<>();
    run(model, pickle.toString(), "--max-bytes", "64");
    assertThat(model).contains("model.limit-exceeded|maxBytesPerObject");
  }

  @Test
  void maxDepthAndMaxEntriesBoundArchives() throws IOException {
    Path zip = dir.resolve("bundle.zip");
    Files.write(zip, new ZipBuilder().add("a/evil.pkl", PickleBuilder.systemProtocol4())
        .add("b/readme.txt", "hi\n".getBytes(StandardCharsets.US_ASCII)).toBytes());
    List<String> open = new ArrayList<>();
    assertThat(run(open, zip.toString())).isEqualTo(1);
    assertThat(open).anyMatch(r -> r.startsWith("model.pickle.dangerous-global"));

    List<String> flat = new ArrayList<>();
    run(flat, zip.toString(), "--max-depth", "0");
    assertThat(flat).noneMatch(r -> r.startsWith("model.pickle."))
        .contains("model.limit-exceeded|maxNestingDepth");

    Path second = dir.resolve("second.zip");
    Files.write(second, new ZipBuilder().add("b/readme.txt", "hi\n".getBytes(StandardCharsets.US_ASCII))
        .add("a/evil.pkl", PickleBuilder.systemProtocol4()).toBytes());
    List<String> one = new ArrayList<>();
    run(one, second.toString(), "--max-entries", "1");
    assertThat(one).noneMatch(r -> r.startsWith("model.pickle."))
        .contains("model.limit-exceeded|maxArchiveEntries");
  }

  @Test
  void maxRatioAndMaxOpcodesAreApplied() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(("id,text\n" + "1,same row again\n".repeat(400_000)).getBytes(StandardCharsets.US_ASCII));
    }
    Path file = dir.resolve("rows.csv.gz");
    Files.write(file, gz.toByteArray());
    List<String> lenient = new ArrayList<>();
    run(lenient, file.toString(), "--max-ratio", "100000");
    assertThat(lenient).noneMatch(r -> r.startsWith("archive.bomb"));
    List<String> strict = new ArrayList<>();
    run(strict, file.toString(), "--max-ratio", "20");
    assertThat(strict).anyMatch(r -> r.startsWith("archive.bomb|maxCompressionRatio"));

    Path pickle = dir.resolve("state.pkl");
    Files.write(pickle, PickleBuilder.torchStateDict());
    List<String> fine = new ArrayList<>();
    assertThat(run(fine, pickle.toString())).isZero();
    assertThat(fine).isEmpty();
    List<String> cut = new ArrayList<>();
    run(cut, pickle.toString(), "--max-opcodes", "5");
    assertThat(cut).anyMatch(r -> r.startsWith("model.limit-exceeded"));
  }

  @Test
  void theEngineKeepsItsScannersUnderNewLimits() {
    ContentScanEngine engine = ContentScanEngine.withInstalledScanners(ScanLimits.defaults());
    ScanLimits small = new ScanLimits(10, 20, 5, 1, 0, 1, 64);
    ContentScanEngine limited = engine.withLimits(small);
    assertThat(limited.limits()).isEqualTo(small);
    assertThat(limited.scanners()).isEqualTo(engine.scanners());
  }
}
