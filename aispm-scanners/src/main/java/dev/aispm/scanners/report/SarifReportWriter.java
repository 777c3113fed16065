package dev.aispm.scanners.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. GitHub ranks results by the
 * rule's {@code security-severity} property and maps each result to a file in the repository, so
 * archive members are reported on their outermost file (the member path goes in the message and
 * a logical location), and local paths are made relative to the working directory.
 */
public final class SarifReportWriter implements ReportWriter {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final Path baseDirectory;

  /** Paths are made relative to the current working directory. */
  public SarifReportWriter() {
    this(Path.of("").toAbsolutePath());
  }

  /** Paths are made relative to {@code baseDirectory} when they lie under it. */
  public SarifReportWriter(Path baseDirectory) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  @Override
  public void write(ScanReport report, PrintStream out) throws IOException {
    Map<String, Severity> ruleSeverity = new LinkedHashMap<>();
    Map<String, String> ruleExample = new LinkedHashMap<>();
    for (ContentFinding f : report.findings()) {
      ruleSeverity.merge(f.ruleId(), f.severity(), (a, b) -> a.atLeast(b) ? a : b);
      ruleExample.putIfAbsent(f.ruleId(), f.message());
    }
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "aispm");
    driver.put("semanticVersion", "0.1.0");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (Map.Entry<String, Severity> rule : ruleSeverity.entrySet()) {
      ruleIndex.put(rule.getKey(), ruleIndex.size());
      ObjectNode r = rules.addObject();
      r.put("id", rule.getKey());
      r.put("name", ruleName(rule.getKey()));
      r.putObject("shortDescription").put("text", describe(rule.getKey()));
      r.putObject("fullDescription").put("text", ruleExample.get(rule.getKey()));
      r.putObject("defaultConfiguration").put("level", level(rule.getValue()));
      ObjectNode props = r.putObject("properties");
      props.put("security-severity", String.format(Locale.ROOT, "%.1f",
          rule.getValue().securitySeverity()));
      props.putArray("tags").add("security").add(rule.getKey().split("\\.")[0]);
      props.put("precision", rule.getValue().atLeast(Severity.HIGH) ? "high" : "medium");
    }
    ArrayNode results = run.putArray("results");
    for (ContentFinding f : report.findings()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      r.put("ruleIndex", ruleIndex.get(f.ruleId()));
      r.put("level", level(f.severity()));
      String artifact = outermost(f.location());
      String text = f.location().equals(artifact) ? f.message()
          : f.message() + " (in " + f.location() + ")";
      r.putObject("message").put("text", text);
      ObjectNode location = r.putArray("locations").addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", toUri(artifact));
      ObjectNode region = physical.putObject("region");
      region.put("startLine", Math.max(1, f.line()));
      if (f.column() > 0) {
        region.put("startColumn", f.column());
      }
      if (!f.location().equals(artifact)) {
        location.putArray("logicalLocations").addObject()
            .put("fullyQualifiedName", f.location()).put("kind", "member");
      }
      r.putObject("partialFingerprints").put("aispmFinding/v1",
          sha256(f.ruleId() + "|" + f.location() + "|" + f.details().getOrDefault("global", "")
              + "|" + f.message()));
      ObjectNode props = r.putObject("properties");
      props.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
      f.details().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> props.put(e.getKey(), e.getValue()));
    }
    if (!report.errors().isEmpty()) {
      ArrayNode notifications = run.putArray("invocations").addObject()
          .put("executionSuccessful", false)
          .putArray("toolExecutionNotifications");
      report.errors().forEach(e -> notifications.addObject().put("level", "error")
          .putObject("message").put("text", e));
    } else {
      run.putArray("invocations").addObject().put("executionSuccessful", true);
    }
    out.println(MAPPER.writeValueAsString(root));
  }

  /** SARIF levels: GitHub shows error, warning and note. */
  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  /** The file or object that holds the finding, before any archive member or nested part. */
  static String outermost(String location) {
    int cut = location.length();
    int bang = location.indexOf("!/");
    if (bang >= 0) {
      cut = bang;
    }
    int hash = location.indexOf("#pickle@");
    if (hash >= 0 && hash < cut) {
      cut = hash;
    }
    return location.substring(0, cut);
  }

  private String toUri(String artifact) {
    if (artifact.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return artifact;
    }
    Path path = Path.of(artifact);
    Path absolute = path.toAbsolutePath().normalize();
    if (absolute.startsWith(baseDirectory)) {
      return encodePath(baseDirectory.relativize(absolute).toString().replace('\\', '/'));
    }
    return absolute.toUri().toString();
  }

  private static String encodePath(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  private static String ruleName(String ruleId) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : ruleId.toCharArray()) {
      if (c == '.' || c == '-' || c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static String describe(String ruleId) {
    String[] parts = ruleId.split("\\.");
    return parts[parts.length - 1].replace('-', ' ') + " (" + ruleId + ")";
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
