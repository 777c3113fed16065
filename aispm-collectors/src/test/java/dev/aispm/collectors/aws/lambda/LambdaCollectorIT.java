package dev.aispm.collectors.aws.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.SimulatedOrganization;
import dev.aispm.collectors.content.image.ImageBudget;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Session;

/**
 * The real SDK lists the simulated organization's functions, downloads their code from the
 * presigned locations GetFunction hands out, and the graph shows the hidden AI use. The same scan
 * (one scan, to keep the suite short) reads the registry's newest images through the registry
 * API (index, manifest, layers behind a presigned redirect) and the EC2 instances running
 * self-hosted servers: the shadow AI that no managed AI service reports.
 */
class LambdaCollectorIT {
  @RegisterExtension
  static final SimulatedOrganization aws = new SimulatedOrganization();

  @Test
  void findsHiddenAiUseAndVulnerableMlToolingInFunctionsImagesAndServers() {
    // The base image's layer download is refused: that image is recorded as failed, the scan goes on.
    aws.cloud().server().stubFor(get(urlPathMatching("/v2/platform/base-python/blobs/.*")).atPriority(1)
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
            .withBody("{\"errors\":[{\"code\":\"DENIED\",\"message\":\"not authorized\"}]}")));
    ScanLedger ledger = aws.scan(aws.organizationSettings(), "scan-1");

    assertThat(strings("MATCH (:Internet)-[:CAN_REACH {via: 'functionUrl'}]->(f:AWSLambdaFunction) "
        + "-[:USES_AI]->(u:AIUsage {managed: false}) RETURN DISTINCT f.name + ' ' + u.kind + ' ' + u.subject"))
        .containsExactlyInAnyOrder("ticket-summarizer package openai", "ticket-summarizer package mlflow",
            "ticket-summarizer import openai", "ticket-summarizer endpoint api.openai.com",
            "ticket-summarizer setting OPENAI_API_KEY");
    // The key in its environment, read through GetFunction: named, fingerprinted, never stored.
    assertThat(strings("MATCH (f:AWSLambdaFunction {name: 'ticket-summarizer'}) RETURN f.settingsScan + ' ' "
        + "+ toString(f.internetReachable) + ' ' + reduce(s = '', x IN f.environmentVariableNames | s + x + ',') + ' ' "
        + "+ f.settingSecrets[0]"))
        .singleElement().asString()
        .startsWith("scanned true OPENAI_API_KEY,SUMMARY_MODEL, OPENAI_API_KEY: secret.openai-api-key (critical), "
            + "preview sk-p****, fingerprint ")
        .doesNotContain("Tn3Wq8Lx5Zc2Vb7Kp4Rm9");
    assertThat(strings("MATCH (j:AWSSageMakerTrainingJob {name: 'fraud-detector-training'}) "
        + "UNWIND j.settingSecrets AS s RETURN s"))
        .singleElement().asString().startsWith("Environment.WANDB_API_KEY: secret.wandb-api-key (high), preview 874c****");
    assertThat(strings("MATCH (f:AWSLambdaFunction {name: 'ticket-summarizer'})-[:USES_PACKAGE]->(p:SoftwarePackage)"
        + "-[:AFFECTED_BY]->(a:Advisory {advisoryId: 'PYSEC-2023-252'}) RETURN p.purl + ' ' + a.fixedVersion"))
        .containsExactly("pkg:pypi/mlflow@2.9.1 2.9.2");
    // The agent's tool is read too, and its plain code holds no AI.
    assertThat(strings("MATCH (f:AWSLambdaFunction {name: 'refund-tool'}) RETURN f.codeScan + ' ' + "
        + "toString(COUNT { (f)-[:USES_AI]->() }) + ' ' + toString(EXISTS { (:Internet)-[:CAN_REACH]->(f) })"))
        .containsExactly("scanned 0 false");
    assertThat(ledger.failures()).noneMatch(o -> o.operation() != null && o.operation().startsWith("lambda:"));

    // SageMaker script mode: the training job's sourcedir.tar.gz, read from S3, calls OpenAI and
    // pins a Transformers release with a deserialization advisory.
    assertThat(strings("MATCH (j:AWSSageMakerTrainingJob {name: 'fraud-detector-training'})-[:USES_AI]->(u:AIUsage) "
        + "RETURN DISTINCT u.kind + ' ' + u.subject"))
        .contains("package transformers", "package openai", "import openai", "import transformers");
    assertThat(strings("MATCH (j:AWSSageMakerTrainingJob {codeScan: 'scanned'})-[:USES_PACKAGE]->(p:SoftwarePackage)"
        + "-[:AFFECTED_BY]->(a:Advisory {advisoryId: 'GHSA-37q5-v5qm-c9v8'}) RETURN j.name + ' ' + p.purl + ' ' "
        + "+ p.record"))
        .containsExactly("fraud-detector-training pkg:pypi/transformers@4.36.2 requirements");
    assertThat(ledger.failures()).noneMatch(o -> o.operation() != null && o.operation().contains("training source"));

    // ECR: the newest image of each repository, its hidden AI packages and its vulnerable MLflow.
    assertThat(strings("MATCH (i:AWSECRImage) RETURN i.name + ' ' + i.imageScan + ' ' + toString(i.layersRead) "
        + "ORDER BY i.name")).containsExactly("platform/base-python:3.11 failed 0",
        // the January build a task definition pins, read after the newest images
        "support/ticket-triage:2024-01-15 scanned 2", "support/ticket-triage:latest scanned 3");
    assertThat(strings("MATCH (i:AWSECRImage:ContainerImage)-[:USES_AI]->(u:AIUsage {managed: false}) "
        + "RETURN DISTINCT u.kind + ' ' + u.subject")).contains("package openai", "package langchain",
        "package mlflow", "import openai", "endpoint api.openai.com");
    assertThat(strings("MATCH (i:AWSECRImage)-[:USES_PACKAGE]->(p:SoftwarePackage)-[:AFFECTED_BY]->"
        + "(a:Advisory {advisoryId: 'PYSEC-2023-252'}) RETURN p.purl + ' ' + a.fixedVersion"))
        .containsExactly("pkg:pypi/mlflow@2.9.1 2.9.2");
    // The top layer's whiteout deleted Transformers 4.30.0.
    assertThat(strings("MATCH (:AWSECRImage {name: 'support/ticket-triage:latest'})-[:USES_PACKAGE]->"
        + "(p:SoftwarePackage {name: 'transformers'}) "
        + "RETURN p.purl")).isEmpty();
    assertThat(ledger.failures()).anySatisfy(f -> {
      assertThat(f.operation()).isEqualTo("ecr:BatchGetImage image layers");
      assertThat(f.error()).startsWith("image platform/base-python@sha256:").contains("HTTP 403");
    });

    // Self-hosted: an MLflow 2.9.1 tracking server on EC2, open to the internet on its port.
    assertThat(strings("MATCH (:Internet)-[:CAN_REACH]->(i:AWSEC2Instance)-[:USES_AI]->(u:AIUsage {kind: 'server'}) "
        + "RETURN i.name + ' ' + u.subject + ' ' + toString(u.dashboard) + ' ' + u.exposedPorts[0]"))
        .containsExactly("mlflow-tracking mlflow true tcp:5000");
    assertThat(strings("MATCH (:Internet)-[:CAN_REACH]->(i:AWSEC2Instance)-[:USES_PACKAGE]->(p:SoftwarePackage)"
        + "-[:AFFECTED_BY]->(a:Advisory {advisoryId: 'PYSEC-2023-252'}) RETURN i.name + ' ' + p.purl"))
        .containsExactly("mlflow-tracking pkg:pypi/mlflow@2.9.1");
    assertThat(strings("MATCH (i:AWSEC2Instance {name: 'bastion'}) RETURN i.id")).isEmpty();
    assertThat(aws.cloud().awsOperationsSeen()).contains("ec2:DescribeInstances", "ecr:BatchGetImage",
        "ecr:GetDownloadUrlForLayer", "ecr:GetAuthorizationToken");
  }

  @Test
  void aCodePackageThatCannotBeDownloadedIsRecordedAndTheOthersAreStillRead() {
    aws.cloud().server().stubFor(get(urlPathMatching("/snapshots/.*/ticket-summarizer")).atPriority(1)
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
            .withBody("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>")));
    aws.cloud().server().stubFor(get(urlPathMatching(".*/fraud-detector-training/source/sourcedir\\.tar\\.gz"))
        .atPriority(1).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
            .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));

    ScanLedger ledger = aws.scan(aws.organizationSettings(), "scan-1");

    assertThat(strings("MATCH (f:AWSLambdaFunction) WHERE f.name IN ['ticket-summarizer', 'refund-tool'] "
        + "RETURN f.name + ' ' + f.codeScan ORDER BY f.name"))
        .containsExactly("refund-tool scanned", "ticket-summarizer failed");
    ScopeOutcome failure = ledger.failures().stream()
        .filter(o -> "lambda:GetFunction code package".equals(o.operation())).findFirst().orElseThrow();
    assertThat(failure.error()).isEqualTo("function ticket-summarizer: code download answered HTTP 403");
    assertThat(failure.resourceType()).isEqualTo("SoftwarePackage");
    // The training job's source package is refused the same way: recorded, the job still written.
    assertThat(strings("MATCH (j:AWSSageMakerTrainingJob {name: 'fraud-detector-training'}) "
        + "RETURN j.codeScan + ' ' + toString(COUNT { (j)-[:USES_PACKAGE]->() })")).containsExactly("failed 0");
    assertThat(ledger.failures()).anySatisfy(f -> {
      assertThat(f.operation()).isEqualTo("s3:GetObject training source package");
      assertThat(f.error()).startsWith("training job fraud-detector-training: ").contains("403");
    });
  }

  @Test
  void theImagesWorkloadsPinComeAfterTheNewestOnesWithinTheSameBudget() {
    ScanLedger ledger = aws.scan(aws.organizationSettings(), "scan-1", new ImageBudget(2, 2L << 30));

    // Two images per region: each repository's newest is read; the build a task pins is kept as
    // a node, linked, and marked not read rather than passed.
    assertThat(strings("MATCH (i:AWSECRImage) RETURN i.name + ' ' + i.imageScan ORDER BY i.name"))
        .containsExactly("platform/base-python:3.11 scanned", "support/ticket-triage:2024-01-15 not-selected",
            "support/ticket-triage:latest scanned");
    assertThat(strings("MATCH (t:AWSECSTaskDefinition {name: 'ticket-reindex:3'})-[:RUNS_IMAGE]->(i:AWSECRImage) "
        + "RETURN i.name + ' ' + toString(COUNT { (i)-[:USES_PACKAGE]->() })"))
        .containsExactly("support/ticket-triage:2024-01-15 0");
    assertThat(ledger.failures()).noneMatch(f -> "ecr:BatchGetImage image layers".equals(f.operation()));
  }

  static List<String> strings(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).list(r -> r.get(0).isNull() ? null : r.get(0).asString());
    }
  }
}
