package dev.aispm.scanners.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {

  private static JsonNode write(ScanReport report, Path base) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SarifReportWriter(base).write(report, new PrintStream(out, true, StandardCharsets.UTF_8));
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void archiveMembersAreReportedOnTheirOuterFileRelativeToTheBase() throws IOException {
    Path base = Path.of("/repo").toAbsolutePath();
    ContentFinding f = new ContentFinding("model.pickle.dangerous-global", Severity.CRITICAL,
        "Pickle imports os.system", base.resolve("models/my model.pt") + "!/archive/data.pkl",
        0, 0, Map.of("global", "os.system"));
    ContentFinding low = new ContentFinding("model.pickle.unknown-global", Severity.LOW, "x",
        "s3://bucket/m.pkl", 0, 0, Map.of());
    JsonNode root = write(new ScanReport(List.of("models"), List.of(f, low), List.of()), base);
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = root.get("runs").get(0);
    JsonNode result = run.get("results").get(0);
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("models/my%20model.pt");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .endsWith("!/archive/data.pkl");
    assertThat(result.get("partialFingerprints").size()).isEqualTo(1);
    assertThat(run.at("/results/1/level").asText()).isEqualTo("note");
    assertThat(run.at("/results/1/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("s3://bucket/m.pkl");
    assertThat(run.at("/tool/driver/rules/1/properties/security-severity").asText())
        .isEqualTo("2.0");
  }

  @Test
  void unreadableTargetsMarkTheRunUnsuccessful() throws IOException {
    JsonNode root = write(new ScanReport(List.of("x"), List.of(), List.of("x: no such file")),
        Path.of("."));
    assertThat(root.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isFalse();
    assertThat(root.at("/runs/0/results").size()).isZero();
  }

  @Test
  void levelsFollowSeverity() {
    assertThat(SarifReportWriter.level(Severity.HIGH)).isEqualTo("error");
    assertThat(SarifReportWriter.level(Severity.MEDIUM)).isEqualTo("warning");
    assertThat(SarifReportWriter.level(Severity.LOW)).isEqualTo("note");
    assertThat(SarifReportWriter.outermost("a.tar.gz!/b.pt!/archive/data.pkl#pickle@4"))
        .isEqualTo("a.tar.gz");
  }
}
