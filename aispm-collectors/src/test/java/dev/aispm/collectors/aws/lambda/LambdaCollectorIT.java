package dev.aispm.collectors.aws.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.SimulatedAws;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * The real SDK lists the simulated organization's functions, downloads their code from the
 * presigned locations GetFunction hands out, and the graph shows the hidden AI use.
 */
class LambdaCollectorIT {
  static SimulatedAws aws;

  @BeforeAll
  static void start() {
    aws = SimulatedAws.start();
  }

  @AfterAll
  static void stop() {
    aws.close();
  }

  @BeforeEach
  void reset() {
    InProcessNeo4j.reset();
    aws.cloud().resetFaults();
  }

  @Test
  void findsHiddenAiUseAndVulnerableMlToolingInFunctionCode() {
    ScanLedger ledger = aws.scan(aws.organizationSettings(), "scan-1");

    assertThat(strings("MATCH (:Internet)-[:CAN_REACH {via: 'functionUrl'}]->(f:AWSLambdaFunction) "
        + "-[:USES_AI]->(u:AIUsage {managed: false}) RETURN DISTINCT f.name + ' ' + u.kind + ' ' + u.subject"))
        .containsExactlyInAnyOrder("ticket-summarizer package openai", "ticket-summarizer package mlflow",
            "ticket-summarizer import openai", "ticket-summarizer endpoint api.openai.com");
    assertThat(strings("MATCH (f:AWSLambdaFunction {name: 'ticket-summarizer'})-[:USES_PACKAGE]->(p:SoftwarePackage)"
        + "-[:AFFECTED_BY]->(a:Advisory {advisoryId: 'PYSEC-2023-252'}) RETURN p.purl + ' ' + a.fixedVersion"))
        .containsExactly("pkg:pypi/mlflow@2.9.1 2.9.2");
    // The agent's tool is read too, and its plain code holds no AI.
    assertThat(strings("MATCH (f:AWSLambdaFunction {name: 'refund-tool'}) RETURN f.codeScan + ' ' + "
        + "toString(COUNT { (f)-[:USES_AI]->() }) + ' ' + toString(EXISTS { (:Internet)-[:CAN_REACH]->(f) })"))
        .containsExactly("scanned 0 false");
    assertThat(ledger.failures()).noneMatch(o -> o.operation() != null && o.operation().startsWith("lambda:"));
  }

  @Test
  void aCodePackageThatCannotBeDownloadedIsRecordedAndTheOthersAreStillRead() {
    aws.cloud().server().stubFor(get(urlPathMatching("/snapshots/.*/ticket-summarizer")).atPriority(1)
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
            .withBody("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>")));

    ScanLedger ledger = aws.scan(aws.organizationSettings(), "scan-1");

    assertThat(strings("MATCH (f:AWSLambdaFunction) WHERE f.name IN ['ticket-summarizer', 'refund-tool'] "
        + "RETURN f.name + ' ' + f.codeScan ORDER BY f.name"))
        .containsExactly("refund-tool scanned", "ticket-summarizer failed");
    ScopeOutcome failure = ledger.failures().stream()
        .filter(o -> "lambda:GetFunction code package".equals(o.operation())).findFirst().orElseThrow();
    assertThat(failure.error()).isEqualTo("function ticket-summarizer: code download answered HTTP 403");
    assertThat(failure.resourceType()).isEqualTo("SoftwarePackage");
  }

  static List<String> strings(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).list(r -> r.get(0).isNull() ? null : r.get(0).asString());
    }
  }
}
