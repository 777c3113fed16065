package dev.aispm.collectors.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.SimulatedAws;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * The content scan through the real S3 client against the simulated organization: the planted
 * malicious artifact is found malicious and the clean one clean, the planted secret and personal
 * data in the training set are counted on its prefix, and no content finding holds a clear value.
 */
class S3ContentScanIT {
  @Test
  void scansArtifactsAndTrainingDataAndKeepsOnlyFingerprints() throws Exception {
    try (SimulatedAws aws = SimulatedAws.start()) {
      InProcessNeo4j.reset();
      aws.scan(aws.organizationSettings(), "content-scan");
      try (Session s = InProcessNeo4j.connection().session()) {
        Map<String, String> verdicts = new java.util.HashMap<>();
        s.run("MATCH (a:AWSModelArtifact) RETURN a.id AS id, a.scanStatus AS status").list()
            .forEach(r -> verdicts.put(r.get("id").asString(), r.get("status").asString(null)));
        assertThat(verdicts).containsEntry("s3://acme-models/fraud-detector/model.tar.gz", "malicious")
            .containsEntry("s3://acme-models/churn-predictor/model.tar.gz", "clean");
        // Each artifact read whole is named by its SHA-256 (the AI-BOM's hash of the model).
        List<String> hashes = s.run("MATCH (a:AWSModelArtifact) WHERE a.id IN "
            + "['s3://acme-models/fraud-detector/model.tar.gz', 's3://acme-models/churn-predictor/model.tar.gz'] "
            + "RETURN a.sha256 AS h").list(r -> r.get("h").asString(null));
        assertThat(hashes).hasSize(2).allSatisfy(h -> assertThat(h).matches("[0-9a-f]{64}")).doesNotHaveDuplicates();

        var train = s.run("MATCH (p:AWSS3Prefix {id: 's3://acme-training-data/fraud/train/'}) RETURN p").single()
            .get("p").asNode();
        assertThat(train.get("secretCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(train.get("piiCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(train.get("sensitivity").asString()).isEqualTo("secrets");
        var validation = s.run("MATCH (p:AWSS3Prefix {id: 's3://acme-training-data/fraud/validation/'}) RETURN p")
            .single().get("p").asNode();
        assertThat(validation.get("secretCount").asInt()).isZero();

        List<Map<String, Object>> secrets = s.run("""
            MATCH (c:ContentFinding)-[:FOUND_IN]->(:AWSS3Prefix) WHERE c.ruleId STARTS WITH 'secret.'
            RETURN c {.*} AS c
            """).list(r -> r.get("c").asMap());
        assertThat(secrets).isNotEmpty().allSatisfy(c -> {
          assertThat((String) c.get("fingerprint")).matches("[0-9a-f]{64}");
          assertThat((String) c.get("preview")).endsWith("****");
          // Each names the object it came from, with the ETag S3 answered with, and its line.
          assertThat((String) c.get("objectUri")).startsWith("s3://acme-training-data/fraud/train/");
          assertThat(c.get("bucket")).isEqualTo("acme-training-data");
          assertThat((String) c.get("key")).startsWith("fraud/train/");
          assertThat((String) c.get("etag")).isNotBlank().doesNotContain("\"");
          assertThat((Long) c.get("line")).isPositive();
        });
        assertThat(train.get("objectsWithSecrets").asList(org.neo4j.driver.Value::asString))
            .containsExactlyInAnyOrderElementsOf(secrets.stream().map(c -> (String) c.get("objectUri")).distinct().toList());
        assertThat(train.get("scanComplete").asBoolean()).isTrue();
        // What the listing said about each training object, for the provenance ledger: the validation
        // set carries the time it was rewritten, after the training job ended.
        List<Map<String, Object>> listed = s.run("""
            MATCH (l:ListedObject)-[:LISTED_UNDER]->(p:AWSS3Prefix)
            WHERE p.id STARTS WITH 's3://acme-training-data/fraud/'
            RETURN l {.*} AS l ORDER BY l.uri
            """).list(r -> r.get("l").asMap());
        assertThat(listed).extracting(l -> l.get("uri")).containsExactly(
            "s3://acme-training-data/fraud/train/part-00000.jsonl",
            "s3://acme-training-data/fraud/validation/part-00000.jsonl");
        assertThat(listed).allSatisfy(l -> {
          assertThat((String) l.get("sha256")).matches("[0-9a-f]{64}");
          assertThat((String) l.get("etag")).isNotBlank().doesNotContain("\"");
          assertThat((Long) l.get("size")).isPositive();
        });
        assertThat(listed.get(1).get("lastModified").toString()).startsWith("2026-01-10T00:00Z");
        assertThat(listed.get(0).get("lastModified").toString()).startsWith("2023-10-30T00:00Z");
        assertThat(train.get("listingComplete").asBoolean()).isTrue();
        assertThat(s.run("MATCH (j:AWSSageMakerTrainingJob {name: 'fraud-detector-training'}) RETURN j.endedAt AS t")
            .single().get("t").toString()).contains("2023-11-02T11:00Z");
        // The planted secret values are built by the simulator; none of the stored text may contain them.
        String planted = new String(dev.aispm.simulator.aws.TrainingDataAccess.trainingSet(),
            java.nio.charset.StandardCharsets.UTF_8);
        String keyId = planted.replaceAll("(?s).*aws_access_key_id=(\\S+).*", "$1");
        String secret = planted.replaceAll("(?s).*aws_secret_access_key=([^\\s\"]+).*", "$1");
        String stored = s.run("MATCH (c:ContentFinding) RETURN collect(c {.*}) AS all").single().get("all").toString();
        assertThat(stored).doesNotContain(keyId).doesNotContain(secret);
      }
    }
  }
}
