package dev.aispm.graph.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.GraphWriter;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.SyncTag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaleCleanupIT {
  static final ScopeKey EAST = new ScopeKey("aws", "111111111111", "us-east-1");
  static final ScopeKey WEST = new ScopeKey("aws", "111111111111", "eu-west-1");

  GraphConnection graph = InProcessNeo4j.connection();
  GraphWriter writer = graph.writer();
  StaleCleanup cleanup = new StaleCleanup(graph.driver(), null, SchemaCatalog.standard());
  SyncTag old = new SyncTag("old", Instant.parse("2026-01-01T00:00:00Z"));
  SyncTag now = new SyncTag("now", Instant.parse("2026-01-02T00:00:00Z"));

  @BeforeEach
  void seedTwoRegionsFromAnOlderScan() {
    InProcessNeo4j.reset();
    writer.upsertNodes(NotebookInstanceSchema.NODE, List.of(nb(EAST, "a"), nb(EAST, "gone"), nb(WEST, "w")), old);
    writer.upsertRels(NotebookInstanceSchema.RUNS_AS, List.of(
        RelRecord.of(id(EAST, "a"), "arn:aws:iam::111111111111:role/r", EAST),
        RelRecord.of(id(WEST, "w"), "arn:aws:iam::111111111111:role/r", WEST)), old);
  }

  @Test
  void removesWhatASuccessfulScopeNoLongerSeesAndKeepsAFailedScopeIntact() {
    // The new scan sees only "a" in us-east-1, and fails to list eu-west-1.
    writer.upsertNodes(NotebookInstanceSchema.NODE, List.of(nb(EAST, "a")), now);
    ScanLedger ledger = new ScanLedger("now");
    ledger.succeeded(EAST, NotebookInstanceSchema.NODE, 1, Duration.ZERO);
    ledger.failed(WEST, NotebookInstanceSchema.NODE, "sagemaker:ListNotebookInstances",
        "throttled", null, Duration.ZERO);

    StaleCleanup.CleanupResult result = cleanup.run(ledger, now);

    assertThat(names()).containsExactlyInAnyOrder("a", "w");
    assertThat(result.nodes()).isEqualTo(1);
    // The east notebook was not re-linked this scan, so its RUNS_AS edge is stale; the west one stays.
    assertThat(result.relationships()).isEqualTo(1);
    assertThat(InProcessNeo4j.count("MATCH (:Notebook {region: 'eu-west-1'})-[r:RUNS_AS]->() RETURN count(r)"))
        .isEqualTo(1);
  }

  @Test
  void aWholeScopeFailureProtectsEveryTypeInIt() {
    ScanLedger ledger = new ScanLedger("now");
    ledger.succeeded(EAST, NotebookInstanceSchema.NODE, 0, Duration.ZERO);
    ledger.failed(EAST, null, "sts:AssumeRole", "AccessDenied", "sts:AssumeRole", Duration.ZERO);
    cleanup.run(ledger, now);
    assertThat(names()).containsExactlyInAnyOrder("a", "gone", "w");
  }

  @Test
  void cleanupOfOneTypeLeavesOtherTypesInTheSameScope() {
    writer.upsertNodes(RoleSchema.NODE, List.of(NodeRecord.of("arn:aws:iam::111111111111:role/r",
        EAST.global()).build()), old);
    ScanLedger ledger = new ScanLedger("now");
    ledger.succeeded(EAST, NotebookInstanceSchema.NODE, 0, Duration.ZERO);
    ledger.succeeded(EAST.global(), NotebookInstanceSchema.NODE, 0, Duration.ZERO);
    cleanup.run(ledger, now);
    assertThat(InProcessNeo4j.count("MATCH (r:AWSIAMRole) RETURN count(r)")).isEqualTo(1);
    assertThat(names()).containsExactly("w");
  }

  List<String> names() {
    try (var s = graph.session()) {
      return s.run("MATCH (n:AWSSageMakerNotebookInstance) RETURN n.name AS name")
          .list(r -> r.get("name").asString());
    }
  }

  static String id(ScopeKey scope, String name) {
    return "arn:aws:sagemaker:" + scope.region() + ":111111111111:notebook-instance/" + name;
  }

  static NodeRecord nb(ScopeKey scope, String name) {
    return NodeRecord.of(id(scope, name), scope).set("name", name).build();
  }
}
