package dev.aispm.collectors.aws.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.apigateway.ApiRouteTransformer.ApiRoute;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.RestApi;

/**
 * REST API resource policies judged for internet callers, on recorded GetRestApis answers whose
 * policies come back as API Gateway returns them (escaped, full execute-api ARNs). Every API has
 * the recorded methods: POST /summaries without authorization, GET /summaries with a Cognito
 * authorizer, POST /refunds with AWS_IAM.
 */
class ApiResourcePolicyTest {

  static Map<String, RestApi> apis() {
    try (ApiGatewayClient c = ApiRouteTransformerTest.rest("GetRestApis-policies.json")) {
      return ApiGatewayFetcher.restApis(c).stream().collect(Collectors.toMap(RestApi::name, a -> a));
    }
  }

  static Map<String, ApiRoute> routes(String apiName) {
    RestApi api = apis().get(apiName);
    return ApiRouteTransformer.restRoutes(api, ApiRouteTransformerTest.resources(),
            ApiRouteTransformer.restServing(api, ApiRouteTransformerTest.restStages("GetStages-support-public.json"),
                Map.of()))
        .stream().collect(Collectors.toMap(ApiRoute::route, r -> r));
  }

  @Test
  void noPolicyAnAllowToEveryoneOrToTheWholeInternetLeavesTheApiOpen() {
    for (String open : List.of("no-policy", "open-policy", "world-ip")) {
      Map<String, ApiRoute> r = routes(open);
      assertThat(r.get("POST /summaries").fromInternet()).as(open).isTrue();
      assertThat(r.get("POST /summaries").closedBy()).as(open).isNull();
      assertThat(r.get("POST /summaries").policyUnjudged()).as(open).isNull();
      assertThat(r.get("GET /summaries").fromInternet()).as(open).isTrue();
      assertThat(r.get("POST /refunds").fromInternet()).as(open).isFalse();
    }
  }

  @Test
  void anAllowLimitedToSourceIpsClosesAnUnauthorizedMethodButLeavesATokenAuthorizedOneToItsAuthorizer() {
    Map<String, ApiRoute> r = routes("office-only");
    assertThat(r.get("POST /summaries").fromInternet()).isFalse();
    assertThat(r.get("POST /summaries").describe()).isEqualTo("rest API office-only (ip0nly0a01) POST /summaries, "
        + "authorization NONE, resource policy allows only aws:SourceIp 203.0.113.0/24, 198.51.100.0/24");
    // only an explicit Deny stops a caller before a token authorizer
    assertThat(r.get("GET /summaries").fromInternet()).isTrue();
  }

  @Test
  void aDenyForEveryoneOutsideSomeRangesClosesEveryMethod() {
    Map<String, ApiRoute> r = routes("office-deny-others");
    assertThat(r.get("POST /summaries").closedBy()).isEqualTo("resource policy allows only aws:SourceIp 192.0.2.0/24");
    assertThat(r.get("GET /summaries").closedBy()).isEqualTo("resource policy allows only aws:SourceIp 192.0.2.0/24");
  }

  @Test
  void anAllowOnlyThroughAVpcEndpointClosesTheApi() {
    assertThat(routes("vpce-only").get("POST /summaries").closedBy())
        .isEqualTo("resource policy allows only aws:SourceVpce vpce-0acme1apigw000002");
  }

  @Test
  void anUnconditionalDenyToEveryoneClosesTheApiAndAPathScopedOneOnlyItsMethod() {
    assertThat(routes("closed").values()).noneMatch(ApiRoute::fromInternet)
        .filteredOn(x -> !x.authorizationType().equals("AWS_IAM"))
        .allSatisfy(x -> assertThat(x.closedBy()).isEqualTo("resource policy denies execute-api:Invoke to everyone"));
    Map<String, ApiRoute> r = routes("get-denied");
    assertThat(r.get("GET /summaries").fromInternet()).isFalse();
    assertThat(r.get("POST /summaries").fromInternet()).isTrue();
  }

  @Test
  void aConditionNotJudgedKeepsTheMethodReachableAndSaysWhy() {
    ApiRoute r = routes("org-only").get("POST /summaries");
    assertThat(r.fromInternet()).isTrue();
    assertThat(r.policyUnjudged()).isEqualTo("resource policy condition not judged: StringEquals aws:PrincipalOrgID");
    assertThat(r.describe()).endsWith("authorization NONE, resource policy condition not judged: StringEquals "
        + "aws:PrincipalOrgID");
  }

  @Test
  void policiesInOtherFormsAreReadOrLeftUnjudged() {
    // unescaped, short resource form, as the policy is written
    String shortForm = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"execute-api:*\","
        + "\"Resource\":\"execute-api:/prod/POST/*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}]}";
    assertThat(ApiResourcePolicy.judge(shortForm, "x", "POST", "/summaries", List.of("prod"), "NONE").reason())
        .isEqualTo("resource policy allows only aws:SourceIp 10.0.0.0/8");
    // the Allow names another stage: nothing allows the method
    assertThat(ApiResourcePolicy.judge(shortForm, "x", "POST", "/summaries", List.of("dev"), "NONE").reason())
        .isEqualTo("resource policy allows no one to invoke it");
    // an ANY method is open when one of its verbs is
    String getOnly = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\","
        + "\"Resource\":\"execute-api:/*/GET/*\"}]}";
    assertThat(ApiResourcePolicy.judge(getOnly, "x", "ANY", "/summaries", List.of("prod"), "NONE").outcome())
        .isEqualTo(ApiResourcePolicy.Outcome.OPEN);
    assertThat(ApiResourcePolicy.judge(getOnly, "x", "POST", "/summaries", List.of("prod"), "NONE").outcome())
        .isEqualTo(ApiResourcePolicy.Outcome.CLOSED);
    assertThat(ApiResourcePolicy.judge("not json", "x", "POST", "/a", List.of("prod"), "NONE"))
        .isEqualTo(new ApiResourcePolicy.Verdict(ApiResourcePolicy.Outcome.UNJUDGED, "resource policy does not parse"));
    String notPrincipal = "{\"Statement\":[{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::1:root\"},"
        + "\"Action\":\"execute-api:Invoke\",\"Resource\":\"*\"}]}";
    assertThat(ApiResourcePolicy.judge(notPrincipal, "x", "POST", "/a", List.of("prod"), "NONE").outcome())
        .isEqualTo(ApiResourcePolicy.Outcome.UNJUDGED);
    String namedOnly = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::222222222222:root\"},"
        + "\"Action\":\"execute-api:Invoke\",\"Resource\":\"*\"}]}";
    assertThat(ApiResourcePolicy.judge(namedOnly, "x", "POST", "/a", List.of("prod"), "NONE"))
        .isEqualTo(new ApiResourcePolicy.Verdict(ApiResourcePolicy.Outcome.UNJUDGED,
            "resource policy allows named principals only"));
    // a Deny of some ranges only leaves the rest of the internet in
    String blockList = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\","
        + "\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\",\"Resource\":"
        + "\"*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"198.51.100.7/32\"}}}]}";
    assertThat(ApiResourcePolicy.judge(blockList, "x", "POST", "/a", List.of("prod"), "NONE").outcome())
        .isEqualTo(ApiResourcePolicy.Outcome.OPEN);
  }
}
