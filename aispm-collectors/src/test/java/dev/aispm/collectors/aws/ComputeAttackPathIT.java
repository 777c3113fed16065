package dev.aispm.collectors.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.engine.RuleEngine;
import dev.aispm.rules.engine.RuleMatch;
import dev.aispm.rules.findings.PathStep;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * Attack paths that run through self-hosted AI servers on compute, end to end: the real SDK reads
 * the simulated organization (EC2, IAM, ECS, ECR), and the attack-path rules continue past the
 * vulnerable server to what its role reaches. Internet -> MLflow 2.9.1 on EC2 -> the instance
 * profile's role -> training data and the registered model artifacts; internet -> the ECS LLM
 * gateway -> the ECR image with MLflow 2.9.1 it runs -> the task role -> training data.
 */
class ComputeAttackPathIT {
  static SimulatedAws aws;
  static ScanLedger ledger;

  @BeforeAll
  static void scan() {
    aws = SimulatedAws.start();
    InProcessNeo4j.reset();
    ledger = aws.scan(aws.organizationSettings(), "scan-1");
  }

  @AfterAll
  static void stop() {
    aws.close();
  }

  @Test
  void instancesRunAsTheirProfilesRoleAndServicesAsTheirTaskRole() {
    assertThat(strings("MATCH (i:AWSEC2Instance)-[:RUNS_AS]->(r:AWSIAMRole) RETURN i.name + ' ' + r.name"))
        .containsExactly("mlflow-tracking MlflowServerRole");
    assertThat(strings("MATCH (s:AWSECSService)-[:RUNS_AS]->(r:AWSIAMRole) RETURN s.name + ' ' + r.name"))
        .containsExactlyInAnyOrder("llm-gateway LlmGatewayTaskRole", "llm-edge LlmGatewayTaskRole",
            "llm-internal LlmGatewayTaskRole");
    assertThat(strings("MATCH (s:AWSECSService)-[:RUNS_TASK_DEFINITION]->(t:AWSECSTaskDefinition) "
        + "RETURN s.name + ' ' + t.name")).containsExactlyInAnyOrder("llm-gateway llm-gateway:7",
        "llm-edge llm-gateway:7", "llm-internal llm-gateway:7");
    assertThat(ledger.failures()).noneMatch(f -> f.operation() != null && f.operation().startsWith("ecs:"));
    assertThat(aws.cloud().awsOperationsSeen()).contains("ecs:ListClusters", "ecs:ListServices",
        "ecs:DescribeServices", "ecs:ListTaskDefinitions", "ecs:DescribeTaskDefinition");
  }

  @Test
  void workloadsAreLinkedToTheImagesTheyRunAndServersAreRecognisedFromImages() {
    assertThat(strings("MATCH (w)-[:RUNS_IMAGE]->(i:AWSECRImage) RETURN w.type + ' ' + i.name "
        + "ORDER BY w.type, i.name"))
        .containsExactly("AWSECSService support/ticket-triage:latest", "AWSECSService support/ticket-triage:latest",
            "AWSECSService support/ticket-triage:latest", "AWSECSTaskDefinition support/ticket-triage:2024-01-15",
            "AWSECSTaskDefinition support/ticket-triage:latest");
    assertThat(strings("MATCH (:Internet)-[:CAN_REACH]->(s:AWSECSService)-[:USES_AI]->(u:AIUsage {kind: 'server'}) "
        + "RETURN s.name + ' ' + u.subject + ' ' + u.version + ' ' + u.exposedPorts[0]"))
        .containsExactlyInAnyOrder("llm-gateway vllm 0.4.2 tcp:8000", "llm-edge vllm 0.4.2 tcp:8000");
    // a task definition no service runs: in the AI inventory, not exposed
    assertThat(strings("MATCH (t:AWSECSTaskDefinition)-[:USES_AI]->(u:AIUsage {kind: 'server'}) "
        + "WHERE NOT EXISTS { (:Internet)-[:CAN_REACH]->(t) } RETURN t.name + ' ' + u.subject ORDER BY t.name"))
        .containsExactly("batch-embeddings:2 ollama", "llm-gateway:7 vllm");
  }

  @Test
  void aServiceBehindAnInternetFacingLoadBalancerRuleIsReachableAndOneBehindAnInternalOneIsNot() {
    // Neither has a public IP: only the internet-facing load balancer, whose group admits the world
    // on its listener, brings the internet to its tasks.
    assertThat(strings("MATCH (i:Internet)-[r:CAN_REACH]->(s:AWSECSService) RETURN s.name + ' ' + r.via + ' ' "
        + "+ coalesce(r.listenerPorts[0], '-') + ' ' + r.ports[0] ORDER BY s.name"))
        .containsExactly("llm-edge loadBalancer tcp:8000 tcp:8000", "llm-gateway securityGroupOpenToWorld - tcp:8000");
    assertThat(strings("MATCH (lb:AWSLoadBalancer)-[f:FORWARDS_TO]->(s:AWSECSService) RETURN lb.name + ' ' "
        + "+ lb.scheme + ' ' + coalesce(lb.internetExposedPorts[0], '-') + ' ' + s.name ORDER BY lb.name"))
        .containsExactly("llm-edge internet-facing tcp:8000 llm-edge", "llm-internal internal - llm-internal");
    assertThat(strings("MATCH (lb:AWSLoadBalancer {name: 'llm-edge'})-[:HAS_SECURITY_GROUP]->(g:AWSSecurityGroup) "
        + "RETURN g.groupId")).containsExactly("sg-0acme1llmgateway01");
    assertThat(ledger.failures()).noneMatch(f -> f.operation() != null
        && f.operation().startsWith("elasticloadbalancing:"));
    assertThat(aws.cloud().awsOperationsSeen()).contains("elasticloadbalancing:DescribeTargetGroups",
        "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeListeners",
        "elasticloadbalancing:DescribeRules");
    // The open HTTP listener answers 404 by default; only its host and path rule forwards to the
    // service, and the edge says which requests get through.
    assertThat(strings("MATCH (:Internet)-[r:CAN_REACH]->(s:AWSECSService {name: 'llm-edge'}) "
        + "UNWIND r.ruleConditions AS c RETURN c"))
        .containsExactly("tcp:8000 host-header=llm.acme.example and path-pattern=/v1/*");

    // The attack path now starts at the load balanced service too; the internal one has none.
    List<RuleMatch> rows = new RuleEngine(InProcessNeo4j.connection().driver(), null).evaluate(RuleCatalog.builtIn()
        .rule("attack_path_internet_ai_server_role_reaches_ai_data").orElseThrow());
    assertThat(rows).extracting(r -> names(r.path()))
        .contains("Internet > llm-edge > LlmGatewayTaskRole > acme-training-data")
        .noneMatch(p -> p.contains("llm-internal"));
  }

  @Test
  void anOlderImageATaskDefinitionPinsByDigestIsReadAndLinkedAndADeletedOneIsRecorded() {
    // The nightly re-index task runs the January build, not the newest: that build is read too,
    // and the Transformers 4.30.0 the newest one deletes counts for the task.
    assertThat(strings("MATCH (t:AWSECSTaskDefinition {name: 'ticket-reindex:3'})-[:RUNS_IMAGE]->(i:AWSECRImage) "
        + "RETURN i.name + ' ' + i.imageScan + ' ' + toString(i.layersRead) + ' ' + i.digest"))
        .singleElement().asString().startsWith("support/ticket-triage:2024-01-15 scanned 2 sha256:");
    assertThat(strings("MATCH (t:AWSECSTaskDefinition {name: 'ticket-reindex:3'})-[:RUNS_IMAGE]->(:AWSECRImage)"
        + "-[:USES_PACKAGE]->(p:SoftwarePackage)-[:AFFECTED_BY]->(a:Advisory) RETURN DISTINCT p.purl"))
        .containsExactly("pkg:pypi/transformers@4.30.0");
    // Its exporter names a digest the registry no longer has: said on the task, with why.
    assertThat(strings("MATCH (t:AWSECSTaskDefinition {name: 'ticket-reindex:3'}) UNWIND t.missingImages AS m "
        + "RETURN m")).containsExactly("111111111111.dkr.ecr.us-east-1.amazonaws.com/support/ticket-triage@sha256:"
        + "0".repeat(60) + "dead: no image with this digest in the repository (deleted, or expired by a lifecycle "
        + "policy)");
    assertThat(strings("MATCH (t:AWSECSTaskDefinition) WHERE t.missingImages IS NOT NULL RETURN t.name"))
        .containsExactly("ticket-reindex:3");
    // The newest image of each repository and the pinned build, each once.
    assertThat(strings("MATCH (i:AWSECRImage) RETURN i.name ORDER BY i.name")).containsExactly(
        "platform/base-python:3.11", "support/ticket-triage:2024-01-15", "support/ticket-triage:latest");
  }

  @Test
  void theVulnerableServersRoleLeadsToTrainingDataAndRegisteredModels() {
    RuleEngine engine = new RuleEngine(InProcessNeo4j.connection().driver(), null);
    List<RuleMatch> rows = engine.evaluate(RuleCatalog.builtIn()
        .rule("attack_path_internet_ai_server_role_reaches_ai_data").orElseThrow());

    assertThat(rows).extracting(r -> names(r.path())).contains(
        "Internet > mlflow-tracking > MlflowServerRole > acme-models",
        "Internet > mlflow-tracking > MlflowServerRole > acme-training-data",
        "Internet > llm-gateway > LlmGatewayTaskRole > acme-training-data");
    assertThat(rows).filteredOn(r -> r.path().get(2).name().equals("mlflow-tracking")
            && r.path().get(6).name().equals("acme-models"))
        .singleElement().satisfies(r -> {
          assertThat(r.reason()).contains("mlflow 2.9.1 (PYSEC-2023-252, high)", "MLflow tracking server",
              "can write acme-models", "registered model artifacts");
          assertThat(r.resourceIds()).anyMatch(id -> id.endsWith("#advisory/PYSEC-2023-252"));
        });
    assertThat(rows).filteredOn(r -> r.path().get(2).name().equals("llm-gateway")).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("mlflow 2.9.1", "can read acme-training-data"));

    List<RuleMatch> tooling = engine.evaluate(RuleCatalog.builtIn()
        .rule("attack_path_internet_function_vulnerable_ai_tooling").orElseThrow());
    assertThat(tooling).extracting(RuleMatch::resourceId)
        .contains("arn:aws:ecs:us-east-1:111111111111:service/ml-serving/llm-gateway");
  }

  static String names(List<PathStep> path) {
    return String.join(" > ", path.stream().filter(p -> p.kind().equals("node"))
        .map(p -> p.name() == null ? p.type() : p.name()).toList());
  }

  static List<String> strings(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).list(r -> r.get(0).isNull() ? null : r.get(0).asString());
    }
  }
}
