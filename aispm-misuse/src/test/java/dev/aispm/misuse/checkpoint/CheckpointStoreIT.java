package dev.aispm.misuse.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

class CheckpointStoreIT {
  @Test
  void aSavedCheckpointReadsBackAsItWas() {
    InProcessNeo4j.reset();
    GraphConnection graph = InProcessNeo4j.connection();
    CheckpointStore store = new CheckpointStore(graph);
    assertThat(store.load("aws/1/cloudtrail/b/p").isNew()).isTrue();

    Checkpoint c = new Checkpoint("aws/1/cloudtrail/b/p", "AWSLogs/1/CloudTrail/us-east-1/2026/12/01/f.json.gz",
        Instant.parse("2026-12-01T10:55:00Z"), Set.of("e1", "e2"), 42, 3);
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> CheckpointStore.save(tx, c, "aws", "1", Instant.now()));
    }

    assertThat(store.load("aws/1/cloudtrail/b/p")).isEqualTo(c);
    assertThat(InProcessNeo4j.count("MATCH (c:ActivityCheckpoint) RETURN count(c)")).isEqualTo(1);
  }
}
