package dev.aispm.collectors.aws.activity;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.aws.DataCaptureParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.neo4j.driver.Session;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * Reads what SageMaker endpoints with data capture enabled write to S3: JSON Lines under
 * {@code DESTINATION/ENDPOINT/VARIANT/yyyy/mm/dd/hh/}, so within one variant's folder keys sort by
 * capture time and listing after the last key read gets the files written since. Each variant
 * folder is its own source: keys of two variants interleave in no time order. Where each endpoint
 * captures to comes from the endpoint configuration this scan's inventory wrote.
 */
final class DataCaptureReader {
  /** An endpoint's capture destination. */
  record CaptureLocation(String account, String region, String endpointArn, String endpointName, String bucket,
      String prefix) {
    /** The folder of this endpoint's variant folders. */
    String folder() {
      String p = prefix == null ? "" : prefix.strip();
      while (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      return (p.isEmpty() ? "" : p + "/") + endpointName + "/";
    }
  }

  /** An endpoint whose capture destination cannot be read as an S3 location. */
  record Unreadable(String account, String region, String endpointArn, String uri) {}

  private static final String LOCATIONS = """
      MATCH (e:AWSSageMakerEndpoint)
      WHERE e.lastScanId = $scanId AND e.dataCaptureEnabled = true AND e.dataCaptureDestination IS NOT NULL
      RETURN e.id AS id, e.account AS account, e.region AS region, e.name AS name, e.dataCaptureDestination AS uri
      ORDER BY id""";

  private final S3Client s3;
  private final S3KeyWalk walk;

  DataCaptureReader(S3Client s3) {
    this.s3 = s3;
    this.walk = new S3KeyWalk(s3);
  }

  /**
   * The capture destinations of the endpoints the inventory of scan {@code scanId} found;
   * destinations that are not S3 URIs are reported to {@code unreadable}.
   */
  static List<CaptureLocation> locations(GraphConnection graph, String scanId,
      java.util.function.Consumer<Unreadable> unreadable) {
    List<CaptureLocation> out = new ArrayList<>();
    try (Session s = graph.session()) {
      s.run(LOCATIONS, Map.of("scanId", scanId)).forEachRemaining(r -> {
        String uri = r.get("uri").asString();
        String[] at = bucketAndPrefix(uri);
        if (at == null || r.get("name").isNull()) {
          unreadable.accept(new Unreadable(r.get("account").asString(), r.get("region").asString(),
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
   * Bucket and key prefix of a {@code DestinationS3Uri}: {@code s3://bucket/prefix}, or the
   * {@code https} forms the API also accepts (virtual-hosted and path style); null otherwise.
   */
  static String[] bucketAndPrefix(String uri) {
    if (uri == null) {
      return null;
    }
    String rest;
    String bucket;
    if (uri.startsWith("s3://")) {
      rest = uri.substring("s3://".length());
      int slash = rest.indexOf('/');
      bucket = slash < 0 ? rest : rest.substring(0, slash);
      rest = slash < 0 ? "" : rest.substring(slash + 1);
    } else if (uri.startsWith("https://")) {
      rest = uri.substring("https://".length());
      int slash = rest.indexOf('/');
      String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
      rest = slash < 0 ? "" : rest.substring(slash + 1);
      int s3 = host.indexOf(".s3.");
      if (s3 > 0) {
        bucket = host.substring(0, s3);
      } else if (host.startsWith("s3.") || host.startsWith("s3-")) {
        int next = rest.indexOf('/');
        bucket = next < 0 ? rest : rest.substring(0, next);
        rest = next < 0 ? "" : rest.substring(next + 1);
      } else {
        return null;
      }
    } else {
      return null;
    }
    return bucket.isEmpty() ? null : new String[] {bucket, rest};
  }

  /** The variant folders under an endpoint's capture folder. */
  List<String> variantFolders(CaptureLocation at) {
    List<String> out = new ArrayList<>();
    s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(at.bucket()).prefix(at.folder()).delimiter("/")
        .build()).commonPrefixes().stream().map(CommonPrefix::prefix).forEach(out::add);
    return out;
  }

  /**
   * Reads the capture files of one variant folder after {@code startAfter}, in key order, into
   * {@code run}'s prompt and model-call detectors; a file that cannot be read is reported to
   * {@code failed} and not skipped past, so the next scan retries it.
   *
   * @return files read
   */
  int read(CaptureLocation at, String variantFolder, String startAfter, MisuseEngine.SourceRun run,
      BiConsumer<String, RuntimeException> failed) {
    DataCaptureParser.Endpoint endpoint = new DataCaptureParser.Endpoint(at.account(), at.region(), at.endpointArn());
    return walk.walk(at.bucket(), variantFolder, startAfter, key -> key.endsWith(".jsonl"),
        (o, in) -> DataCaptureParser.parse(in, endpoint),
        (unit, key) -> run.acceptInvocations(unit.records(), unit.malformed(), key), failed);
  }
}
