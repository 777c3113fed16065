package dev.aispm.collectors.aws.apigateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.collectors.aws.apigateway.ApiRouteTransformer.ApiRoute;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.Route;

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

  static List<software.amazon.awssdk.services.apigateway.model.Stage> restStages(String file) {
    try (ApiGatewayClient c = rest(file)) {
      return ApiGatewayFetcher.restStages(c, "k7x2m9q4v1");
    }
  }

  static List<software.amazon.awssdk.services.apigatewayv2.model.Stage> httpStages(String file) {
    try (ApiGatewayV2Client c = v2(file)) {
      return ApiGatewayFetcher.httpStages(c, "a1b2c3d4e5");
    }
  }

  static Api httpApi() {
    try (ApiGatewayV2Client apis = v2("GetApis.json")) {
      return ApiGatewayFetcher.httpApis(apis).get(0);
    }
  }

  static List<ApiRoute> httpRoutes(Api api, ApiRouteTransformer.Serving serving) {
    try (ApiGatewayV2Client routes = v2("GetRoutes.json"); ApiGatewayV2Client integrations = v2("GetIntegrations.json")) {
      return ApiRouteTransformer.httpRoutes(api, ApiGatewayFetcher.routes(routes, api.apiId()),
          ApiGatewayFetcher.integrations(integrations, api.apiId()), serving);
    }
  }

  /** The recorded HTTP API's routes to functions, served on its deployed stage. */
  public static List<ApiRoute> httpRoutes() {
    Api api = httpApi();
    return httpRoutes(api, ApiRouteTransformer.httpServing(api, httpStages("GetStages-support-api.json"), Map.of()));
  }

  /** The recorded public REST API's methods that invoke functions, served on its deployed stage. */
  public static List<ApiRoute> restRoutes() {
    RestApi api = restApis().get(0);
    return ApiRouteTransformer.restRoutes(api, resources(),
        ApiRouteTransformer.restServing(api, restStages("GetStages-support-public.json"), Map.of()));
  }

  static final List<String> PROD = List.of("prod");
  static final List<String> DEFAULT = List.of("$default");

  @Test
  void aRestApisLambdaMethodsAreRoutesWithTheirAuthorizationAndMockOrStageVariableOnesAreNot() {
    assertThat(restRoutes()).containsExactlyInAnyOrder(
        new ApiRoute(FN + "ticket-summarizer", "rest", "k7x2m9q4v1", "support-public", "POST /summaries", "NONE",
            false, false, PROD, List.of(), null, null),
        // the alias in the URI is dropped: function nodes are unqualified
        new ApiRoute(FN + "ticket-summarizer", "rest", "k7x2m9q4v1", "support-public", "GET /summaries",
            "COGNITO_USER_POOLS", true, false, PROD, List.of(), null, null),
        new ApiRoute(FN + "refund-tool", "rest", "k7x2m9q4v1", "support-public", "POST /refunds", "AWS_IAM", false,
            false, PROD, List.of(), null, null));
    assertThat(restRoutes()).filteredOn(ApiRoute::fromInternet).extracting(ApiRoute::route)
        .containsExactlyInAnyOrder("POST /summaries", "GET /summaries");
  }

  @Test
  void aPrivateRestApiIsNotOnTheInternet() {
    RestApi internal = restApis().get(1);
    assertThat(internal.endpointConfiguration().typesAsStrings()).containsExactly("PRIVATE");
    List<ApiRoute> routes = ApiRouteTransformer.restRoutes(internal, resources(),
        ApiRouteTransformer.restServing(internal, restStages("GetStages-support-public.json"), Map.of()));
    assertThat(routes).hasSize(3).allMatch(ApiRoute::privateEndpoint).noneMatch(ApiRoute::fromInternet);
    assertThat(routes).extracting(ApiRoute::describe).contains("rest API support-internal (p3n8w5z0c6) POST "
        + "/summaries, authorization NONE, private endpoint");
  }

  @Test
  void anHttpApisRoutesLeadToTheFunctionsTheirIntegrationsInvoke() {
    assertThat(httpRoutes()).containsExactly(
        new ApiRoute(FN + "ticket-summarizer", "http", "a1b2c3d4e5", "support-api", "POST /summarize", "NONE", false,
            false, DEFAULT, List.of(), null, null),
        new ApiRoute(FN + "refund-tool", "http", "a1b2c3d4e5", "support-api", "POST /refunds", "AWS_IAM", false,
            false, DEFAULT, List.of(), null, null),
        new ApiRoute(FN + "ticket-summarizer", "http", "a1b2c3d4e5", "support-api", "GET /summaries/{id}", "JWT",
            false, false, DEFAULT, List.of(), null, null));
    assertThat(ApiRouteTransformer.byFunction(httpRoutes())).containsOnlyKeys(FN + "ticket-summarizer",
        FN + "refund-tool");
  }

  /** The recorded WebSocket API's routes to functions, with the routes given, served on a deployed stage. */
  static List<ApiRoute> webSocketRoutes(java.util.function.UnaryOperator<List<Route>> edit) {
    try (ApiGatewayV2Client apis = v2("GetApis-websocket.json"); ApiGatewayV2Client routes = v2("GetRoutes-websocket.json");
        ApiGatewayV2Client integrations = v2("GetIntegrations-websocket.json")) {
      Api ws = ApiGatewayFetcher.httpApis(apis).get(0);
      return ApiRouteTransformer.httpRoutes(ws, edit.apply(ApiGatewayFetcher.routes(routes, ws.apiId())),
          ApiGatewayFetcher.integrations(integrations, ws.apiId()),
          ApiRouteTransformer.httpServing(ws, httpStages("GetStages-support-api.json"), Map.of()));
    }
  }

  @Test
  void aWebSocketApisRoutesTakeTheAuthorizationOfItsConnectRoute() {
    // sendmessage and $default say NONE themselves, but a client reaches them only over a connection
    // that $connect authorized, with IAM signatures
    List<ApiRoute> routes = webSocketRoutes(r -> r);
    assertThat(routes).extracting(ApiRoute::apiType, ApiRoute::route, ApiRoute::functionArn, ApiRoute::authorizationType)
        .containsExactly(tuple("websocket", "$connect", FN + "chat-connect", "AWS_IAM"),
            tuple("websocket", "sendmessage", FN + "chat-handler", "AWS_IAM"),
            tuple("websocket", "$default", FN + "chat-handler", "AWS_IAM"));
    assertThat(routes).noneMatch(ApiRoute::fromInternet);

    // a Lambda authorizer on $connect answers whoever presents what it accepts, as a JWT authorizer does
    List<ApiRoute> custom = webSocketRoutes(rs -> rs.stream().map(r -> r.routeKey().equals("$connect")
        ? r.toBuilder().authorizationType("CUSTOM").authorizerId("wsauth1").build() : r).toList());
    assertThat(custom).allMatch(ApiRoute::fromInternet).extracting(ApiRoute::authorizationType).containsOnly("CUSTOM");

    // without a $connect route, any client connects and reaches every route
    List<ApiRoute> open = webSocketRoutes(rs -> rs.stream().filter(r -> !r.routeKey().equals("$connect")).toList());
    assertThat(open).extracting(ApiRoute::route).containsExactly("sendmessage", "$default");
    assertThat(open).allMatch(ApiRoute::fromInternet).extracting(ApiRoute::authorizationType).containsOnly("NONE");
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

  @Test
  void onlyStagesWithADeploymentServeAnApiAndAnApiWithoutOneIsClosed() {
    // the HTTP API's staging stage was created without a deployment: it answers nothing
    assertThat(httpStages("GetStages-support-api.json")).extracting(s -> s.stageName())
        .containsExactly("$default", "staging");
    assertThat(httpRoutes()).allSatisfy(r -> assertThat(r.stages()).containsExactly("$default"));

    Api api = httpApi();
    List<ApiRoute> undeployed = httpRoutes(api, ApiRouteTransformer.httpServing(api, httpStages("GetStages-none.json"),
        Map.of()));
    assertThat(undeployed).hasSize(3).noneMatch(ApiRoute::fromInternet)
        .allSatisfy(r -> assertThat(r.closedBy()).isEqualTo("no deployed stage"));
    assertThat(undeployed.get(0).describe())
        .isEqualTo("http API support-api (a1b2c3d4e5) POST /summarize, authorization NONE, no deployed stage");
  }

  @Test
  void aDisabledExecuteApiEndpointServesOnlyThroughAMappedCustomDomain() {
    Api off = httpApi().toBuilder().disableExecuteApiEndpoint(true).build();
    List<software.amazon.awssdk.services.apigatewayv2.model.Stage> stages = httpStages("GetStages-support-api.json");

    List<ApiRoute> unmapped = httpRoutes(off, ApiRouteTransformer.httpServing(off, stages, Map.of()));
    assertThat(unmapped).noneMatch(ApiRoute::fromInternet).first().satisfies(r -> assertThat(r.describe())
        .endsWith("authorization NONE, execute-api endpoint disabled and no custom domain mapped"));

    Map<String, List<String>> mapped = CustomDomainTransformerTest.domainsByApi();
    List<ApiRoute> viaDomain = httpRoutes(off, ApiRouteTransformer.httpServing(off, stages, mapped));
    assertThat(viaDomain).filteredOn(ApiRoute::fromInternet).extracting(ApiRoute::route)
        .containsExactly("POST /summarize", "GET /summaries/{id}");
    assertThat(viaDomain).allSatisfy(r -> assertThat(r.customDomains()).containsExactly("chat.acme.example"));

    // the REST API, its endpoint off too, is mapped on the REST domain name
    RestApi restOff = restApis().get(0).toBuilder().disableExecuteApiEndpoint(true).build();
    List<ApiRoute> rest = ApiRouteTransformer.restRoutes(restOff, resources(),
        ApiRouteTransformer.restServing(restOff, restStages("GetStages-support-public.json"), mapped));
    assertThat(rest).filteredOn(ApiRoute::fromInternet).extracting(ApiRoute::route)
        .containsExactlyInAnyOrder("POST /summaries", "GET /summaries");
    assertThat(rest).allSatisfy(r -> assertThat(r.customDomains()).containsExactly("help.acme.example"));
    assertThat(ApiRouteTransformer.restRoutes(restOff, resources(),
        ApiRouteTransformer.restServing(restOff, restStages("GetStages-support-public.json"), Map.of())))
        .noneMatch(ApiRoute::fromInternet);
  }
}
