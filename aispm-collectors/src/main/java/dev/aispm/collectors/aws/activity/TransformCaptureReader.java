package dev.aispm.collectors.aws.activity;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.aws.TransformCaptureParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.neo4j.driver.Session;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads what SageMaker batch transform jobs with data capture wrote: manifests under
 * {@code DESTINATION/input/yyyy/mm/dd/hh/} and {@code DESTINATION/output/yyyy/mm/dd/hh/}, so within
 * one direction's folder keys sort by capture time and listing after the last manifest read gets
 * those written since; each direction of each job is its own source. A manifest lists the objects
 * the job read or wrote, and their lines are what the detectors inspect. Where each job captures
 * to comes from the transform job this scan's inventory wrote.
 */
final class TransformCaptureReader {
  /** A transform job's capture destination. */
  record CaptureLocation(String account, String region, String jobArn, String jobName, String bucket, String prefix) {
    /** The folder of one direction's manifests: {@code input} or {@code output}. */
    String folder(String direction) {
      String p = prefix == null ? "" : prefix.strip();
      while (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      return (p.isEmpty() ? "" : p + "/") + direction + "/";
    }
  }

  /** The two folders capture writes, inputs first so a job's prompts are read before its answers. */
  static final List<String> DIRECTIONS = List.of("input", "output");
  /**
   * Bytes read of one captured object; the rest of a larger object is not inspected and counts as
   * one malformed record, so a huge batch input cannot exhaust memory.
   */
  static final int MAX_OBJECT_BYTES = 16 * 1024 * 1024;

  private static final String LOCATIONS = """
      MATCH (j:AWSSageMakerTransformJob)
      WHERE j.lastScanId = $scanId AND j.dataCaptureDestination IS NOT NULL
      RETURN j.id AS id, j.account AS account, j.region AS region, j.name AS name, j.dataCaptureDestination AS uri
      ORDER BY id""";

  private final S3Client s3;
  private final S3KeyWalk walk;

  TransformCaptureReader(S3Client s3) {
    this.s3 = s3;
    this.walk = new S3KeyWalk(s3);
  }

  /**
   * The capture destinations of the transform jobs the inventory of scan {@code scanId} found;
   * destinations that are not S3 URIs are reported to {@code unreadable}.
   */
  static List<CaptureLocation> locations(GraphConnection graph, String scanId,
      Consumer<DataCaptureReader.Unreadable> unreadable) {
    List<CaptureLocation> out = new ArrayList<>();
    try (Session s = graph.session()) {
      s.run(LOCATIONS, Map.of("scanId", scanId)).forEachRemaining(r -> {
        String uri = r.get("uri").asString();
        String[] at = DataCaptureReader.bucketAndPrefix(uri);
        if (at == null || r.get("name").isNull()) {
          unreadable.accept(new DataCaptureReader.Unreadable(r.get("account").asString(), r.get("region").asString(),
              r.get("id").asString(), uri));
        } else {
          out.add(new CaptureLocation(r.get("account").asString(), r.get("region").asString(), r.get("id").asString(),
              r.get("name").asString(), at[0], at[1]));
        }
      });
    }
    return out;
  }

  /**
   * Reads the manifests of one direction's folder after {@code startAfter}, in key order, and the
   * objects each lists, into {@code run}'s prompt and model-call detectors. The position only
   * moves past a manifest once every object it lists was read; a manifest or object that cannot be
   * read is reported to {@code failed} and the next scan retries from that manifest.
   *
   * @return manifests read
   */
  int read(CaptureLocation at, String direction, String startAfter, MisuseEngine.SourceRun run,
      BiConsumer<String, RuntimeException> failed) {
    TransformCaptureParser.Job job = new TransformCaptureParser.Job(at.account(), at.region(), at.jobArn());
    boolean output = direction.equals("output");
    String[] done = {startAfter};
    return walk.walk(at.bucket(), at.folder(direction), startAfter, key -> !key.endsWith("/"),
        (manifest, in) -> objects(job, output, manifest, in, run, done[0]),
        (malformed, key) -> {
          run.acceptInvocations(List.of(), malformed, key);
          done[0] = key;
        }, failed);
  }

  /** Reads every object one manifest lists; returns the manifest's malformed entries. */
  private int objects(TransformCaptureParser.Job job, boolean output, S3Object manifest, InputStream in,
      MisuseEngine.SourceRun run, String lastDone) throws IOException {
    TransformCaptureParser.Manifest listed = TransformCaptureParser.parseManifest(in);
    Instant time = manifest.lastModified();
    for (String uri : listed.objects()) {
      String[] object = DataCaptureReader.bucketAndPrefix(uri);
      if (object == null || object[1].isEmpty()) {
        run.acceptInvocations(List.of(), 1, lastDone);
        continue;
      }
      byte[] bytes;
      try (InputStream body = s3.getObject(r -> r.bucket(object[0]).key(object[1]))) {
        bytes = body.readNBytes(MAX_OBJECT_BYTES + 1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      boolean truncated = bytes.length > MAX_OBJECT_BYTES;
      TransformCaptureParser.Result unit = TransformCaptureParser.parseRecords(
          new ByteArrayInputStream(truncated ? Arrays.copyOf(bytes, MAX_OBJECT_BYTES) : bytes), job, uri, output, time);
      // The position stays at the last whole manifest until this one is read to its end.
      run.acceptInvocations(unit.records(), unit.malformed() + (truncated ? 1 : 0), lastDone);
    }
    return listed.malformed();
  }
}
