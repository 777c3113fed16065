package dev.aispm.bench.graph;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.connect.GraphSettings;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.write.GraphWriter;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.SyncTag;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neo4j.driver.Session;

/**
 * Measures graph ingestion: aispm's schema-driven, idempotent loader (MERGE on the id constraint,
 * labels, scope and timestamps) against the raw driver floor ({@code UNWIND ... CREATE} with an
 * id index) on the same embedded database. Prints nodes+edges per second for both and the ratio.
 *
 * <p>The two write the same thing the same way, so that the ratio is the cost of what the loader
 * adds and nothing else: the same records, turned into parameter rows inside the timed section
 * (the loader's conversion is timed, so the raw rows are built there too); the same properties
 * (the record's own plus id, type, provider, account, region, scope, first and last seen, scan id)
 * and as many labels per node under other names; relationships with the same properties; the same
 * batch size, one transaction per batch, one statement per type. What the raw path does not do is
 * what the loader is for: MERGE on the unique id instead of CREATE (so a second scan updates
 * instead of duplicating), stub handling for relationship targets, and the type and scope indexes
 * that stale cleanup and the rules read. The raw nodes have only the id index their edges need.
 *
 * <p>Two rounds run under fresh ids, raw first and then aispm first, and the figures are their
 * sums: whichever path runs first on a fresh database pays more of the JIT compilation and of the
 * store's growth, and alternating cancels that out instead of favouring either.
 *
 * <p>Run: {@code ./aispm bench ingest [--nodes N] [--batch B]}.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  /** One round's records: roles, notebooks running as them, and the edges between them. */
  private record Data(List<NodeRecord> roles, List<NodeRecord> notebooks, List<RelRecord> rels) {
    long items() {
      return (long) roles.size() + notebooks.size() + rels.size();
    }

    static Data of(String prefix, int nodes, ScopeKey scope) {
      int roles = Math.max(1, nodes / 100);
      int notebooks = nodes - roles;
      List<NodeRecord> roleRecords = new ArrayList<>(roles);
      for (int i = 0; i < roles; i++) {
        roleRecords.add(NodeRecord.of("arn:aws:iam::111111111111:role/" + prefix + "r" + i, scope.global())
            .set("name", "r" + i).set("isAdmin", i % 10 == 0).build());
      }
      List<NodeRecord> nbRecords = new ArrayList<>(notebooks);
      List<RelRecord> rels = new ArrayList<>(notebooks);
      for (int i = 0; i < notebooks; i++) {
        String id = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/" + prefix + "nb" + i;
        nbRecords.add(NodeRecord.of(id, scope).set("name", "nb" + i).set("directInternetAccess", i % 2 == 0)
            .set("instanceType", "ml.t3.medium").build());
        rels.add(RelRecord.of(id, "arn:aws:iam::111111111111:role/" + prefix + "r" + (i % roles), scope));
      }
      return new Data(roleRecords, nbRecords, rels);
    }
  }

  /** Wall-clock and process CPU seconds of one phase. */
  private record Cost(double seconds, double cpu) {
    Cost plus(Cost o) {
      return new Cost(seconds + o.seconds, cpu + o.cpu);
    }
  }

  public static void run(String[] args, PrintStream out) throws IOException {
    int nodes = 200_000;
    int batch = GraphWriter.DEFAULT_BATCH_SIZE;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--nodes" -> nodes = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--nodes N, --batch B)");
      }
    }
    if (nodes < 1000) {
      throw new IllegalArgumentException("--nodes must be at least 1000");
    }
    Path dir = Files.createTempDirectory("aispm-bench-ingest");
    try (GraphConnection graph = GraphConnection.open(
        new GraphSettings(null, null, null, null, dir.resolve("neo4j"), 0, batch), SchemaCatalog.standard())) {
      ScopeKey scope = new ScopeKey("aws", "111111111111", "us-east-1");
      try (Session s = graph.session()) {
        s.run("CREATE INDEX raw_id IF NOT EXISTS FOR (n:RawAsset) ON (n.id)").consume();
        s.run("CALL db.awaitIndexes(300)").consume();
      }
      GraphWriter writer = graph.writer();
      // Warm both paths up (query planning, JIT) on a tenth of the data under other ids.
      Data warm = Data.of("warm-", Math.max(1000, nodes / 10), scope);
      aispm(writer, warm, new SyncTag("warm", Instant.now()));
      raw(graph, warm, new SyncTag("warm", Instant.now()), batch);

      Data first = Data.of("a-", nodes, scope);
      Data second = Data.of("b-", nodes, scope);
      long items = first.items() + second.items();
      out.printf("Ingesting %,d nodes and %,d edges (batch %d) into embedded Neo4j, twice: raw then aispm, "
          + "then aispm then raw%n", nodes, first.rels().size(), batch);

      SyncTag tag = new SyncTag("bench", Instant.now());
      Cost raw = raw(graph, first, tag, batch);
      Cost aispm = aispm(writer, first, tag);
      aispm = aispm.plus(aispm(writer, second, tag));
      raw = raw.plus(raw(graph, second, tag, batch));

      SyncTag again = new SyncTag("bench-2", Instant.now());
      Cost reingest = aispm(writer, first, again).plus(aispm(writer, second, again));

      double aispmRate = items / aispm.seconds();
      double rawRate = items / raw.seconds();
      out.printf("raw driver UNWIND ... CREATE:                    %8.2f s  %,10.0f nodes+edges/s%n", raw.seconds(), rawRate);
      out.printf("aispm upsert (MERGE, labels, scope, timestamps): %8.2f s  %,10.0f nodes+edges/s%n", aispm.seconds(), aispmRate);
      out.printf("aispm re-ingest of the same records:             %8.2f s  %,10.0f nodes+edges/s%n",
          reingest.seconds(), items / reingest.seconds());
      out.printf("ratio aispm / raw: %.2f%n", aispmRate / rawRate);
      out.printf("CPU time of the whole process (database included): raw %.2f s, aispm %.2f s, ratio raw / aispm %.2f%n",
          raw.cpu(), aispm.cpu(), raw.cpu() / aispm.cpu());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Cost aispm(GraphWriter writer, Data data, SyncTag tag) {
    long t = System.nanoTime();
    long c = processCpuNanos();
    writer.upsertNodes(RoleSchema.NODE, data.roles(), tag);
    writer.upsertNodes(NotebookInstanceSchema.NODE, data.notebooks(), tag);
    writer.upsertRels(NotebookInstanceSchema.RUNS_AS, data.rels(), tag);
    return new Cost((System.nanoTime() - t) / 1e9, (processCpuNanos() - c) / 1e9);
  }

  /**
   * CPU time of this process, every thread of the embedded database included. On a machine shared
   * with other work the wall-clock ratio swings with whatever else runs during each phase; the
   * CPU each phase cost this process is a steadier second view (it also counts background work
   * such as garbage collection and checkpoints that happen to fall into a phase).
   */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /**
   * The raw driver floor: CREATE with the same properties, as many labels and the same batches,
   * relationships matched on the id index and created with the same properties.
   */
  private static Cost raw(GraphConnection graph, Data data, SyncTag tag, int batch) {
    long t = System.nanoTime();
    long c = processCpuNanos();
    try (Session s = graph.session()) {
      createNodes(s, RoleSchema.NODE, data.roles(), tag, batch);
      createNodes(s, NotebookInstanceSchema.NODE, data.notebooks(), tag, batch);
      List<Map<String, Object>> relRows = new ArrayList<>(data.rels().size());
      for (RelRecord r : data.rels()) {
        Map<String, Object> props = new HashMap<>(r.properties());
        props.put("scope", r.scope().key());
        props.put("owner", NotebookInstanceSchema.NODE.type());
        props.put("firstSeen", tag.timestamp());
        props.put("lastSeen", tag.timestamp());
        props.put("lastScanId", tag.scanId());
        relRows.add(Map.of("from", r.fromId(), "to", r.toId(), "props", props));
      }
      for (int i = 0; i < relRows.size(); i += batch) {
        var b = relRows.subList(i, Math.min(relRows.size(), i + batch));
        s.executeWriteWithoutResult(tx -> tx.run("""
            UNWIND $rows AS row
            MATCH (a:RawAsset {id: row.from}) MATCH (b:RawAsset {id: row.to})
            CREATE (a)-[r:RAW_REL]->(b) SET r = row.props
            """, Map.of("rows", b)).consume());
      }
    }
    return new Cost((System.nanoTime() - t) / 1e9, (processCpuNanos() - c) / 1e9);
  }

  private static void createNodes(Session s, NodeSchema schema, List<NodeRecord> records, SyncTag tag, int batch) {
    String labels = schema.labels().stream().map(l -> ":Raw" + l).collect(Collectors.joining());
    List<Map<String, Object>> rows = new ArrayList<>(records.size());
    for (NodeRecord r : records) {
      rows.add(row(schema, r, tag));
    }
    for (int i = 0; i < rows.size(); i += batch) {
      var b = rows.subList(i, Math.min(rows.size(), i + batch));
      s.executeWriteWithoutResult(tx -> tx.run("UNWIND $rows AS row CREATE (n" + labels + ") SET n = row",
          Map.of("rows", b)).consume());
    }
  }

  private static Map<String, Object> row(NodeSchema schema, NodeRecord r, SyncTag tag) {
    Map<String, Object> m = new HashMap<>(r.properties());
    m.put("id", r.id());
    m.put("type", schema.type());
    m.put("provider", r.scope().provider());
    m.put("account", r.scope().account());
    m.put("region", r.scope().region());
    m.put("scope", r.scope().key());
    m.put("firstSeen", tag.timestamp());
    m.put("lastSeen", tag.timestamp());
    m.put("lastScanId", tag.scanId());
    return m;
  }
}
