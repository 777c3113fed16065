package dev.aispm.collectors.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks for secrets in the values of a workload's settings that the cloud API answers in clear: a
 * Lambda function's or a Cloud Run container's environment, a SageMaker or Vertex AI model
 * container's environment, a training job's hyperparameters, an Azure ML deployment's environment
 * variables. Whoever may describe the resource (a read-only auditor role, a CI user, an
 * attacker with a stolen read-only key) reads such a value, and it outlives every rotation of the
 * secret store it should have come from: {@code HF_TOKEN=hf_...} on an inference container is the
 * common case.
 *
 * <p>The settings are handed to the secret scanner as one JSON object, so each value is judged
 * with its name, as a field of a training record is (a key pair split over
 * {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} pairs up; a checksummed token that
 * fails its checksum is kept at lower confidence). Only the setting's name, what was found, the
 * fingerprint and the redacted preview leave this class; values are dropped as soon as scanned.
 */
public final class SettingSecrets {
  /** Settings beyond this size are not scanned: AWS caps an environment at 4 KB, hyperparameters at 100 x 2.5 KB. */
  static final int MAX_BYTES = 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ContentScanEngine ENGINE = ContentScanEngine.withBuiltInScanners(ScanLimits.defaults());

  private SettingSecrets() {}

  /**
   * One secret found in a setting's value.
   *
   * @param setting     the setting's name
   * @param ruleId      what was found, e.g. {@code secret.huggingface-token}
   * @param severity    critical, high, medium or low (medium: a vendor's shape whose checksum fails)
   * @param fingerprint SHA-256 of the value found, lower-case hex
   * @param preview     its first characters and {@code ****}
   */
  public record SettingSecret(String setting, String ruleId, String severity, String fingerprint,
      String preview) {
    /** One line for the graph, e.g. {@code HF_TOKEN: secret.huggingface-token (high), preview hf_a****, fingerprint 3f2a...}. */
    public String describe() {
      return setting + ": " + ruleId + " (" + severity + "), preview " + preview + ", fingerprint " + fingerprint;
    }
  }

  /**
   * What scanning one resource's settings found, for its node: {@code settingsScan} (scanned,
   * not-read, failed), {@code settingsScanError} and {@code settingSecrets}.
   *
   * @param status  {@link #SCANNED}, or why the values were not judged: {@link #NOT_READ} (the API
   *                withheld them, e.g. encrypted with a key the scanner may not use) or {@link #FAILED}
   * @param error   why they were not judged; null when scanned
   * @param secrets what was found; empty when nothing or not scanned
   */
  public record Report(String status, String error, List<SettingSecret> secrets) {
    public static final String SCANNED = "scanned";
    public static final String NOT_READ = "not-read";
    public static final String FAILED = "failed";

    /** Values the API did not hand over: the check is unknown, not passed. */
    public static Report notRead(String why) {
      return new Report(NOT_READ, why, List.of());
    }

    /** The {@code settingSecrets} property: one line per secret, or null when none. */
    public List<String> described() {
      return describe(secrets);
    }
  }

  /**
   * Scans {@code settings} into a report; settings too large to scan, or a scanner failure, are a
   * failed report with the reason, never an exception, so one odd resource does not cost the rest
   * of its batch.
   */
  public static Report report(Map<String, String> settings, String where) {
    try {
      return new Report(Report.SCANNED, null, scan(settings, where));
    } catch (IllegalArgumentException e) {
      return new Report(Report.FAILED, e.getMessage(), List.of());
    } catch (RuntimeException e) {
      // Never the exception's own message: it could quote the text being scanned.
      return new Report(Report.FAILED, "the secret scanner failed on " + where + ": "
          + e.getClass().getSimpleName(), List.of());
    }
  }

  /**
   * The secrets in {@code settings}' values, in the order found; empty when there are none.
   *
   * @param where names the settings in the scanner's locations, e.g. {@code lambda:fn environment}
   * @throws IllegalArgumentException when the settings are too large to scan
   */
  public static List<SettingSecret> scan(Map<String, String> settings, String where) {
    if (settings == null || settings.isEmpty()) {
      return List.of();
    }
    Map<String, String> present = new LinkedHashMap<>();
    settings.forEach((k, v) -> {
      if (k != null && v != null && !v.isEmpty()) {
        present.put(k, v);
      }
    });
    byte[] json;
    try {
      // One setting per line: the line of a finding names its setting, whichever path of the
      // scanner found it.
      json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(present);
    } catch (JsonProcessingException e) {
      // A map of strings always serialises; kept checked by Jackson's signature only.
      throw new IllegalStateException(e);
    }
    if (json.length > MAX_BYTES) {
      throw new IllegalArgumentException("settings of " + where + " are " + json.length
          + " bytes, more than the " + MAX_BYTES + " scanned");
    }
    List<String> names = List.copyOf(present.keySet());
    List<SettingSecret> out = new ArrayList<>();
    for (ContentFinding f : ENGINE.scan(new ByteArrayInputStream(json), where + ".json")) {
      String fingerprint = f.details().get("fingerprint");
      if (!f.ruleId().startsWith("secret.") || fingerprint == null) {
        continue;
      }
      // Line 1 is the opening brace; setting i (from 0) is on line i + 2.
      long index = f.line() - 2;
      String setting = index >= 0 && index < names.size() ? names.get((int) index) : "?";
      out.add(new SettingSecret(setting, f.ruleId(),
          f.severity().name().toLowerCase(Locale.ROOT), fingerprint, f.details().get("preview")));
    }
    return List.copyOf(out);
  }

  /** Sets {@code settingsScan}, {@code settingsScanError} and {@code settingSecrets} on a node. */
  public static NodeRecord.Builder write(NodeRecord.Builder node, Report report) {
    return node.set("settingsScan", report.status())
        .set("settingsScanError", report.error())
        .set("settingSecrets", report.described());
  }

  /** The descriptions of {@link #scan}'s answer, or null when it found nothing (no property written). */
  public static List<String> describe(List<SettingSecret> found) {
    return found.isEmpty() ? null : found.stream().map(SettingSecret::describe).toList();
  }
}
