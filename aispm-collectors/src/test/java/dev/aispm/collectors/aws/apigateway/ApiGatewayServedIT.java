package dev.aispm.collectors.aws.apigateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.aispm.collectors.aws.apigateway.ApiGatewayReachIT.SUMMARIZER;
import static dev.aispm.collectors.aws.apigateway.ApiGatewayReachIT.scanWithoutFunctionUrl;
import static dev.aispm.collectors.aws.apigateway.ApiGatewayReachIT.strings;
import static dev.aispm.collectors.aws.apigateway.ApiGatewayReachIT.tooling;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.aispm.collectors.aws.SimulatedAws;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.rules.engine.RuleMatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Functions behind API Gateway judged on what the API actually serves, end to end through the
 * real SDK against the simulated organization (the summarizer's function URL taken away, so an
 * API is its only way in): a deployed open route draws the internet edge; no deployed stage, a
 * disabled execute-api endpoint without a mapped custom domain, or a REST resource policy limited
 * to source IPs or a VPC endpoint draws none; a mapped domain or a policy that cannot be judged
 * keeps it, saying so.
 */
class ApiGatewayServedIT {
  static final ObjectMapper JSON = new ObjectMapper();

  static MappingBuilder answer(String path, String body) {
    return get(urlPathEqualTo(path)).atPriority(1).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(body));
  }

  /** The HTTP API as GetApis answers it, its default endpoint on or off. */
  static MappingBuilder httpApi(boolean endpointDisabled) {
    return answer("/v2/apis", "{\"items\":[{\"apiEndpoint\":\"https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com\","
        + "\"apiId\":\"a1b2c3d4e5\",\"apiKeySelectionExpression\":\"$request.header.x-api-key\",\"createdDate\":"
        + "\"2024-06-11T08:20:00Z\",\"disableExecuteApiEndpoint\":" + endpointDisabled + ",\"name\":\"support-api\","
        + "\"protocolType\":\"HTTP\",\"routeSelectionExpression\":\"$request.method $request.path\",\"tags\":{}}]}");
  }

  /**
   * The organization's REST API made regional (on the internet) with a resource policy, returned
   * as API Gateway returns one: quotes and slashes backslash-escaped inside the string. The HTTP
   * API is taken away, so the REST API's POST /summaries is the summarizer's only way in.
   */
  static MappingBuilder[] regionalRestApiWithPolicy(String policy) throws JsonProcessingException {
    Map<String, Object> api = new LinkedHashMap<>();
    api.put("id", "p3n8w5z0c6");
    api.put("name", "support-internal");
    api.put("createdDate", 1718093700);
    api.put("apiKeySource", "HEADER");
    api.put("endpointConfiguration", Map.of("types", List.of("REGIONAL"), "ipAddressType", "ipv4"));
    api.put("policy", policy.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
    api.put("disableExecuteApiEndpoint", false);
    api.put("rootResourceId", "s1r00t9x8w");
    return new MappingBuilder[] {
        answer("/restapis", JSON.writeValueAsString(Map.of("item", List.of(api)))),
        answer("/v2/apis", "{\"items\":[]}")};
  }

  static String policy(String allowCondition, String deny) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":"
        + "\"execute-api:Invoke\",\"Resource\":\"arn:aws:execute-api:us-east-1:111111111111:p3n8w5z0c6/*\""
        + (allowCondition == null ? "" : ",\"Condition\":" + allowCondition) + "}" + (deny == null ? "" : "," + deny)
        + "]}";
  }

  static List<String> reach() {
    return strings("MATCH (:Internet)-[r:CAN_REACH]->(f:AWSLambdaFunction) RETURN f.name + ' ' + r.via + ' ' "
        + "+ r.apiId + ' ' + r.route");
  }

  static List<String> summarizerRoutes() {
    return strings("MATCH (f:AWSLambdaFunction {name: 'ticket-summarizer'}) UNWIND f.apiRoutes AS r RETURN r");
  }

  @Test
  void aDeployedOpenRouteReachesTheFunctionAndTheEdgeNamesItsStages() {
    try (SimulatedAws aws = SimulatedAws.start()) {
      ScanLedger ledger = scanWithoutFunctionUrl(aws);
      assertThat(ledger.failures()).noneMatch(f -> f.operation() != null && f.operation().startsWith("apigateway:"));
      assertThat(aws.cloud().awsOperationsSeen()).contains("apigateway:GetStages", "apigateway:GetDomainNames");
    }
    assertThat(reach()).containsExactly("ticket-summarizer apiGateway a1b2c3d4e5 POST /summarize");
    assertThat(strings("MATCH (:Internet)-[r:CAN_REACH]->(:AWSLambdaFunction) UNWIND r.stages AS s RETURN s"))
        .containsExactly("$default");
    assertThat(tooling()).extracting(RuleMatch::resourceId).contains(SUMMARIZER);
  }

  @Test
  void anApiWithNoDeployedStageServesNothing() {
    try (SimulatedAws aws = SimulatedAws.start()) {
      scanWithoutFunctionUrl(aws, answer("/v2/apis/a1b2c3d4e5/stages", "{\"items\":[]}"));
    }
    assertThat(reach()).isEmpty();
    assertThat(summarizerRoutes())
        .contains("http API support-api (a1b2c3d4e5) POST /summarize, authorization NONE, no deployed stage");
    assertThat(tooling()).extracting(RuleMatch::resourceId).doesNotContain(SUMMARIZER);
  }

  @Test
  void aDisabledExecuteApiEndpointWithoutACustomDomainServesNothing() {
    try (SimulatedAws aws = SimulatedAws.start()) {
      scanWithoutFunctionUrl(aws, httpApi(true));
    }
    assertThat(reach()).isEmpty();
    assertThat(summarizerRoutes()).contains("http API support-api (a1b2c3d4e5) POST /summarize, authorization NONE, "
        + "execute-api endpoint disabled and no custom domain mapped");
    assertThat(tooling()).extracting(RuleMatch::resourceId).doesNotContain(SUMMARIZER);
  }

  @Test
  void aDisabledExecuteApiEndpointMappedOnACustomDomainIsReachedThroughIt() {
    try (SimulatedAws aws = SimulatedAws.start()) {
      ScanLedger ledger = scanWithoutFunctionUrl(aws, httpApi(true),
          answer("/v2/domainnames", "{\"items\":[{\"apiMappingSelectionExpression\":\"$request.basepath\","
              + "\"domainName\":\"chat.acme.example\",\"domainNameConfigurations\":[{\"apiGatewayDomainName\":"
              + "\"d-a1b2c3d4e5.execute-api.us-east-1.amazonaws.com\",\"domainNameStatus\":\"AVAILABLE\","
              + "\"endpointType\":\"REGIONAL\",\"hostedZoneId\":\"Z1UJRXOUMOOFQ8\",\"securityPolicy\":\"TLS_1_2\"}],"
              + "\"tags\":{}}]}"),
          answer("/v2/domainnames/chat.acme.example/apimappings", "{\"items\":[{\"apiId\":\"a1b2c3d4e5\","
              + "\"apiMappingId\":\"m4p1n6\",\"apiMappingKey\":\"\",\"stage\":\"$default\"}]}"));
      // stubbed answers bypass the organization's record of operations; the edge below shows they were read
      assertThat(ledger.failures()).noneMatch(f -> f.operation() != null && f.operation().startsWith("apigateway:"));
    }
    assertThat(reach()).containsExactly("ticket-summarizer apiGateway a1b2c3d4e5 POST /summarize");
    assertThat(strings("MATCH (:Internet)-[r:CAN_REACH]->(:AWSLambdaFunction) UNWIND r.customDomains AS d RETURN d"))
        .containsExactly("chat.acme.example");
    assertThat(tooling()).extracting(RuleMatch::resourceId).contains(SUMMARIZER);
  }

  @Test
  void aRegionalRestApiWithAnOpenPolicyReachesTheFunction() throws Exception {
    try (SimulatedAws aws = SimulatedAws.start()) {
      scanWithoutFunctionUrl(aws, regionalRestApiWithPolicy(policy(null, null)));
    }
    assertThat(reach()).containsExactlyInAnyOrder("ticket-summarizer apiGateway p3n8w5z0c6 POST /summaries",
        "refund-tool apiGateway p3n8w5z0c6 POST /refunds");
    assertThat(strings("MATCH (:Internet)-[r:CAN_REACH]->(:AWSLambdaFunction {name: 'ticket-summarizer'}) "
        + "RETURN r.policyUnjudged")).containsExactly((String) null);
  }

  @Test
  void aPolicyAllowingOnlySomeSourceIpsKeepsTheInternetOut() throws Exception {
    try (SimulatedAws aws = SimulatedAws.start()) {
      scanWithoutFunctionUrl(aws, regionalRestApiWithPolicy(
          policy("{\"IpAddress\":{\"aws:SourceIp\":[\"203.0.113.0/24\"]}}", null)));
    }
    assertThat(reach()).isEmpty();
    assertThat(summarizerRoutes()).containsExactly("rest API support-internal (p3n8w5z0c6) POST /summaries, "
        + "authorization NONE, resource policy allows only aws:SourceIp 203.0.113.0/24");
    assertThat(tooling()).extracting(RuleMatch::resourceId).doesNotContain(SUMMARIZER);
  }

  @Test
  void aPolicyDenyingEveryoneOutsideAVpcEndpointKeepsTheInternetOut() throws Exception {
    try (SimulatedAws aws = SimulatedAws.start()) {
      scanWithoutFunctionUrl(aws, regionalRestApiWithPolicy(policy(null, "{\"Effect\":\"Deny\",\"Principal\":\"*\","
          + "\"Action\":\"execute-api:Invoke\",\"Resource\":\"arn:aws:execute-api:us-east-1:111111111111:p3n8w5z0c6/*\","
          + "\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-0acme1apigw000001\"}}}")));
    }
    assertThat(reach()).isEmpty();
    assertThat(summarizerRoutes()).containsExactly("rest API support-internal (p3n8w5z0c6) POST /summaries, "
        + "authorization NONE, resource policy allows only aws:SourceVpce vpce-0acme1apigw000001");
  }

  @Test
  void aPolicyThatCannotBeJudgedKeepsTheEdgeAndSaysWhy() throws Exception {
    try (SimulatedAws aws = SimulatedAws.start()) {
      scanWithoutFunctionUrl(aws, regionalRestApiWithPolicy(
          policy("{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}", null)));
    }
    assertThat(reach()).contains("ticket-summarizer apiGateway p3n8w5z0c6 POST /summaries");
    assertThat(strings("MATCH (:Internet)-[r:CAN_REACH]->(:AWSLambdaFunction {name: 'ticket-summarizer'}) "
        + "RETURN r.policyUnjudged"))
        .containsExactly("resource policy condition not judged: StringEquals aws:PrincipalOrgID");
    assertThat(tooling()).extracting(RuleMatch::resourceId).contains(SUMMARIZER);
  }

  @Test
  void aFailedStageReadIsRecordedAndKeepsTheEdgeAnEarlierScanDrew() {
    try (SimulatedAws aws = SimulatedAws.start()) {
      scanWithoutFunctionUrl(aws);
      assertThat(reach()).containsExactly("ticket-summarizer apiGateway a1b2c3d4e5 POST /summarize");

      aws.cloud().server().stubFor(get(urlPathEqualTo("/v2/apis/a1b2c3d4e5/stages")).atPriority(1)
          .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
              .withHeader("x-amzn-ErrorType", "InternalServerError")
              .withBody("{\"message\":\"simulated failure\"}")));
      ScanLedger second = aws.scan(aws.organizationSettings("us-east-1"), "scan-2");
      assertThat(second.failures()).anySatisfy(f -> {
        assertThat(f.operation()).isEqualTo("apigateway:GET");
        assertThat(f.resourceType()).isEqualTo("AWSLambdaFunction");
      });
    }
    assertThat(reach()).containsExactly("ticket-summarizer apiGateway a1b2c3d4e5 POST /summarize");
  }

  @Test
  void aFailedDomainReadLeavesOutOnlyApisWhoseDefaultEndpointIsOff() {
    try (SimulatedAws aws = SimulatedAws.start()) {
      ScanLedger ledger = scanWithoutFunctionUrl(aws, get(urlPathEqualTo("/v2/domainnames")).atPriority(1)
          .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
              .withHeader("x-amzn-ErrorType", "InternalServerError")
              .withBody("{\"message\":\"simulated failure\"}")));
      assertThat(ledger.failures()).anySatisfy(f -> assertThat(f.operation()).isEqualTo("apigateway:GET"));
    }
    // the HTTP API's endpoint is on, so its domains only add names: it is still judged
    assertThat(reach()).containsExactly("ticket-summarizer apiGateway a1b2c3d4e5 POST /summarize");
  }
}
