package dev.aispm.collectors.aws.activity;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.aws.InvocationLogParser;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.neo4j.driver.Session;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reads Bedrock model invocation logs that the region's logging configuration delivers to S3:
 * gzip JSON Lines under {@code [prefix/]AWSLogs/ACCOUNT/BedrockModelInvocationLogs/REGION/YYYY/MM/DD/HH/},
 * so within a region's folder keys sort by delivery time and listing after the last key read gets
 * the files delivered since, as for a trail. Where each region logs to comes from the logging
 * configuration this scan's inventory wrote.
 */
final class InvocationLogReader {
  /** A region's S3 destination of invocation logs. */
  record LogLocation(String account, String region, String bucket, String prefix) {
    /** The folder of this account's and region's log files. */
    String folder() {
      String p = prefix == null ? "" : prefix.strip();
      while (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      return (p.isEmpty() ? "" : p + "/") + "AWSLogs/" + account + "/BedrockModelInvocationLogs/" + region + "/";
    }
  }

  private static final String LOCATIONS = """
      MATCH (l:AWSBedrockModelInvocationLogging)
      WHERE l.lastScanId = $scanId AND l.enabled = true AND l.s3BucketName IS NOT NULL
      RETURN l.account AS account, l.region AS region, l.s3BucketName AS bucket, l.s3KeyPrefix AS prefix
      ORDER BY account, region""";

  private final S3KeyWalk walk;

  InvocationLogReader(S3Client s3) {
    this.walk = new S3KeyWalk(s3);
  }

  /** The S3 destinations the inventory of scan {@code scanId} found. */
  static List<LogLocation> locations(GraphConnection graph, String scanId) {
    try (Session s = graph.session()) {
      return s.run(LOCATIONS, Map.of("scanId", scanId)).list(r -> new LogLocation(r.get("account").asString(),
          r.get("region").asString(), r.get("bucket").asString(), r.get("prefix").asString(null)));
    }
  }

  /**
   * Reads the log files of one location after {@code startAfter}, in key order, into {@code run}'s
   * prompt detectors; a file that cannot be read is reported to {@code failed} and not skipped
   * past, so the next scan retries it.
   *
   * @return files read
   */
  int read(LogLocation at, String startAfter, MisuseEngine.SourceRun run, BiConsumer<String, RuntimeException> failed) {
    return walk.walk(at.bucket(), at.folder(), startAfter, key -> key.endsWith(".json.gz"),
        (o, in) -> InvocationLogParser.parse(in), (unit, key) -> run.acceptPrompts(unit.records(), unit.malformed(), key), failed);
  }
}
