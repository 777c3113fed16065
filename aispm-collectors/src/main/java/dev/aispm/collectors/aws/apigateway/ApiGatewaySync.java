package dev.aispm.collectors.aws.apigateway;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.apigateway.ApiRouteTransformer.ApiRoute;
import dev.aispm.graph.schema.NodeSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.Integration;
import software.amazon.awssdk.services.apigatewayv2.model.Route;

/**
 * Reads one region's API routes to Lambda functions: GetRestApis and GetResources (methods
 * embedded) for REST APIs, GetApis, GetRoutes and GetIntegrations for HTTP and WebSocket APIs. It
 * writes nothing itself: the routes are part of what the function sync judges a function by, so
 * a failed call is recorded against the functions and leaves their earlier internet edges in place.
 */
public final class ApiGatewaySync {
  private static final String SERVICE = "apigateway";

  private ApiGatewaySync() {}

  /**
   * The routes read.
   *
   * @param routes   every route to a function found
   * @param complete whether every call succeeded (an API whose routes could not be read is missing)
   */
  public record Routes(List<ApiRoute> routes, boolean complete) {}

  public static Routes routes(AwsScope scope, NodeSchema type) {
    List<ApiRoute> out = new ArrayList<>();
    boolean complete = true;

    ApiGatewayClient rest = scope.clients().apiGateway(scope.region());
    Optional<List<RestApi>> restApis = scope.call(type, SERVICE, "GetRestApis", () -> ApiGatewayFetcher.restApis(rest));
    if (restApis.isPresent()) {
      record RestRead(RestApi api, List<Resource> resources) {}
      List<RestRead> read = scope.describeAll(restApis.get(), type, SERVICE, "GetResources",
          a -> new RestRead(a, ApiGatewayFetcher.resources(rest, a.id())));
      read.forEach(r -> out.addAll(ApiRouteTransformer.restRoutes(r.api(), r.resources())));
      complete = read.size() == restApis.get().size();
    } else {
      complete = false;
    }

    ApiGatewayV2Client v2 = scope.clients().apiGatewayV2(scope.region());
    Optional<List<Api>> apis = scope.call(type, SERVICE, "GetApis", () -> ApiGatewayFetcher.httpApis(v2));
    if (apis.isPresent()) {
      record HttpRead(Api api, List<Route> routes, List<Integration> integrations) {}
      List<HttpRead> read = scope.describeAll(apis.get(), type, SERVICE, "GetRoutes",
          a -> new HttpRead(a, ApiGatewayFetcher.routes(v2, a.apiId()), ApiGatewayFetcher.integrations(v2, a.apiId())));
      read.forEach(r -> out.addAll(ApiRouteTransformer.httpRoutes(r.api(), r.routes(), r.integrations())));
      complete &= read.size() == apis.get().size();
    } else {
      complete = false;
    }
    return new Routes(List.copyOf(out), complete);
  }
}
