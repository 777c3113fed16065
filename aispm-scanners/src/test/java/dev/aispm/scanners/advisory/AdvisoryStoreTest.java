package dev.aispm.scanners.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.packages.Archives;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisoryStoreTest {
  private static final String GHSA = "{\"schema_version\":\"1.4.0\",\"id\":\"GHSA-test-0001\","
      + "\"aliases\":[\"CVE-0000-1\"],\"affected\":[{\"package\":{\"ecosystem\":\"PyPI\","
      + "\"name\":\"ray\"},\"ranges\":[{\"type\":\"ECOSYSTEM\",\"events\":[{\"introduced\":\"0\"},"
      + "{\"fixed\":\"2.8.1\"}]}]}],\"database_specific\":{\"severity\":\"HIGH\"}}";
  private static final String NPM = "{\"id\":\"GHSA-test-0002\",\"affected\":[{\"package\":"
      + "{\"ecosystem\":\"npm\",\"name\":\"ai\"},\"ranges\":[{\"type\":\"SEMVER\",\"events\":"
      + "[{\"introduced\":\"0\"},{\"fixed\":\"2.2.1\"}]}]}]}";
  private static final String GO = "{\"id\":\"GO-2024-1\",\"affected\":[{\"package\":"
      + "{\"ecosystem\":\"Go\",\"name\":\"x\"},\"ranges\":[{\"type\":\"SEMVER\",\"events\":"
      + "[{\"introduced\":\"0\"}]}]}]}";

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(AdvisoryStore store, String... args) {
    return AdvisoriesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), store);
  }

  @Test
  void withoutAnImportTheBundledSnapshotIsUsed() throws Exception {
    AdvisoryStore store = new AdvisoryStore(dir);
    assertThat(store.load().size()).isEqualTo(AdvisoryStore.bundled().size());
    assertThat(run(store, "show")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("bundled AI/ML snapshot");
  }

  @Test
  void osvZipReplacesTheIndex() throws Exception {
    Path zip = dir.resolve("PyPI.zip");
    Files.write(zip, Archives.of().text("GHSA-test-0001.json", GHSA).text("GO-2024-1.json", GO)
        .text("README.txt", "not json").zip());
    AdvisoryStore store = new AdvisoryStore(dir.resolve("data"));
    assertThat(run(store, "update", "--from", zip.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported 1 advisories from 2",
        "PyPI: 1", "skipped 1");
    assertThat(store.load().advisories()).extracting(OsvAdvisory::id)
        .containsExactly("GHSA-test-0001");
    assertThat(Files.readString(store.file())).contains("\"severity\":\"HIGH\"");
  }

  @Test
  void jsonLinesAndArraysAreRead() throws Exception {
    Path lines = dir.resolve("all.jsonl");
    Files.writeString(lines, GHSA + "\n" + NPM + "\n");
    AdvisoryStore.ImportResult r = AdvisoryStore.read(lines, "all.jsonl");
    assertThat(r.perEcosystem()).containsEntry("PyPI", 1).containsEntry("npm", 1);
    Path array = dir.resolve("all.json");
    Files.writeString(array, "[" + GHSA + "," + NPM + "]");
    assertThat(AdvisoryStore.read(array, "all.json").advisories()).hasSize(2);
  }

  @Test
  void badInputLeavesTheOldIndexInPlace() throws Exception {
    AdvisoryStore store = new AdvisoryStore(dir.resolve("data"));
    Path good = dir.resolve("good.json");
    Files.writeString(good, GHSA);
    assertThat(run(store, "update", "--from", good.toString())).isZero();
    String before = Files.readString(store.file());

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, GHSA + "\n{\"id\": \"GHSA-x\", \"affected\": [");
    assertThat(run(store, "update", "--from", broken.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not valid JSON at line 2",
        "the index was not changed");

    Path foreign = dir.resolve("go.json");
    Files.writeString(foreign, GO);
    assertThat(run(store, "update", "--from", foreign.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("holds no advisory of a PyPI");

    Path notOsv = dir.resolve("other.json");
    Files.writeString(notOsv, "{\"name\": \"package.json, not OSV\"}");
    assertThat(run(store, "update", "--from", notOsv.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not an OSV advisory");

    assertThat(run(store, "update", "--from", dir.resolve("missing.zip").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");

    assertThat(Files.readString(store.file())).isEqualTo(before);
    try (var files = Files.list(store.file().getParent())) {
      assertThat(files).hasSize(1); // no temporary file left behind
    }
  }

  @Test
  void usageErrors() {
    AdvisoryStore store = new AdvisoryStore(dir);
    assertThat(run(store)).isEqualTo(2);
    assertThat(run(store, "update")).isEqualTo(2);
    assertThat(run(store, "update", "--from", "x", "--bogus")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: advisories update");
  }
}
