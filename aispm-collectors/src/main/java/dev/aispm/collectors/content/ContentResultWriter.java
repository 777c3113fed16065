package dev.aispm.collectors.content;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RecordSchema;
import dev.aispm.graph.schema.common.RecordSchemas;
import dev.aispm.scanners.core.ContentFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Writes what a content stage concluded about one object: the verdict properties on the object's
 * node and its {@code ContentFinding} records, replacing those of the previous scan. Every cloud's
 * content stage writes through here, so an S3 object, an Azure blob and a Cloud Storage object
 * carry the same properties and the same rules read them.
 */
public final class ContentResultWriter {
  /** Content findings kept per object: enough to act on, bounded so one noisy file cannot flood the graph. */
  public static final int MAX_FINDINGS_PER_OBJECT = 200;
  /** Content findings kept per artifact or prefix, over all its objects. */
  public static final int MAX_FINDINGS_PER_TARGET = 2000;

  private static final RecordSchema RECORD = RecordSchemas.CONTENT_FINDING;
  private static final String WRITE = """
      MATCH (o:Asset {id: $id})
      SET o += $props
      WITH o
      OPTIONAL MATCH (o)<-[:FOUND_IN]-(old:ContentFinding)
      DETACH DELETE old
      WITH DISTINCT o
      UNWIND $findings AS f
      CREATE (c:ContentFinding)
      SET c = f
      CREATE (c)-[:FOUND_IN]->(o)
      """;

  private ContentResultWriter() {}

  /** The verdict properties a model artifact carries. */
  public static Map<String, Object> artifactVerdict(ContentVerdict v) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("scanStatus", v.status());
    props.put("scanFindingCount", v.findingCount());
    props.put("scanMaxSeverity", v.maxSeverity());
    props.put("scanSummary", v.summary());
    props.put("scanBytesRead", v.bytesRead());
    props.put("scanObjectSize", v.size() < 0 ? null : v.size());
    return props;
  }

  /**
   * The verdict properties of a model artifact scanned as a prefix: with the hash of a model that
   * is one file, and no verdict at all when nothing was found under the artifact's URI (an empty
   * folder is not a clean model).
   */
  public static Map<String, Object> artifactVerdict(PrefixScan.Result result) {
    Map<String, Object> props = artifactVerdict(result.verdict());
    props.put("sha256", result.sha256());
    if (result.empty()) {
      props.put("scanStatus", null);
    }
    return props;
  }

  /** The verdict properties a training-data object or prefix carries. */
  public static Map<String, Object> dataVerdict(ContentVerdict v) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("secretCount", v.secretCount());
    props.put("piiCount", v.piiCount());
    props.put("sensitivity", v.sensitivity());
    props.put("objectsScanned", v.objectsRead());
    props.put("objectsWithSecrets", v.objectsWithSecrets());
    props.put("objectsWithPii", v.objectsWithPii());
    props.put("objectsSkipped", v.objectsSkipped());
    props.put("objectsPartlyScanned", v.objectsPartlyScanned());
    props.put("scanComplete", v.complete());
    return props;
  }

  /**
   * Writes the verdict of one artifact or prefix and the findings of every object read under it,
   * each finding naming its object (URI, bucket, key, version, ETag).
   *
   * @param type the node type: every verdict property must be declared on it
   * @throws IllegalArgumentException for a property the type does not declare
   */
  public static void write(GraphConnection graph, NodeSchema type, String objectId, Map<String, Object> verdict,
      List<ScannedObject> objects, String scanId) {
    for (String key : verdict.keySet()) {
      if (!type.declares(key)) {
        throw new IllegalArgumentException(type.type() + " declares no property " + key);
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ScannedObject o : objects) {
      List<ContentFinding> reported = o.reportedFindings();
      for (ContentFinding f : reported.subList(0, Math.min(reported.size(), MAX_FINDINGS_PER_OBJECT))) {
        if (rows.size() >= MAX_FINDINGS_PER_TARGET) {
          break;
        }
        rows.add(row(o, f, scanId));
      }
    }
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> tx.run(WRITE, Map.of("id", objectId, "props", verdict, "findings", rows))
          .consume());
    }
  }

  // Only the fingerprint and the redacted preview: the scanners never hand out a secret value.
  private static Map<String, Object> row(ScannedObject o, ContentFinding f, String scanId) {
    return RECORD.row()
        .set("ruleId", f.ruleId())
        .set("severity", f.severity().name().toLowerCase(Locale.ROOT))
        .set("message", f.message())
        .set("location", f.location())
        .set("objectUri", o.uri())
        .set("bucket", o.bucket())
        .set("key", o.key())
        .set("versionId", o.versionId())
        .set("etag", o.etag())
        .set("line", f.line())
        .set("column", f.column())
        .set("field", f.details().get("field"))
        .set("fingerprint", f.details().get("fingerprint"))
        .set("preview", f.details().get("preview"))
        .set("scanId", scanId)
        .toMap();
  }
}
