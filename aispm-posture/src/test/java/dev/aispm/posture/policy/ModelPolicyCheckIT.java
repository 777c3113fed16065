package dev.aispm.posture.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * The policy step over a real graph: one verdict per judged model with its violations, the
 * previous verdicts replaced, and nothing left once no policy is configured.
 */
class ModelPolicyCheckIT {
  @TempDir
  Path dir;

  @BeforeEach
  void graph() {
    InProcessNeo4j.reset();
    run("""
        CREATE (:Asset:FoundationModel:AWSBedrockFoundationModel {id: 'fm-ok', type: 'AWSBedrockFoundationModel',
                name: 'anthropic.claude-3-haiku-20240307-v1:0', stub: true})
        CREATE (:Asset:Model:AzureCognitiveServicesDeployment {id: 'dep-x', type: 'AzureCognitiveServicesDeployment',
                name: 'grok', modelFormat: 'xAI', modelName: 'grok-3'})
        CREATE (m:Asset:Model:AWSSageMakerModel {id: 'sm', type: 'AWSSageMakerModel', name: 'fraud',
                modelDataUrl: 's3://scratch/fraud/model.tar.gz'})
        CREATE (m)-[:USES_ARTIFACT]->(:Asset:DataObject:ModelArtifact:AWSModelArtifact {id: 's3://scratch/fraud/model.tar.gz',
                type: 'AWSModelArtifact', scanStatus: 'malicious'})
        CREATE (:Asset:Model:AWSSageMakerModel {id: 'sm-stub', type: 'AWSSageMakerModel', stub: true})
        CREATE (:Asset:Notebook {id: 'nb', type: 'AWSSageMakerNotebookInstance'})
        """);
  }

  @Test
  void everyModelGetsOneVerdictAndTheRuleInputIsReplacedOrCleared() throws Exception {
    Path file = dir.resolve("policy.yaml");
    Files.writeString(file, """
        version: 1
        name: acme
        sources: {approved: ['s3://approved/**']}
        vendors: {approved: [anthropic, openai]}
        baseModels: {approved: ['anthropic.claude-*', 'gpt-4o*']}
        """);
    ModelPolicyCheck check = ModelPolicyCheck.fromEnvironment(Map.of(ModelPolicyCheck.ENV, file.toString()));
    assertThat(check.apply(InProcessNeo4j.connection(), "scan-1", Instant.now())).isEqualTo(2);
    assertThat(check.apply(InProcessNeo4j.connection(), "scan-2", Instant.now())).as("run twice").isEqualTo(2);

    assertThat(InProcessNeo4j.count("MATCH (v:ModelPolicyVerdict) RETURN count(v)")).isEqualTo(3);
    assertThat(InProcessNeo4j.count("MATCH (p:ModelPolicy {scanId: 'scan-2', modelsJudged: 3, modelsOutside: 2}) RETURN count(p)"))
        .isOne();
    assertThat(violations("fm-ok")).isEmpty();
    assertThat(violations("dep-x")).containsExactly("policy.vendor-not-approved", "policy.base-model-not-approved");
    assertThat(violations("sm")).containsExactly("policy.source-not-approved", "policy.unsafe-model");

    ModelPolicyCheck.clear(InProcessNeo4j.connection());
    assertThat(InProcessNeo4j.count("MATCH (n) WHERE n:ModelPolicy OR n:ModelPolicyVerdict RETURN count(n)")).isZero();
    assertThat(ModelPolicyCheck.fromEnvironment(Map.of())).isNull();
  }

  private static List<Object> violations(String modelId) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run("MATCH (:ModelPolicy)-[:GAVE]->(v:ModelPolicyVerdict)-[:JUDGES]->(:Asset {id: $id}) RETURN v.violations AS v",
          Map.of("id", modelId)).single().get("v").asList();
    }
  }

  private static void run(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run(cypher).consume();
    }
  }
}
