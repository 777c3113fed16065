package dev.aispm.collectors.aws.apigateway;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.BasePathMapping;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.ApiMapping;
import software.amazon.awssdk.services.apigatewayv2.model.GetApiMappingsResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetDomainNamesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetStagesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetApisResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetIntegrationsResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetRoutesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.Integration;
import software.amazon.awssdk.services.apigatewayv2.model.Route;

/**
 * Reads API Gateway REST APIs with their methods and stages, HTTP APIs with their routes,
 * integrations and stages, and the custom domain names with what they map; SDK only.
 */
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

  /** Every stage of one REST API (GetStages answers them all in one page). */
  public static List<software.amazon.awssdk.services.apigateway.model.Stage> restStages(ApiGatewayClient client,
      String restApiId) {
    return List.copyOf(client.getStages(r -> r.restApiId(restApiId)).item());
  }

  /** Every REST custom domain name of the region, across pages. */
  public static List<software.amazon.awssdk.services.apigateway.model.DomainName> restDomainNames(
      ApiGatewayClient client) {
    List<software.amazon.awssdk.services.apigateway.model.DomainName> out = new ArrayList<>();
    client.getDomainNamesPaginator(r -> { }).items().forEach(out::add);
    return out;
  }

  /** Every base path mapping of one public REST custom domain name, across pages. */
  public static List<BasePathMapping> basePathMappings(ApiGatewayClient client, String domainName) {
    List<BasePathMapping> out = new ArrayList<>();
    client.getBasePathMappingsPaginator(r -> r.domainName(domainName)).items().forEach(out::add);
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

  /** Every stage of one HTTP or WebSocket API. */
  public static List<software.amazon.awssdk.services.apigatewayv2.model.Stage> httpStages(ApiGatewayV2Client client,
      String apiId) {
    return pages(t -> client.getStages(r -> r.apiId(apiId).nextToken(t)), GetStagesResponse::items,
        GetStagesResponse::nextToken);
  }

  /** Every custom domain name of the region as the v2 API lists them. */
  public static List<software.amazon.awssdk.services.apigatewayv2.model.DomainName> httpDomainNames(
      ApiGatewayV2Client client) {
    return pages(t -> client.getDomainNames(r -> r.nextToken(t)), GetDomainNamesResponse::items,
        GetDomainNamesResponse::nextToken);
  }

  /** Every API mapping of one custom domain name. */
  public static List<ApiMapping> apiMappings(ApiGatewayV2Client client, String domainName) {
    return pages(t -> client.getApiMappings(r -> r.domainName(domainName).nextToken(t)), GetApiMappingsResponse::items,
        GetApiMappingsResponse::nextToken);
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
