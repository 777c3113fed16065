package dev.aispm.collectors.aws.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.collectors.aws.apigateway.ApiRouteTransformer.ApiRoute;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;

/** API routes to Lambda functions, found on recorded API Gateway answers (REST-JSON) read by the real SDK. */
class ApiRouteTransformerTest {
  static final String FN = "arn:aws:lambda:us-east-1:111111111111:function:";
  static final StaticCredentialsProvider CREDS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIARECORDED", "r"));

  static ApiGatewayClient rest(String file) {
    return ApiGatewayClient.builder().region(Region.US_EAST_1).credentialsProvider(CREDS)
        .httpClient(RecordedAnswersAccess.replaying("apigateway/" + file))
        .endpointOverride(URI.create("http://recorded.invalid")).build();
  }

  static ApiGatewayV2Client v2(String file) {
    return ApiGatewayV2Client.builder().region(Region.US_EAST_1).credentialsProvider(CREDS)
        .httpClient(RecordedAnswersAccess.replaying("apigateway/" + file))
        .endpointOverride(URI.create("http://recorded.invalid")).build();
  }

  static List<RestApi> restApis() {
    try (ApiGatewayClient c = rest("GetRestApis.json")) {
      return ApiGatewayFetcher.restApis(c);
    }
  }

  static List<Resource> resources() {
    try (ApiGatewayClient c = rest("GetResources-support-public.json")) {
      return ApiGatewayFetcher.resources(c, "k7x2m9q4v1");
    }
  }

  /** The recorded HTTP API's routes to functions. */
  public static List<ApiRoute> httpRoutes() {
    try (ApiGatewayV2Client apis = v2("GetApis.json"); ApiGatewayV2Client routes = v2("GetRoutes.json");
         ApiGatewayV2Client integrations = v2("GetIntegrations.json")) {
      Api api = ApiGatewayFetcher.httpApis(apis).get(0);
      return ApiRouteTransformer.httpRoutes(api, ApiGatewayFetcher.routes(routes, api.apiId()),
          ApiGatewayFetcher.integrations(integrations, api.apiId()));
    }
  }

  /** The recorded public REST API's methods that invoke functions. */
  public static List<ApiRoute> restRoutes() {
    return ApiRouteTransformer.restRoutes(restApis().get(0), resources());
  }

  @Test
  void aRestApisLambdaMethodsAreRoutesWithTheirAuthorizationAndMockOrStageVariableOnesAreNot() {
    assertThat(restRoutes()).containsExactlyInAnyOrder(
        new ApiRoute(FN + "ticket-summarizer", "rest", "k7x2m9q4v1", "support-public", "POST /summaries", "NONE",
            false, false),
        // the alias in the URI is dropped: function nodes are unqualified
        new ApiRoute(FN + "ticket-summarizer", "rest", "k7x2m9q4v1", "support-public", "GET /summaries",
            "COGNITO_USER_POOLS", true, false),
        new ApiRoute(FN + "refund-tool", "rest", "k7x2m9q4v1", "support-public", "POST /refunds", "AWS_IAM", false,
            false));
    assertThat(restRoutes()).filteredOn(ApiRoute::fromInternet).extracting(ApiRoute::route)
        .containsExactlyInAnyOrder("POST /summaries", "GET /summaries");
  }

  @Test
  void aPrivateRestApiIsNotOnTheInternet() {
    RestApi internal = restApis().get(1);
    assertThat(internal.endpointConfiguration().typesAsStrings()).containsExactly("PRIVATE");
    List<ApiRoute> routes = ApiRouteTransformer.restRoutes(internal, resources());
    assertThat(routes).hasSize(3).allMatch(ApiRoute::privateEndpoint).noneMatch(ApiRoute::fromInternet);
    assertThat(routes).extracting(ApiRoute::describe).contains("rest API support-internal (p3n8w5z0c6) POST "
        + "/summaries, authorization NONE, private endpoint");
  }

  @Test
  void anHttpApisRoutesLeadToTheFunctionsTheirIntegrationsInvoke() {
    assertThat(httpRoutes()).containsExactly(
        new ApiRoute(FN + "ticket-summarizer", "http", "a1b2c3d4e5", "support-api", "POST /summarize", "NONE", false,
            false),
        new ApiRoute(FN + "refund-tool", "http", "a1b2c3d4e5", "support-api", "POST /refunds", "AWS_IAM", false,
            false),
        new ApiRoute(FN + "ticket-summarizer", "http", "a1b2c3d4e5", "support-api", "GET /summaries/{id}", "JWT",
            false, false));
    assertThat(ApiRouteTransformer.byFunction(httpRoutes())).containsOnlyKeys(FN + "ticket-summarizer",
        FN + "refund-tool");
  }

  @Test
  void theFunctionIsFoundInBothUriFormsAndNotThroughAStageVariable() {
    assertThat(ApiRouteTransformer.functionArn("arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/"
        + "arn:aws:lambda:eu-west-1:222222222222:function:chat-handler:prod/invocations"))
        .isEqualTo("arn:aws:lambda:eu-west-1:222222222222:function:chat-handler");
    assertThat(ApiRouteTransformer.functionArn("arn:aws-cn:lambda:cn-north-1:333333333333:function:fn_1"))
        .isEqualTo("arn:aws-cn:lambda:cn-north-1:333333333333:function:fn_1");
    assertThat(ApiRouteTransformer.functionArn("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
        + "arn:aws:lambda:us-east-1:111111111111:function:${stageVariables.fn}/invocations")).isNull();
    assertThat(ApiRouteTransformer.functionArn("https://status.acme.example/health")).isNull();
    assertThat(ApiRouteTransformer.functionArn(null)).isNull();
  }
}
