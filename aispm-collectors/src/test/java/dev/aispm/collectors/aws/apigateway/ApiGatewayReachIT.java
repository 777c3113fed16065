package dev.aispm.collectors.aws.apigateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.aispm.collectors.aws.SimulatedAws;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.engine.RuleEngine;
import dev.aispm.rules.engine.RuleMatch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * Functions the internet reaches only through API Gateway, end to end: the real SDK reads the
 * simulated organization's HTTP API (a route without authorization to the ticket summarizer, an
 * IAM-authorized one to the refund tool) and its private REST API, and the attack-path rule judges
 * the function by that way in. The summarizer's function URL is taken away here, so the API is its
 * only way in.
 */
class ApiGatewayReachIT {
  static final String SUMMARIZER = "arn:aws:lambda:us-east-1:111111111111:function:ticket-summarizer";

  /**
   * Scans the simulated organization with the summarizer's URL gone and the given answers stubbed
   * in front of it; each test has a cloud and a graph of its own.
   */
  static ScanLedger scanWithoutFunctionUrl(SimulatedAws aws, MappingBuilder... stubs) {
    InProcessNeo4j.reset();
    // As Lambda answers for a function without a URL.
    aws.cloud().server().stubFor(get(urlPathMatching("/2021-10-31/functions/.*ticket-summarizer/url")).atPriority(1)
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withHeader("x-amzn-ErrorType", "ResourceNotFoundException")
            .withBody("{\"Type\":\"User\",\"Message\":\"The resource you requested does not exist.\"}")));
    for (MappingBuilder stub : stubs) {
      aws.cloud().server().stubFor(stub);
    }
    // The APIs and their functions are all in us-east-1.
    return aws.scan(aws.organizationSettings("us-east-1"), "scan-1");
  }

  @Test
  void aFunctionBehindAnApiRouteWithoutAuthorizationIsReachableAndItsVulnerableToolingIsAnAttackPath() {
    try (SimulatedAws aws = SimulatedAws.start()) {
      ScanLedger ledger = scanWithoutFunctionUrl(aws);
      assertThat(ledger.failures()).noneMatch(f -> f.operation() != null && f.operation().startsWith("apigateway:"));
      assertThat(aws.cloud().awsOperationsSeen()).contains("apigateway:GetRestApis", "apigateway:GetResources",
          "apigateway:GetApis", "apigateway:GetRoutes", "apigateway:GetIntegrations");
    }

    assertThat(strings("MATCH (:Internet)-[r:CAN_REACH]->(f:AWSLambdaFunction) RETURN f.name + ' ' + r.via + ' ' "
        + "+ r.apiType + ' ' + r.apiId + ' ' + r.route + ' ' + r.authorizationType"))
        .containsExactly("ticket-summarizer apiGateway http a1b2c3d4e5 POST /summarize NONE");
    // IAM-authorized on the HTTP API, unauthorized but private on the REST API: listed, not reachable
    assertThat(strings("MATCH (f:AWSLambdaFunction {name: 'refund-tool'}) UNWIND f.apiRoutes AS r RETURN r"))
        .containsExactlyInAnyOrder("http API support-api (a1b2c3d4e5) POST /refunds, authorization AWS_IAM",
            "rest API support-internal (p3n8w5z0c6) POST /refunds, authorization NONE, private endpoint");
    assertThat(tooling()).extracting(RuleMatch::resourceId).contains(SUMMARIZER);
    assertThat(tooling()).filteredOn(r -> r.resourceId().equals(SUMMARIZER)).first()
        .satisfies(r -> assertThat(r.reason()).startsWith("Internet-reachable ticket-summarizer ships mlflow 2.9.1"));
  }

  @Test
  void anIamAuthorizedRouteOrAPrivateApiLeavesTheFunctionUnreachableAndNoAttackPath() {
    // The HTTP API's summarize route now asks for AWS_IAM signatures; the private REST API still
    // routes to the function without authorization, but only from inside the VPC.
    try (SimulatedAws aws = SimulatedAws.start()) {
      scanWithoutFunctionUrl(aws, get(urlPathMatching("/v2/apis/a1b2c3d4e5/routes")).atPriority(1)
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
              .withBody("{\"items\":[{\"apiGatewayManaged\":false,\"apiKeyRequired\":false,\"authorizationType\":"
                  + "\"AWS_IAM\",\"routeId\":\"r1a2b3c\",\"routeKey\":\"POST /summarize\",\"target\":"
                  + "\"integrations/i1x2y3z\"}]}")));
    }

    assertThat(strings("MATCH (:Internet)-[r:CAN_REACH]->(f:AWSLambdaFunction) RETURN f.name")).isEmpty();
    assertThat(strings("MATCH (f:AWSLambdaFunction {name: 'ticket-summarizer'}) UNWIND f.apiRoutes AS r RETURN r"))
        .containsExactlyInAnyOrder("http API support-api (a1b2c3d4e5) POST /summarize, authorization AWS_IAM",
            "rest API support-internal (p3n8w5z0c6) POST /summaries, authorization NONE, private endpoint");
    assertThat(tooling()).extracting(RuleMatch::resourceId).doesNotContain(SUMMARIZER);
  }

  @Test
  void aFailedApiReadIsRecordedForTheFunctionsAndTheRestOfTheScanGoesOn() {
    try (SimulatedAws aws = SimulatedAws.start()) {
      ScanLedger ledger = scanWithoutFunctionUrl(aws, get(urlPathMatching("/v2/apis")).atPriority(1)
          .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
              .withHeader("x-amzn-ErrorType", "InternalServerError")
              .withBody("{\"message\":\"simulated failure\"}")));
      // recorded against the functions, so cleanup keeps the internet edges an earlier scan drew
      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.operation()).isEqualTo("apigateway:GET");
        assertThat(f.resourceType()).isEqualTo("AWSLambdaFunction");
      });
    }
    // the functions and the REST API's routes are still read
    assertThat(strings("MATCH (f:AWSLambdaFunction {name: 'refund-tool'}) UNWIND f.apiRoutes AS r RETURN r"))
        .containsExactly("rest API support-internal (p3n8w5z0c6) POST /refunds, authorization NONE, private endpoint");
    assertThat(strings("MATCH (f:AWSLambdaFunction {name: 'ticket-summarizer'}) RETURN f.codeScan"))
        .containsExactly("scanned");
  }

  static List<RuleMatch> tooling() {
    return new RuleEngine(InProcessNeo4j.connection().driver(), null).evaluate(RuleCatalog.builtIn()
        .rule("attack_path_internet_function_vulnerable_ai_tooling").orElseThrow());
  }

  static List<String> strings(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).list(r -> r.get(0).isNull() ? null : r.get(0).asString());
    }
  }
}
