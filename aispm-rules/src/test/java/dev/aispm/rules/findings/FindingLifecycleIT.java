package dev.aispm.rules.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.engine.PostureEvaluator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

class FindingLifecycleIT {
  static final String SCOPE = "aws/111111111111/us-east-1";
  static final String NB = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb";
  static final RuleCatalog ONE_RULE = new RuleCatalog(RuleCatalog.builtIn().rules().stream()
      .filter(r -> r.id().equals("sagemaker_notebook_instance_root_access_disabled")).toList());

  PostureEvaluator evaluator = new PostureEvaluator(InProcessNeo4j.connection().driver(), null);
  FindingStore store = new FindingStore(InProcessNeo4j.connection().driver(), null);

  @BeforeEach
  void seed() {
    InProcessNeo4j.reset();
    setRootAccess(true);
  }

  @Test
  void aFindingOpensResolvesOnlyWhenItsScopeSucceededAndReopens() {
    var first = evaluator.run(ONE_RULE, List.of(SCOPE), tag("s1"));
    assertThat(first.findings()).hasSize(1);
    String id = first.findings().get(0).id();
    assertThat(status(id)).isEqualTo("OPEN");

    setRootAccess(false);
    evaluator.run(ONE_RULE, List.of(), tag("s2"));
    assertThat(status(id)).as("scope not collected successfully: stays open").isEqualTo("OPEN");
    evaluator.run(ONE_RULE, List.of(SCOPE), tag("s3"));
    assertThat(status(id)).isEqualTo("RESOLVED");

    setRootAccess(true);
    var again = evaluator.run(ONE_RULE, List.of(SCOPE), tag("s4"));
    assertThat(again.findings().get(0).id()).as("fingerprint is stable").isEqualTo(id);
    assertThat(status(id)).isEqualTo("REOPENED");
  }

  @Test
  void aSuppressedFindingStaysSuppressedUntilItExpiresOrIsLifted() {
    String id = evaluator.run(ONE_RULE, List.of(SCOPE), tag("s1")).findings().get(0).id();
    assertThat(store.suppress(id, "accepted risk: lab account", Instant.now().plusSeconds(3600), "alice", Instant.now())).isTrue();
    evaluator.run(ONE_RULE, List.of(SCOPE), tag("s2"));
    assertThat(status(id)).isEqualTo("SUPPRESSED");
    assertThat(store.unsuppress(id)).isTrue();
    assertThat(status(id)).isEqualTo("OPEN");

    store.suppress(id, "until yesterday", Instant.now().minusSeconds(3600), "bob", Instant.now().minusSeconds(7200));
    evaluator.run(ONE_RULE, List.of(SCOPE), tag("s3"));
    assertThat(status(id)).as("an expired suppression lapses").isEqualTo("OPEN");
    assertThat(store.suppress("no-such-finding", "x", null, "alice", Instant.now())).isFalse();
  }

  @Test
  void theAttackPathFindingCarriesItsPathAndContextScore() {
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run("""
          CREATE (i:Asset:Internet {id: 'internet', type: 'Internet'})
          CREATE (n:Asset:Notebook:AWSSageMakerNotebookInstance {id: $nb, type: 'AWSSageMakerNotebookInstance', name: 'nb', scope: $scope})
          CREATE (r:Asset:Identity:AWSIAMRole {id: 'role', type: 'AWSIAMRole', name: 'admin', isAdmin: true, scope: 'aws/111111111111/global'})
          CREATE (b:Asset:DataStore:AWSS3Bucket {id: 'bucket', type: 'AWSS3Bucket', name: 'train', scope: 'aws/111111111111/global'})
          CREATE (p:Asset:DataObject:AWSS3Prefix {id: 's3://train/x/', type: 'AWSS3Prefix', secretCount: 2})
          CREATE (j:Asset:TrainingJob:AWSSageMakerTrainingJob {id: 'job', type: 'AWSSageMakerTrainingJob', name: 'job', scope: $scope})
          CREATE (i)-[:CAN_REACH]->(n), (n)-[:RUNS_AS]->(r), (r)-[:CAN_READ]->(b), (p)-[:IN_BUCKET]->(b), (j)-[:READS]->(p)
          """, Map.of("nb", NB + "2", "scope", SCOPE)).consume();
    }
    RuleCatalog paths = new RuleCatalog(RuleCatalog.builtIn().rules().stream()
        .filter(r -> r.id().equals("attack_path_internet_notebook_privileged_role_training_data")).toList());
    Finding f = evaluator.run(paths, List.of(SCOPE), tag("s1")).findings().get(0);
    assertThat(f.path()).extracting(p -> p.kind() + ":" + p.type()).containsExactly(
        "node:Internet", "edge:CAN_REACH", "node:AWSSageMakerNotebookInstance", "edge:RUNS_AS",
        "node:AWSIAMRole", "edge:CAN_READ", "node:AWSS3Bucket");
    assertThat(f.score().factors()).extracting(sf -> sf.name())
        .contains("base", "internet-exposure", "privilege", "data-sensitivity", "blast-radius");
    assertThat(f.score().score()).isEqualTo(100);
    assertThat(f.reason()).contains("holding secrets or personal data");
  }

  static void setRootAccess(boolean on) {
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run("""
          MERGE (n:Asset {id: $id})
          SET n:Notebook:AWSSageMakerNotebookInstance, n.type = 'AWSSageMakerNotebookInstance',
              n.name = 'nb', n.scope = $scope, n.rootAccess = $on
          """, Map.of("id", NB, "scope", SCOPE, "on", on)).consume();
    }
  }

  static String status(String id) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run("MATCH (f:Finding {id: $id}) RETURN f.status AS s", Map.of("id", id)).single().get("s").asString();
    }
  }

  static SyncTag tag(String id) {
    return new SyncTag(id, Instant.now());
  }
}
