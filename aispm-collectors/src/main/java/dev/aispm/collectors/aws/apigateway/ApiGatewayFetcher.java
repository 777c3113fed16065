package dev.aispm.collectors.aws.apigateway;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.GetApisResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetIntegrationsResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetRoutesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.Integration;
import software.amazon.awssdk.services.apigatewayv2.model.Route;

/** Reads API Gateway REST APIs with their methods, and HTTP APIs with their routes and integrations; SDK only. */
public final class ApiGatewayFetcher {
  private ApiGatewayFetcher() {}

  /** Every REST API of the region, across pages. */
  public static List<RestApi> restApis(ApiGatewayClient client) {
    List<RestApi> out = new ArrayList<>();
    client.getRestApisPaginator(r -> { }).items().forEach(out::add);
    return out;
  }

  /**
   * Every resource of one REST API with its methods embedded (each method with its integration),
   * so one call per page answers what GetMethod and GetIntegration would per method.
   */
  public static List<Resource> resources(ApiGatewayClient client, String restApiId) {
    List<Resource> out = new ArrayList<>();
    client.getResourcesPaginator(r -> r.restApiId(restApiId).embed("methods")).items().forEach(out::add);
    return out;
  }

  /** Every HTTP and WebSocket API of the region. */
  public static List<Api> httpApis(ApiGatewayV2Client client) {
    return pages(t -> client.getApis(r -> r.nextToken(t)), GetApisResponse::items, GetApisResponse::nextToken);
  }

  /** Every route of one HTTP or WebSocket API. */
  public static List<Route> routes(ApiGatewayV2Client client, String apiId) {
    return pages(t -> client.getRoutes(r -> r.apiId(apiId).nextToken(t)), GetRoutesResponse::items,
        GetRoutesResponse::nextToken);
  }

  /** Every integration of one HTTP or WebSocket API. */
  public static List<Integration> integrations(ApiGatewayV2Client client, String apiId) {
    return pages(t -> client.getIntegrations(r -> r.apiId(apiId).nextToken(t)), GetIntegrationsResponse::items,
        GetIntegrationsResponse::nextToken);
  }

  /** Follows {@code nextToken} to the last page: the v2 SDK has no paginators for these calls. */
  private static <R, T> List<T> pages(Function<String, R> call, Function<R, List<T>> items,
      Function<R, String> nextToken) {
    List<T> out = new ArrayList<>();
    String token = null;
    do {
      R page = call.apply(token);
      out.addAll(items.apply(page));
      token = nextToken.apply(page);
    } while (token != null && !token.isEmpty());
    return out;
  }
}
