package dev.aispm.collectors.aws.apigateway;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.apigateway.ApiRouteTransformer.ApiRoute;
import dev.aispm.graph.schema.NodeSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.BasePathMapping;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.ApiMapping;
import software.amazon.awssdk.services.apigatewayv2.model.Integration;
import software.amazon.awssdk.services.apigatewayv2.model.Route;

/**
 * Reads one region's API routes to Lambda functions and what each API serves: GetRestApis,
 * GetResources (methods embedded) and GetStages for REST APIs; GetApis, GetRoutes,
 * GetIntegrations and GetStages for HTTP and WebSocket APIs; GetDomainNames with
 * GetBasePathMappings and the v2 GetDomainNames with GetApiMappings for the custom domain names.
 * It writes nothing itself: the routes are part of what the function sync judges a function by,
 * so a failed call is recorded against the functions and leaves their earlier internet edges in
 * place.
 */
public final class ApiGatewaySync {
  private static final String SERVICE = "apigateway";

  private ApiGatewaySync() {}

  /**
   * The routes read.
   *
   * @param routes   every route to a function found
   * @param complete whether every call succeeded (an API whose routes, stages or, with its default
   *                 endpoint off, custom domains could not be read is missing)
   */
  public record Routes(List<ApiRoute> routes, boolean complete) {}

  /** The custom domain names serving each API id, and whether every domain read succeeded. */
  record Domains(Map<String, List<String>> byApi, boolean complete) {}

  public static Routes routes(AwsScope scope, NodeSchema type) {
    List<ApiRoute> out = new ArrayList<>();
    boolean complete = true;

    ApiGatewayClient rest = scope.clients().apiGateway(scope.region());
    ApiGatewayV2Client v2 = scope.clients().apiGatewayV2(scope.region());
    Optional<List<RestApi>> restApis = scope.call(type, SERVICE, "GetRestApis", () -> ApiGatewayFetcher.restApis(rest));
    Optional<List<Api>> apis = scope.call(type, SERVICE, "GetApis", () -> ApiGatewayFetcher.httpApis(v2));
    boolean anyApi = restApis.map(l -> !l.isEmpty()).orElse(false) || apis.map(l -> !l.isEmpty()).orElse(false);
    Domains domains = anyApi ? domains(scope, type, rest, v2) : new Domains(Map.of(), true);

    if (restApis.isPresent()) {
      record RestRead(RestApi api, List<Resource> resources,
          List<software.amazon.awssdk.services.apigateway.model.Stage> stages) {}
      List<RestRead> read = scope.describeAll(restApis.get(), type, SERVICE, "GetResources",
          a -> new RestRead(a, ApiGatewayFetcher.resources(rest, a.id()), ApiGatewayFetcher.restStages(rest, a.id())));
      for (RestRead r : read) {
        // Without its domains, an API whose default endpoint is off cannot be judged: leave it out.
        if (!domains.complete() && Boolean.TRUE.equals(r.api().disableExecuteApiEndpoint())) {
          complete = false;
          continue;
        }
        out.addAll(ApiRouteTransformer.restRoutes(r.api(), r.resources(),
            ApiRouteTransformer.restServing(r.api(), r.stages(), domains.byApi())));
      }
      complete &= read.size() == restApis.get().size();
    } else {
      complete = false;
    }

    if (apis.isPresent()) {
      record HttpRead(Api api, List<Route> routes, List<Integration> integrations,
          List<software.amazon.awssdk.services.apigatewayv2.model.Stage> stages) {}
      List<HttpRead> read = scope.describeAll(apis.get(), type, SERVICE, "GetRoutes",
          a -> new HttpRead(a, ApiGatewayFetcher.routes(v2, a.apiId()), ApiGatewayFetcher.integrations(v2, a.apiId()),
              ApiGatewayFetcher.httpStages(v2, a.apiId())));
      for (HttpRead r : read) {
        if (!domains.complete() && Boolean.TRUE.equals(r.api().disableExecuteApiEndpoint())) {
          complete = false;
          continue;
        }
        out.addAll(ApiRouteTransformer.httpRoutes(r.api(), r.routes(), r.integrations(),
            ApiRouteTransformer.httpServing(r.api(), r.stages(), domains.byApi())));
      }
      complete &= read.size() == apis.get().size();
    } else {
      complete = false;
    }
    return new Routes(List.copyOf(out), complete);
  }

  /**
   * Reads the custom domain names of both APIs and what each maps. A failed read is recorded and
   * makes the answer incomplete; what was read is still returned, as it only adds names.
   */
  static Domains domains(AwsScope scope, NodeSchema type, ApiGatewayClient rest, ApiGatewayV2Client v2) {
    boolean complete = true;
    Map<String, List<String>> restByApi = Map.of();
    Optional<List<software.amazon.awssdk.services.apigateway.model.DomainName>> restDomains =
        scope.call(type, SERVICE, "GetDomainNames", () -> ApiGatewayFetcher.restDomainNames(rest));
    if (restDomains.isPresent()) {
      List<software.amazon.awssdk.services.apigateway.model.DomainName> open =
          CustomDomainTransformer.publicRestDomains(restDomains.get());
      record Mapped(String domain, List<BasePathMapping> mappings) {}
      List<Mapped> mapped = scope.describeAll(open, type, SERVICE, "GetBasePathMappings",
          d -> new Mapped(d.domainName(), ApiGatewayFetcher.basePathMappings(rest, d.domainName())));
      Map<String, List<BasePathMapping>> byDomain = new LinkedHashMap<>();
      mapped.forEach(m -> byDomain.put(m.domain(), m.mappings()));
      restByApi = CustomDomainTransformer.restMappings(byDomain);
      complete = mapped.size() == open.size();
    } else {
      complete = false;
    }
    Map<String, List<String>> httpByApi = Map.of();
    Optional<List<software.amazon.awssdk.services.apigatewayv2.model.DomainName>> httpDomains =
        scope.call(type, SERVICE, "GetDomainNames", () -> ApiGatewayFetcher.httpDomainNames(v2));
    if (httpDomains.isPresent()) {
      List<String> names = httpDomains.get().stream()
          .map(software.amazon.awssdk.services.apigatewayv2.model.DomainName::domainName)
          .filter(java.util.Objects::nonNull).toList();
      record Mapped(String domain, List<ApiMapping> mappings) {}
      List<Mapped> mapped = scope.describeAll(names, type, SERVICE, "GetApiMappings",
          d -> new Mapped(d, ApiGatewayFetcher.apiMappings(v2, d)));
      Map<String, List<ApiMapping>> byDomain = new LinkedHashMap<>();
      mapped.forEach(m -> byDomain.put(m.domain(), m.mappings()));
      httpByApi = CustomDomainTransformer.httpMappings(byDomain);
      complete &= mapped.size() == names.size();
    } else {
      complete = false;
    }
    return new Domains(CustomDomainTransformer.merge(restByApi, httpByApi), complete);
  }
}
