package dev.aispm.collectors.aws.s3;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.SimulatedAws;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.simulator.aws.ModelArtifacts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * Code kept beside training data, read by the S3 content stage through the real S3 client: a
 * training script importing OpenAI and a requirements file pinning an MLflow release with a
 * critical advisory in the bundled snapshot, under the prefix the fraud-detector training job
 * reads. Their AI use, packages and advisory hang from the prefix; a later scan that cannot read
 * the prefix keeps them, and one that reads a fixed pin replaces them.
 */
class S3CodeObjectsIT {
  private static final String BUCKET = "acme-training-data";
  private static final String PREFIX = "s3://acme-training-data/fraud/train/";
  private static final String TRAIN = """
      import json
      import openai

      def label(notes):
          client = openai.OpenAI()
          return client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': notes}])
      """;

  SimulatedAws aws;

  @BeforeEach
  void start() {
    aws = SimulatedAws.start();
    InProcessNeo4j.reset();
    aws.cloud().awsObjects().put(BUCKET, "fraud/train/train.py", TRAIN.getBytes(StandardCharsets.UTF_8));
    aws.cloud().awsObjects().put(BUCKET, "fraud/train/requirements.txt",
        ("--extra-index-url https://pypi.acme-internal.example/simple\n"
            + "mlflow==2.2.0\ntransformers==4.36.2\npandas==2.2.2\n").getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    aws.close();
  }

  @Test
  void codeBesideTrainingDataHangsItsAiUsePackagesAndAdvisoriesFromThePrefix() {
    aws.scan(aws.organizationSettings(), "scan-1");

    Node prefix = prefix();
    assertThat(prefix.get("codeObjectsScanned").asInt()).isEqualTo(2);
    assertThat(prefix.get("codeScanComplete").asBoolean()).isTrue();
    assertThat(prefix.get("packageIndexes").asList()).containsExactly("https://pypi.acme-internal.example/simple");
    // The data is still read as data: the planted secret in the training set is counted as before.
    assertThat(prefix.get("secretCount").asInt()).isPositive();
    assertThat(prefix.get("objectsScanned").asInt()).isEqualTo(3);

    assertThat(strings("MATCH (:AWSS3Prefix {id: $p})-[:USES_AI]->(u:AIUsage) "
        + "RETURN u.kind + ' ' + u.subject + ' ' + u.managed")).contains("import openai false",
        "package mlflow false", "package transformers false");
    assertThat(strings("MATCH (:AWSS3Prefix {id: $p})-[:USES_AI]->(u:AIUsage {kind: 'import', subject: 'openai'}) "
        + "UNWIND u.evidence AS e RETURN e")).containsExactly(PREFIX + "train.py:2");
    assertThat(strings("MATCH (:AWSS3Prefix {id: $p})-[:USES_PACKAGE]->(s:SoftwarePackage) "
        + "RETURN s.purl + ' ' + s.location")).containsExactlyInAnyOrder(
        "pkg:pypi/mlflow@2.2.0 " + PREFIX + "requirements.txt",
        "pkg:pypi/transformers@4.36.2 " + PREFIX + "requirements.txt");
    assertThat(strings("MATCH (:AWSS3Prefix {id: $p})-[:USES_PACKAGE]->(:SoftwarePackage {name: 'mlflow'})"
        + "-[:AFFECTED_BY]->(a:Advisory) WHERE a.severity = 'critical' RETURN a.advisoryId"))
        .contains("GHSA-xg73-94fp-g449");
    // Only objects named as code are read for AI use: the JSON Lines data is not.
    assertThat(strings("MATCH (:AWSS3Prefix {id: $p})-[:USES_AI]->(u:AIUsage) UNWIND u.evidence AS e RETURN e"))
        .noneMatch(e -> e.contains(".jsonl"));
  }

  @Test
  void aPrefixThatCannotBeReadKeepsWhatItsCodeHeldAndAFixedPinReplacesIt() {
    aws.scan(aws.organizationSettings(), "scan-1");

    aws.cloud().server().stubFor(get(urlPathMatching(".*/fraud/train/requirements\\.txt")).atPriority(1)
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
            .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));
    ScanLedger denied = aws.scan(aws.organizationSettings(), "scan-2");

    assertThat(denied.failures()).extracting(ScopeOutcome::operation)
        .contains("s3:GetObject s3://acme-training-data/fraud/train/");
    assertThat(strings("MATCH (:AWSS3Prefix {id: $p})-[:USES_PACKAGE]->(s:SoftwarePackage) RETURN s.purl"))
        .containsExactlyInAnyOrder("pkg:pypi/mlflow@2.2.0", "pkg:pypi/transformers@4.36.2");
    assertThat(strings("MATCH (:AWSS3Prefix {id: $p})-[:USES_PACKAGE]->(:SoftwarePackage {name: 'mlflow'})"
        + "-[:AFFECTED_BY]->(a:Advisory) RETURN a.advisoryId")).contains("GHSA-xg73-94fp-g449");

    aws.cloud().resetFaults();
    aws.cloud().awsObjects().put(BUCKET, "fraud/train/requirements.txt",
        "mlflow==2.10.2\n".getBytes(StandardCharsets.UTF_8));
    aws.scan(aws.organizationSettings(), "scan-3");

    assertThat(strings("MATCH (:AWSS3Prefix {id: $p})-[:USES_PACKAGE]->(s:SoftwarePackage) RETURN s.purl"))
        .containsExactly("pkg:pypi/mlflow@2.10.2");
    assertThat(strings("MATCH (s:SoftwarePackage) WHERE s.id STARTS WITH $p RETURN s.purl"))
        .containsExactly("pkg:pypi/mlflow@2.10.2");
    assertThat(strings("MATCH (a:Advisory) WHERE a.id STARTS WITH $p RETURN a.advisoryId")).isEmpty();
    // The requirements file no longer names the extra index, and the prefix no longer carries it.
    assertThat(prefix().get("packageIndexes").isNull()).isTrue();
    assertThat(strings("MATCH (u:AIUsage) WHERE u.id STARTS WITH $p RETURN u.kind + ' ' + u.subject"))
        .containsExactlyInAnyOrder("import openai", "package mlflow");
  }

  @Test
  void inferenceCodePackagedWithAModelHangsItsPackagesAndAdvisoriesFromTheArtifact() {
    String artifact = "s3://acme-models/churn-predictor/model.tar.gz";
    java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put("model.pkl", ModelArtifacts.cleanPickle());
    entries.put("code/inference.py", "import mlflow\nfrom langchain.llms import OpenAI\n".getBytes(StandardCharsets.UTF_8));
    entries.put("code/requirements.txt", "mlflow==2.2.0\nscikit-learn==1.3.2\n".getBytes(StandardCharsets.UTF_8));
    aws.cloud().awsObjects().put("acme-models", "churn-predictor/model.tar.gz", ModelArtifacts.tarGz(entries));

    aws.scan(aws.organizationSettings(), "scan-1");

    try (Session s = InProcessNeo4j.connection().session()) {
      Node a = s.run("MATCH (a:AWSModelArtifact {id: $a}) RETURN a", java.util.Map.of("a", artifact)).single().get("a").asNode();
      // The model is still judged as a model; its code is read in the same pass.
      assertThat(a.get("scanStatus").asString()).isEqualTo("clean");
      assertThat(a.get("codeObjectsScanned").asInt()).isEqualTo(1);
      assertThat(a.get("codeScanComplete").asBoolean()).isTrue();
      assertThat(s.run("MATCH (:AWSModelArtifact {id: $a})-[:USES_PACKAGE]->(p:SoftwarePackage)-[:AFFECTED_BY]->(v:Advisory) "
          + "WHERE v.severity = 'critical' RETURN p.purl + ' ' + p.location + ' ' + v.advisoryId AS x",
          java.util.Map.of("a", artifact)).list(r -> r.get("x").asString()))
          .contains("pkg:pypi/mlflow@2.2.0 " + artifact + "!/model.tar!/code/requirements.txt GHSA-xg73-94fp-g449");
      assertThat(s.run("MATCH (:AWSModelArtifact {id: $a})-[:USES_AI]->(u:AIUsage) RETURN u.kind + ' ' + u.subject AS x",
          java.util.Map.of("a", artifact)).list(r -> r.get("x").asString())).contains("import langchain.llms", "package mlflow");
    }
    // The malicious artifact beside it holds no code: nothing hangs from it.
    assertThat(strings("MATCH (:AWSModelArtifact {id: 's3://acme-models/fraud-detector/model.tar.gz'})"
        + "-[:USES_PACKAGE|USES_AI]->(x) RETURN x.id")).isEmpty();
  }

  private Node prefix() {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run("MATCH (p:AWSS3Prefix {id: $p}) RETURN p", java.util.Map.of("p", PREFIX)).single().get("p").asNode();
    }
  }

  private List<String> strings(String query) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(query, java.util.Map.of("p", PREFIX)).list(r -> r.get(0).asString());
    }
  }
}
