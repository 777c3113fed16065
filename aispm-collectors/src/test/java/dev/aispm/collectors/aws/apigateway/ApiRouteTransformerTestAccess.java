package dev.aispm.collectors.aws.apigateway;

import dev.aispm.collectors.aws.apigateway.ApiRouteTransformer.ApiRoute;
import java.util.List;
import java.util.stream.Stream;

/** Opens the recorded API routes to the function transform's tests. */
public final class ApiRouteTransformerTestAccess {
  private ApiRouteTransformerTestAccess() {}

  /** The recorded HTTP API's and public REST API's routes to one function, in that order. */
  public static List<ApiRoute> routesTo(String functionArn) {
    return Stream.concat(ApiRouteTransformerTest.httpRoutes().stream(), ApiRouteTransformerTest.restRoutes().stream()
        .sorted(java.util.Comparator.comparing(ApiRoute::route).reversed()))
        .filter(r -> r.functionArn().equals(functionArn)).toList();
  }
}
