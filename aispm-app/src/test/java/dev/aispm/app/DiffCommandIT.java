package dev.aispm.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.diff.ScanSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * {@code aispm diff} over an embedded graph holding two scans' snapshots: the table and the JSON
 * name what changed; an unknown scan and a bad flag exit 2.
 */
class DiffCommandIT {
  static final String A = "scan-20260101T000000Z-0000000a";
  static final String B = "scan-20260102T000000Z-0000000b";

  @TempDir
  Path dir;

  @Test
  void diffNamesWhatChangedAndRefusesUnknownScans() throws Exception {
    System.setProperty("AISPM_DATA_DIR", dir.toString());
    PrintStream original = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      try (GraphConnection graph = AppRuntime.openGraph(AppRuntime.environment())) {
        ScanSnapshots snapshots = new ScanSnapshots(graph);
        run(graph, "CREATE (:Asset:Model {id: 'm1', type: 'AWSSageMakerModel'}), "
            + "(:Finding {id: 'f1', severity: 'high', status: 'OPEN', ruleId: 'r1', resourceId: 'm1'})");
        snapshots.take(A, Instant.now());
        run(graph, "CREATE (:Asset:Endpoint {id: 'e1', type: 'AWSSageMakerEndpoint'}) WITH 1 AS x "
            + "MATCH (m:Asset {id: 'm1'}), (e:Asset {id: 'e1'}) CREATE (m)-[:SERVED_BY]->(e) WITH 1 AS y "
            + "MATCH (f:Finding {id: 'f1'}) SET f.status = 'RESOLVED'");
        snapshots.take(B, Instant.now());
      }
      System.setOut(new PrintStream(table, true, StandardCharsets.UTF_8));
      assertThat(Aispm.commandLine().execute("diff", A, B)).isZero();
      System.setOut(new PrintStream(json, true, StandardCharsets.UTF_8));
      assertThat(Aispm.commandLine().execute("diff", A, B, "--format", "json")).isZero();
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(Aispm.commandLine().execute("diff", A, "scan-20260103T000000Z-0000000c")).isEqualTo(2);
      assertThat(Aispm.commandLine().execute("diff", A, B, "--format", "xml")).isEqualTo(2);
    } finally {
      System.setOut(original);
      System.setErr(originalErr);
      System.clearProperty("AISPM_DATA_DIR");
    }
    assertThat(table.toString(StandardCharsets.UTF_8)).contains("Assets: 1 added, 0 removed, 0 changed", "  + e1",
        "Relationships: 1 added", "  + m1 SERVED_BY e1", "Findings: 0 added, 0 removed, 1 changed",
        "high/OPEN -> high/RESOLVED");
    JsonNode d = new ObjectMapper().readTree(json.toString(StandardCharsets.UTF_8));
    assertThat(d.at("/assets/added/0").asText()).isEqualTo("e1");
    assertThat(d.at("/findings/changed/0/statusAfter").asText()).isEqualTo("RESOLVED");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no snapshot of scan scan-20260103T000000Z-0000000c");
  }

  static void run(GraphConnection graph, String cypher) {
    try (Session s = graph.session()) {
      s.run(cypher).consume();
    }
  }
}
