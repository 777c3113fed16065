package dev.aispm.posture.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * Snapshots over a real graph and the diff of two of them: exactly what changed between the
 * scans is reported (an asset added, one removed, one whose property changed, a relationship
 * added, a finding opened, one resolved, one escalated), and nothing when nothing changed but the
 * seen times every load rewrites.
 */
class ScanSnapshotsIT {
  final ScanSnapshots snapshots = new ScanSnapshots(InProcessNeo4j.connection());

  @BeforeEach
  void graph() {
    InProcessNeo4j.reset();
    run("""
        CREATE (:ScanRun {id: 'scan-a'}), (:ScanRun {id: 'scan-b'})
        CREATE (m:Asset:Model {id: 'm1', type: 'AWSSageMakerModel', name: 'fraud', lastSeen: 1, lastScanId: 'scan-a'})
        CREATE (e:Asset:Endpoint {id: 'e1', type: 'AWSSageMakerEndpoint', name: 'ep', internetReachable: false})
        CREATE (:Asset:Notebook {id: 'nb-old', type: 'AWSSageMakerNotebookInstance'})
        CREATE (m)-[:SERVED_BY]->(e)
        CREATE (:Finding {id: 'f-keep', severity: 'high', status: 'OPEN', ruleId: 'r1', resourceId: 'e1'})
        CREATE (:Finding {id: 'f-fixed', severity: 'medium', status: 'OPEN', ruleId: 'r2', resourceId: 'm1'})
        """);
  }

  @Test
  void theDiffOfTwoScansNamesExactlyWhatChanged() {
    snapshots.take("scan-a", Instant.now());
    run("""
        MATCH (m:Asset {id: 'm1'}) SET m.lastSeen = 2, m.lastScanId = 'scan-b'
        WITH m MATCH (e:Asset {id: 'e1'}) SET e.internetReachable = true
        WITH m MATCH (n:Asset {id: 'nb-old'}) DETACH DELETE n
        WITH m CREATE (d:Asset:DataObject {id: 's3://data/x/', type: 'AWSS3Prefix'})
        CREATE (j:Asset:TrainingJob {id: 'job1', type: 'AWSSageMakerTrainingJob'})-[:READS]->(d)
        WITH m MATCH (f:Finding {id: 'f-fixed'}) SET f.status = 'RESOLVED'
        WITH m MATCH (f:Finding {id: 'f-keep'}) SET f.severity = 'critical'
        CREATE (:Finding {id: 'f-new', severity: 'low', status: 'OPEN', ruleId: 'r3', resourceId: 'job1'})
        """);
    snapshots.take("scan-b", Instant.now());

    ScanDiff diff = ScanDiff.of(snapshots.load("scan-a").orElseThrow(), snapshots.load("scan-b").orElseThrow(), 100);
    assertThat(diff.assets().added()).containsExactly("job1", "s3://data/x/");
    assertThat(diff.assets().removed()).containsExactly("nb-old");
    assertThat(diff.assets().changed()).as("seen times are not a change").containsExactly("e1");
    assertThat(diff.edges().added()).containsExactly("job1\tREADS\ts3://data/x/");
    assertThat(diff.edges().removed()).isEmpty();
    assertThat(diff.findings().added()).extracting(ScanDiff.FindingChange::id).containsExactly("f-new");
    assertThat(diff.findings().changed()).extracting(c -> c.id() + ":" + c.severityBefore() + ">" + c.severityAfter()
        + ":" + c.statusBefore() + ">" + c.statusAfter())
        .containsExactly("f-fixed:medium>medium:OPEN>RESOLVED", "f-keep:high>critical:OPEN>OPEN");
    assertThat(InProcessNeo4j.count("MATCH (:ScanRun {id: 'scan-b'})-[:HAS_SNAPSHOT]->(s:ScanSnapshot) RETURN count(s)"))
        .isOne();
  }

  @Test
  void anUnchangedGraphGivesAnEmptyDiffAndAMissingSnapshotIsEmpty() {
    ScanDiff diff = diffAcross("MATCH (n:Asset) SET n.lastSeen = 99, n.firstSeen = 1, n.lastScanId = 'scan-b'", 100);
    assertThat(diff.assets().addedCount() + diff.assets().removedCount() + diff.assets().changedCount()).isZero();
    assertThat(diff.edges().addedCount() + diff.edges().removedCount()).isZero();
    assertThat(diff.findings().addedCount() + diff.findings().removedCount() + diff.findings().changedCount()).isZero();
    assertThat(snapshots.load("scan-never")).isEmpty();
  }

  @Test
  void listsAreCutAtTheLimitButCountsStayWhole() {
    ScanDiff diff = diffAcross("UNWIND range(1, 30) AS i CREATE (:Asset:DataObject {id: 'obj-' + i, type: 'AWSS3Prefix'})",
        10);
    assertThat(diff.assets().addedCount()).isEqualTo(30);
    assertThat(diff.assets().added()).hasSize(10);
    assertThat(diff.assets().truncated()).isTrue();
  }

  /** Snapshot scan-a, change the graph, snapshot scan-b, and compare them. */
  ScanDiff diffAcross(String change, int limit) {
    snapshots.take("scan-a", Instant.now());
    run(change);
    snapshots.take("scan-b", Instant.now());
    return ScanDiff.of(snapshots.load("scan-a").orElseThrow(), snapshots.load("scan-b").orElseThrow(), limit);
  }

  static void run(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run(cypher).consume();
    }
  }
}
