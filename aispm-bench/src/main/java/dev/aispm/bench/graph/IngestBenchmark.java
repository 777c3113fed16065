package dev.aispm.bench.graph;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.connect.GraphSettings;
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
import java.util.stream.Stream;
import org.neo4j.driver.Session;

/**
 * Measures graph ingestion: aispm's schema-driven, idempotent loader (MERGE on the id constraint,
 * labels, scope and timestamps) against the raw driver floor ({@code UNWIND ... CREATE} with an
 * id index) on the same embedded database. Prints nodes+edges per second for both and the ratio.
 *
 * <p>Run: {@code ./aispm bench ingest [--nodes N] [--batch B]}.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    run(args, System.out);
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
      int roles = Math.max(1, nodes / 100);
      int notebooks = nodes - roles;
      ScopeKey scope = new ScopeKey("aws", "111111111111", "us-east-1");
      List<NodeRecord> roleRecords = new ArrayList<>(roles);
      for (int i = 0; i < roles; i++) {
        roleRecords.add(NodeRecord.of("arn:aws:iam::111111111111:role/r" + i, scope.global())
            .set("name", "r" + i).set("isAdmin", i % 10 == 0).build());
      }
      List<NodeRecord> nbRecords = new ArrayList<>(notebooks);
      List<RelRecord> rels = new ArrayList<>(notebooks);
      for (int i = 0; i < notebooks; i++) {
        String id = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb" + i;
        nbRecords.add(NodeRecord.of(id, scope).set("name", "nb" + i).set("directInternetAccess", i % 2 == 0)
            .set("instanceType", "ml.t3.medium").build());
        rels.add(RelRecord.of(id, "arn:aws:iam::111111111111:role/r" + (i % roles), scope));
      }
      long items = (long) nodes + notebooks;
      out.printf("Ingesting %,d nodes and %,d edges (batch %d) into embedded Neo4j%n", nodes, notebooks, batch);

      GraphWriter writer = graph.writer();
      // Warm both paths up (query planning, JIT) on a tenth of the data under other ids, so the
      // measured runs compare steady states rather than whichever ran first.
      int warm = Math.max(100, nodes / 10);
      List<NodeRecord> warmNodes = new ArrayList<>();
      for (int i = 0; i < warm; i++) {
        warmNodes.add(NodeRecord.of("warm-" + i, scope).set("name", "w" + i).build());
      }
      writer.upsertNodes(NotebookInstanceSchema.NODE, warmNodes, new SyncTag("warm", Instant.now()));
      rawCreate(graph, List.of(), warmNodes.stream().map(n -> NodeRecord.of("raw-" + n.id(), scope).build()).toList(),
          List.of(), batch);

      long c0 = processCpuNanos();
      double rawSeconds = rawCreate(graph, roleRecords, nbRecords, rels, batch);
      double rawCpu = (processCpuNanos() - c0) / 1e9;

      SyncTag tag = new SyncTag("bench", Instant.now());
      long t0 = System.nanoTime();
      long c1 = processCpuNanos();
      writer.upsertNodes(RoleSchema.NODE, roleRecords, tag);
      writer.upsertNodes(NotebookInstanceSchema.NODE, nbRecords, tag);
      writer.upsertRels(NotebookInstanceSchema.RUNS_AS, rels, tag);
      double aispmSeconds = (System.nanoTime() - t0) / 1e9;
      double aispmCpu = (processCpuNanos() - c1) / 1e9;

      SyncTag again = new SyncTag("bench-2", Instant.now());
      long t1 = System.nanoTime();
      writer.upsertNodes(RoleSchema.NODE, roleRecords, again);
      writer.upsertNodes(NotebookInstanceSchema.NODE, nbRecords, again);
      writer.upsertRels(NotebookInstanceSchema.RUNS_AS, rels, again);
      double reingestSeconds = (System.nanoTime() - t1) / 1e9;

      double aispmRate = items / aispmSeconds;
      double rawRate = items / rawSeconds;
      out.printf("raw driver UNWIND ... CREATE:                    %8.2f s  %,10.0f nodes+edges/s%n", rawSeconds, rawRate);
      out.printf("aispm upsert (MERGE, labels, scope, timestamps): %8.2f s  %,10.0f nodes+edges/s%n", aispmSeconds, aispmRate);
      out.printf("aispm re-ingest of the same records:             %8.2f s  %,10.0f nodes+edges/s%n", reingestSeconds, items / reingestSeconds);
      out.printf("ratio aispm / raw: %.2f%n", aispmRate / rawRate);
      out.printf("CPU time of the whole process (database included): raw %.2f s, aispm %.2f s, ratio raw / aispm %.2f%n",
          rawCpu, aispmCpu, rawCpu / aispmCpu);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
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

  private static double rawCreate(GraphConnection graph, List<NodeRecord> roles, List<NodeRecord> nbs,
      List<RelRecord> rels, int batch) {
    try (Session s = graph.session()) {
      s.run("CREATE INDEX raw_id IF NOT EXISTS FOR (n:RawNode) ON (n.id)").consume();
      s.run("CALL db.awaitIndexes(300)").consume();
    }
    List<Map<String, Object>> nodeRows = new ArrayList<>();
    for (NodeRecord r : roles) {
      nodeRows.add(row(r));
    }
    for (NodeRecord r : nbs) {
      nodeRows.add(row(r));
    }
    List<Map<String, Object>> relRows = rels.stream()
        .map(r -> Map.<String, Object>of("from", r.fromId(), "to", r.toId())).toList();
    long t = System.nanoTime();
    try (Session s = graph.session()) {
      for (int i = 0; i < nodeRows.size(); i += batch) {
        var b = nodeRows.subList(i, Math.min(nodeRows.size(), i + batch));
        s.executeWriteWithoutResult(tx -> tx.run("UNWIND $rows AS row CREATE (n:RawNode) SET n = row",
            Map.of("rows", b)).consume());
      }
      for (int i = 0; i < relRows.size(); i += batch) {
        var b = relRows.subList(i, Math.min(relRows.size(), i + batch));
        s.executeWriteWithoutResult(tx -> tx.run("""
            UNWIND $rows AS row
            MATCH (a:RawNode {id: row.from}) MATCH (b:RawNode {id: row.to})
            CREATE (a)-[:RAW_REL]->(b)
            """, Map.of("rows", b)).consume());
      }
    }
    return (System.nanoTime() - t) / 1e9;
  }

  private static Map<String, Object> row(NodeRecord r) {
    Map<String, Object> m = new HashMap<>(r.properties());
    m.put("id", r.id());
    return m;
  }
}
