package dev.aispm.posture.diff;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.common.RecordSchemas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Records and reads {@link ScanSnapshot}s as {@code ScanSnapshot} records linked from their
 * {@code ScanRun}. The lists are gzip-compressed text: a scan of a few hundred thousand assets
 * leaves a few megabytes, not a copy of the graph.
 */
public final class ScanSnapshots {
  /** Properties every load rewrites without the asset changing; left out of the hash. */
  static final Set<String> VOLATILE = Set.of("firstSeen", "lastSeen", "lastScanId");

  private final GraphConnection graph;

  public ScanSnapshots(GraphConnection graph) {
    this.graph = graph;
  }

  /** Reads the graph as it is now and stores it as the snapshot of a scan (replacing one of the same id). */
  public ScanSnapshot take(String scanId, Instant at) {
    Map<String, String> assets = new HashMap<>();
    Set<String> edges = new HashSet<>();
    Map<String, ScanSnapshot.FindingFact> findings = new HashMap<>();
    try (Session s = graph.session()) {
      s.executeRead(tx -> {
        tx.run("MATCH (n:Asset) WHERE n.stub IS NULL AND NOT n:Internet RETURN n.id AS id, properties(n) AS p")
            .forEachRemaining(r -> assets.put(r.get("id").asString(), hash(r.get("p"))));
        tx.run("MATCH (a:Asset)-[r]->(b:Asset) RETURN a.id AS a, type(r) AS t, b.id AS b")
            .forEachRemaining(r -> edges.add(r.get("a").asString() + "\t" + r.get("t").asString() + "\t"
                + r.get("b").asString()));
        tx.run("MATCH (f:Finding) RETURN f.id AS id, f.severity AS sev, f.status AS st, f.ruleId AS rule, "
            + "f.resourceId AS res").forEachRemaining(r -> findings.put(r.get("id").asString(),
                new ScanSnapshot.FindingFact(r.get("sev").asString(null), r.get("st").asString(null),
                    r.get("rule").asString(null), r.get("res").asString(null))));
        return null;
      });
      ScanSnapshot snap = new ScanSnapshot(scanId, assets, edges, findings);
      List<String> assetLines = new ArrayList<>();
      assets.forEach((id, h) -> assetLines.add(id + "\t" + h));
      List<String> findingLines = new ArrayList<>();
      findings.forEach((id, f) -> findingLines.add(String.join("\t", id, nz(f.severity()), nz(f.status()),
          nz(f.ruleId()), nz(f.resourceId()))));
      Map<String, Object> row = RecordSchemas.SCAN_SNAPSHOT.row()
          .set("id", scanId)
          .set("takenAt", at.atOffset(ZoneOffset.UTC))
          .set("assets", gzip(assetLines))
          .set("edges", gzip(List.copyOf(edges)))
          .set("findings", gzip(findingLines))
          .set("assetCount", assets.size())
          .set("edgeCount", edges.size())
          .set("findingCount", findings.size())
          .toMap();
      s.executeWriteWithoutResult(tx -> tx.run("""
          MERGE (snap:ScanSnapshot {id: $id})
          SET snap = $row
          WITH snap
          OPTIONAL MATCH (run:ScanRun {id: $id})
          FOREACH (r IN CASE WHEN run IS NULL THEN [] ELSE [run] END | MERGE (r)-[:HAS_SNAPSHOT]->(snap))
          """, Map.of("id", scanId, "row", row)).consume());
      return snap;
    }
  }

  /** The snapshot of a scan, or empty when the scan has none (it ended before snapshots were kept, or failed). */
  public Optional<ScanSnapshot> load(String scanId) {
    try (Session s = graph.session()) {
      List<Record> rows = s.run("MATCH (snap:ScanSnapshot {id: $id}) RETURN snap", Map.of("id", scanId)).list();
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      var n = rows.get(0).get("snap").asNode();
      Map<String, String> assets = new HashMap<>();
      for (String line : gunzip(n.get("assets").asByteArray())) {
        String[] f = line.split("\t", -1);
        assets.put(f[0], f[1]);
      }
      Set<String> edges = new HashSet<>(gunzip(n.get("edges").asByteArray()));
      Map<String, ScanSnapshot.FindingFact> findings = new HashMap<>();
      for (String line : gunzip(n.get("findings").asByteArray())) {
        String[] f = line.split("\t", -1);
        findings.put(f[0], new ScanSnapshot.FindingFact(en(f[1]), en(f[2]), en(f[3]), en(f[4])));
      }
      return Optional.of(new ScanSnapshot(scanId, assets, edges, findings));
    }
  }

  /** A stable hash of an asset's properties: sorted keys, without the ones every load rewrites. */
  static String hash(Value props) {
    TreeMap<String, Object> sorted = new TreeMap<>(props.asMap());
    VOLATILE.forEach(sorted::remove);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(sorted.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] gzip(List<String> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(String.join("\n", lines.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static List<String> gunzip(byte[] bytes) {
    try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      String text = new String(z.readAllBytes(), StandardCharsets.UTF_8);
      return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable scan snapshot: " + e.getMessage(), e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String en(String s) {
    return s.isEmpty() ? null : s;
  }
}
