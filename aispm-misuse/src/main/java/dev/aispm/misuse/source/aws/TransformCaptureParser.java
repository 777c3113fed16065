package dev.aispm.misuse.source.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.misuse.event.PromptRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses what SageMaker batch transform data capture writes. A transform job with a
 * {@code DataCaptureConfig} does not copy its records: under {@code DestinationS3Uri/input/} and
 * {@code DestinationS3Uri/output/} (in {@code yyyy/mm/dd/hh/} folders) it writes manifests, each
 * a JSON array whose first element is {@code {"prefix": "s3://bucket/prefix/"}} and whose other
 * elements are the keys, relative to that prefix, of the input objects the job read or the
 * {@code .out} objects it wrote. The records are then the lines of those objects (the job split
 * its input by line, as capture requires for record-level monitoring): inputs become prompts,
 * outputs completions. Capture names no caller; the job is the model the detectors attribute
 * calls to. Records are decoded as text and never interpreted beyond collecting a JSON line's strings.
 */
public final class TransformCaptureParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A manifest larger than this is not one SageMaker wrote. */
  public static final int MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

  private TransformCaptureParser() {}

  /** Which job and direction a captured object belongs to: the manifest's folder says it, the object does not. */
  public record Job(String account, String region, String jobArn) {}

  /** What a manifest lists: absolute {@code s3://} URIs, and entries that were not keys. */
  public record Manifest(List<String> objects, int malformed) {}

  /** Records and the count of malformed lines of one captured object. */
  public record Result(List<PromptRecord> records, int malformed) {}

  /**
   * The objects one manifest lists. A manifest that is not a JSON array with a prefix first is
   * malformed as a whole (no objects, one malformed entry).
   */
  public static Manifest parseManifest(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode root;
    try {
      root = bytes.length > MAX_MANIFEST_BYTES ? null : JSON.readTree(bytes);
    } catch (IOException e) {
      root = null;
    }
    if (root == null || !root.isArray() || root.isEmpty() || !root.get(0).path("prefix").isTextual()) {
      return new Manifest(List.of(), 1);
    }
    String prefix = root.get(0).get("prefix").asText();
    if (!prefix.startsWith("s3://")) {
      return new Manifest(List.of(), 1);
    }
    String base = prefix.endsWith("/") ? prefix : prefix + "/";
    List<String> out = new ArrayList<>();
    int malformed = 0;
    for (int i = 1; i < root.size(); i++) {
      JsonNode key = root.get(i);
      if (key.isTextual() && !key.asText().isBlank()) {
        String k = key.asText();
        out.add(k.startsWith("s3://") ? k : base + (k.startsWith("/") ? k.substring(1) : k));
      } else {
        malformed++;
      }
    }
    return new Manifest(out, malformed);
  }

  /**
   * The records of one captured object: each non-blank line one record, timed by the manifest
   * that listed it (records carry no time of their own).
   *
   * @param objectUri the object's {@code s3://} URI, part of each record's id
   * @param output    whether the object is an output the job wrote (its lines are completions)
   * @param time      when the manifest listing the object was written
   */
  public static Result parseRecords(InputStream in, Job job, String objectUri, boolean output, Instant time) {
    List<PromptRecord> out = new ArrayList<>();
    int malformed = 0;
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = lines.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        if (line.length() > DataCaptureParser.MAX_LINE) {
          malformed++;
          continue;
        }
        String text = text(line);
        // Lines are unique per object and direction only, so the id carries both.
        String id = job.jobArn() + (output ? "/output/" : "/input/") + objectUri + "#" + n;
        out.add(new PromptRecord(id, time, "aws", job.account(), job.region(), null, job.jobArn(), "TransformRecord",
            output ? "" : text, output ? text : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(out, malformed);
  }

  /** Every string of a JSON line, or the line itself (CSV, plain text). */
  static String text(String line) {
    JsonNode body;
    try {
      body = JSON.readTree(line);
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isContainerNode()) {
      return PromptText.cut(line);
    }
    return PromptText.of(body);
  }
}
