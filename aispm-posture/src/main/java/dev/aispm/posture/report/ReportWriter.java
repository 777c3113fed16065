package dev.aispm.posture.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aispm.posture.query.AssetView;
import dev.aispm.posture.query.FindingWithEvidence;
import dev.aispm.posture.query.PostureReader;
import dev.aispm.posture.scan.ScanResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a scan's report folder: {@code inventory.json} (every asset), {@code findings.json}
 * (every finding with its resources, score, path and content evidence), {@code scan.json} (outcomes and failures)
 * and {@code summary.txt}. Files are written to a temporary name and moved into place, so a
 * reader never sees half a report.
 */
public final class ReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportWriter() {}

  public static void write(Path dir, ScanResult scan, PostureReader posture) throws IOException {
    Files.createDirectories(dir);
    List<AssetView> inventory = posture.assets().all();
    writeJson(dir.resolve("inventory.json"), Map.of("scanId", scan.scanId(), "assetCount", inventory.size(),
        "assets", inventory));
    List<FindingWithEvidence> findings = posture.findings().allWithEvidence();
    writeJson(dir.resolve("findings.json"), Map.of("scanId", scan.scanId(), "findingCount", findings.size(),
        "findings", findings));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("scanId", scan.scanId());
    run.put("status", scan.status());
    run.put("startedAt", scan.startedAt().toString());
    run.put("finishedAt", scan.finishedAt().toString());
    run.put("outcomes", scan.outcomes().stream().map(o -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("scope", o.scope().key());
      m.put("resourceType", o.resourceType());
      m.put("succeeded", o.succeeded());
      m.put("count", o.count());
      m.put("durationMs", o.duration().toMillis());
      m.put("operation", o.operation());
      m.put("error", o.error());
      m.put("missingPermission", o.missingPermission());
      return m;
    }).toList());
    writeJson(dir.resolve("scan.json"), run);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(text, true, StandardCharsets.UTF_8)) {
      PostureSummary.print(scan, posture, ps);
    }
    writeAtomically(dir.resolve("summary.txt"), text.toByteArray());
  }

  private static void writeJson(Path file, Object value) throws IOException {
    writeAtomically(file, JSON.writeValueAsBytes(value));
  }

  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
