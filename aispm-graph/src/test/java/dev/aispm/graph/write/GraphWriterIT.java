package dev.aispm.graph.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.aws.s3.BucketSchema;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

class GraphWriterIT {
  static final ScopeKey US_EAST = new ScopeKey("aws", "111111111111", "us-east-1");
  static final String NB = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb";
  static final String ROLE = "arn:aws:iam::111111111111:role/nb-role";

  GraphConnection graph = InProcessNeo4j.connection();
  GraphWriter writer = new GraphWriter(graph.driver(), null, 2);

  @BeforeEach
  void reset() {
    InProcessNeo4j.reset();
  }

  @Test
  void reingestingTheSameRecordsIsIdempotentAndKeepsFirstSeen() {
    SyncTag first = new SyncTag("scan-1", Instant.parse("2026-01-01T00:00:00Z"));
    SyncTag second = new SyncTag("scan-2", Instant.parse("2026-01-02T00:00:00Z"));
    List<NodeRecord> nodes = List.of(notebook(NB, true), notebook(NB + "2", false), notebook(NB + "3", null));

    writer.upsertNodes(NotebookInstanceSchema.NODE, nodes, first);
    writer.upsertNodes(NotebookInstanceSchema.NODE, nodes, second);

    assertThat(InProcessNeo4j.count("MATCH (n:AWSSageMakerNotebookInstance) RETURN count(n)")).isEqualTo(3);
    try (Session s = graph.session()) {
      var row = s.run("MATCH (n:Asset {id: $id}) RETURN n", java.util.Map.of("id", NB)).single().get("n").asNode();
      assertThat(row.labels()).contains("Asset", "Notebook", "Compute", "AWSSageMakerNotebookInstance");
      assertThat(row.get("firstSeen").asZonedDateTime().toInstant()).isEqualTo(first.at());
      assertThat(row.get("lastSeen").asZonedDateTime().toInstant()).isEqualTo(second.at());
      assertThat(row.get("lastScanId").asString()).isEqualTo("scan-2");
      assertThat(row.get("scope").asString()).isEqualTo("aws/111111111111/us-east-1");
      assertThat(row.get("directInternetAccess").asBoolean()).isTrue();
      var unknown = s.run("MATCH (n:Asset {id: $id}) RETURN n.directInternetAccess AS v",
          java.util.Map.of("id", NB + "3")).single().get("v");
      assertThat(unknown.isNull()).as("an unknown flag stays absent, never false").isTrue();
    }
  }

  @Test
  void aValueThatBecomesUnknownIsRemoved() {
    writer.upsertNodes(NotebookInstanceSchema.NODE, List.of(notebook(NB, true)), tag("s1"));
    writer.upsertNodes(NotebookInstanceSchema.NODE, List.of(notebook(NB, null)), tag("s2"));
    assertThat(InProcessNeo4j.count(
        "MATCH (n:Asset) WHERE n.directInternetAccess IS NOT NULL RETURN count(n)")).isZero();
  }

  @Test
  void relationshipsAreMergedOnceAndStubTargetsCreated() {
    writer.upsertNodes(NotebookInstanceSchema.NODE, List.of(notebook(NB, true)), tag("s1"));
    RelRecord runsAs = RelRecord.of(NB, ROLE, US_EAST).withTargetStub(java.util.Map.of("name", "nb-role"));
    for (int i = 0; i < 3; i++) {
      assertThat(writer.upsertRels(NotebookInstanceSchema.RUNS_AS, List.of(runsAs), tag("s" + i))).isEqualTo(1);
    }
    assertThat(InProcessNeo4j.count("MATCH (:Notebook)-[r:RUNS_AS]->(:Identity:AWSIAMRole) RETURN count(r)"))
        .isEqualTo(1);
    assertThat(InProcessNeo4j.count("MATCH (r:AWSIAMRole {stub: true, name: 'nb-role'}) RETURN count(r)"))
        .isEqualTo(1);

    // The role's own sync later turns the stub into a full node.
    writer.upsertNodes(RoleSchema.NODE, List.of(NodeRecord.of(ROLE, US_EAST.global())
        .set("name", "nb-role").set("isAdmin", true).build()), tag("s9"));
    assertThat(InProcessNeo4j.count("MATCH (r:AWSIAMRole) WHERE r.stub IS NULL AND r.isAdmin RETURN count(r)"))
        .isEqualTo(1);
  }

  @Test
  void aRelationshipToAMissingTargetIsSkippedUnlessItCreatesStubs() {
    writer.upsertNodes(RoleSchema.NODE, List.of(NodeRecord.of(ROLE, US_EAST.global()).build()), tag("s1"));
    int written = writer.upsertRels(RoleSchema.CAN_WRITE,
        List.of(RelRecord.of(ROLE, "arn:aws:s3:::not-collected", US_EAST.global())), tag("s1"));
    assertThat(written).isZero();
    assertThat(InProcessNeo4j.count("MATCH (b:AWSS3Bucket) RETURN count(b)")).isZero();
  }

  @Test
  void theIdConstraintRejectsADuplicateAsset() {
    writer.upsertNodes(BucketSchema.NODE, List.of(NodeRecord.of("arn:aws:s3:::b", US_EAST.global()).build()),
        tag("s1"));
    try (Session s = graph.session()) {
      assertThatThrownBy(() -> s.run("CREATE (:Asset {id: 'arn:aws:s3:::b'})").consume())
          .isInstanceOf(ClientException.class)
          .hasMessageContaining("already exists");
    }
  }

  @Test
  void anUndeclaredPropertyFailsTheBatchBeforeAnythingIsWritten() {
    NodeRecord bad = NodeRecord.of(NB, US_EAST).set("directInternetAcess", true).build();
    assertThatThrownBy(() -> writer.upsertNodes(NotebookInstanceSchema.NODE, List.of(notebook(NB + "ok", true), bad),
        tag("s1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("directInternetAcess");
    assertThat(InProcessNeo4j.count("MATCH (n:Asset) RETURN count(n)")).isZero();
  }

  static NodeRecord notebook(String arn, Boolean internet) {
    return NodeRecord.of(arn, US_EAST).set("name", arn.substring(arn.lastIndexOf('/') + 1))
        .set("directInternetAccess", internet).set("securityGroupIds", List.of("sg-1", "sg-2")).build();
  }

  static SyncTag tag(String id) {
    return new SyncTag(id, Instant.now());
  }
}
