package dev.aispm.collectors.aws.apigateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.apigateway.model.Integration;
import software.amazon.awssdk.services.apigateway.model.Method;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.Route;

/**
 * Finds the API routes that invoke a Lambda function: a REST API method or an HTTP/WebSocket API
 * route whose Lambda integration names the function in its URI. A function reachable only through
 * an API has no function URL, so without these routes the internet's way in would go unseen.
 */
public final class ApiRouteTransformer {
  /**
   * A Lambda function's ARN inside an integration URI, either bare (HTTP APIs) or in API Gateway's
   * {@code arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations}
   * form; an alias or version after the name is left out, as function nodes are unqualified. A URI
   * naming the function through a stage variable names none.
   */
  private static final Pattern FUNCTION =
      Pattern.compile("arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+");

  private ApiRouteTransformer() {}

  /**
   * What an API serves, read beside its routes: a route of an API with no deployed stage answers
   * nothing, and one whose default execute-api endpoint is turned off answers only through a
   * custom domain name mapped to the API.
   *
   * @param stages                     the names of the stages that have a deployment
   * @param executeApiEndpointDisabled whether {@code disableExecuteApiEndpoint} is true
   * @param customDomains              the public custom domain names mapped to the API
   */
  public record Serving(List<String> stages, boolean executeApiEndpointDisabled, List<String> customDomains) {
    /** Why the API serves nothing, or null when it serves its routes. */
    public String notServed() {
      if (stages.isEmpty()) {
        return "no deployed stage";
      }
      if (executeApiEndpointDisabled && customDomains.isEmpty()) {
        return "execute-api endpoint disabled and no custom domain mapped";
      }
      return null;
    }
  }

  /**
   * One way into a function through an API.
   *
   * @param functionArn       the function's unqualified ARN
   * @param apiType           rest, http or websocket
   * @param apiId             the API's id
   * @param apiName           the API's name
   * @param route             the method and resource path (REST), or the route key (HTTP, WebSocket)
   * @param authorizationType NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS or JWT
   * @param apiKeyRequired    whether the method or route asks for an API key; null when not said
   * @param privateEndpoint   whether the REST API is served only inside VPCs (endpoint type PRIVATE)
   * @param stages            the API's deployed stages
   * @param customDomains     the public custom domain names mapped to the API
   * @param closedBy          why the route answers no one on the internet though its endpoint is
   *                          public (not deployed, endpoint off and unmapped, resource policy); null
   *                          when nothing closes it
   * @param policyUnjudged    why the REST API's resource policy could not be fully judged for this
   *                          route, which is then kept reachable; null when judged or absent
   */
  public record ApiRoute(String functionArn, String apiType, String apiId, String apiName, String route,
      String authorizationType, Boolean apiKeyRequired, boolean privateEndpoint, List<String> stages,
      List<String> customDomains, String closedBy, String policyUnjudged) {

    /**
     * Whether anyone on the internet can send a request down this route to the function. A private
     * endpoint is not on the internet, and AWS_IAM asks for a caller's signed AWS credentials, as a
     * function URL with AWS_IAM does; a token authorizer (JWT, Cognito, custom) answers whoever
     * holds a token, so the route stays reachable, with its authorization said on the edge. A route
     * nothing serves, or one the resource policy limits to some callers, is closed.
     */
    public boolean fromInternet() {
      return !privateEndpoint && !"AWS_IAM".equals(authorizationType) && closedBy == null;
    }

    /** One line for the function node, e.g. {@code http API support-api (a1b2c3) POST /chat, authorization NONE}. */
    public String describe() {
      return apiType + " API " + apiName + " (" + apiId + ") " + route + ", authorization " + authorizationType
          + (Boolean.TRUE.equals(apiKeyRequired) ? ", API key required" : "")
          + (privateEndpoint ? ", private endpoint" : "")
          + (closedBy == null ? "" : ", " + closedBy)
          + (policyUnjudged == null ? "" : ", " + policyUnjudged);
    }
  }

  /** The function ARN an integration URI invokes, unqualified, or null when it names none. */
  public static String functionArn(String uri) {
    if (uri == null) {
      return null;
    }
    Matcher m = FUNCTION.matcher(uri);
    return m.find() ? m.group() : null;
  }

  /** What a REST API serves: its stages with a deployment, its endpoint switch and its mapped domains. */
  public static Serving restServing(RestApi api, List<software.amazon.awssdk.services.apigateway.model.Stage> stages,
      Map<String, List<String>> domainsByApi) {
    return new Serving(stages.stream().filter(s -> s.deploymentId() != null).map(s -> s.stageName()).toList(),
        Boolean.TRUE.equals(api.disableExecuteApiEndpoint()), domainsByApi.getOrDefault(api.id(), List.of()));
  }

  /**
   * What an HTTP or WebSocket API serves. A stage without a deployment (auto-deploy that has not
   * run yet, or one created before any deployment) answers nothing.
   */
  public static Serving httpServing(Api api, List<software.amazon.awssdk.services.apigatewayv2.model.Stage> stages,
      Map<String, List<String>> domainsByApi) {
    return new Serving(stages.stream().filter(s -> s.deploymentId() != null).map(s -> s.stageName()).toList(),
        Boolean.TRUE.equals(api.disableExecuteApiEndpoint()), domainsByApi.getOrDefault(api.apiId(), List.of()));
  }

  /**
   * A REST API's methods whose Lambda integration (proxy or not) invokes a function, each judged
   * by what the API serves and by its resource policy.
   */
  public static List<ApiRoute> restRoutes(RestApi api, List<Resource> resources, Serving serving) {
    boolean privateEndpoint = api.endpointConfiguration() != null && api.endpointConfiguration().hasTypes()
        && api.endpointConfiguration().typesAsStrings().contains("PRIVATE");
    List<ApiRoute> out = new ArrayList<>();
    for (Resource r : resources) {
      if (!r.hasResourceMethods()) {
        continue;
      }
      for (Map.Entry<String, Method> e : r.resourceMethods().entrySet()) {
        Method m = e.getValue();
        Integration i = m.methodIntegration();
        String fn = i == null || !lambdaType(i.typeAsString()) ? null : functionArn(i.uri());
        if (fn != null) {
          String auth = authorization(m.authorizationType());
          String closedBy = serving.notServed();
          String unjudged = null;
          // A private API is off the internet whatever its policy says; its policy is its VPC's business.
          if (closedBy == null && !privateEndpoint && !"AWS_IAM".equals(auth)) {
            ApiResourcePolicy.Verdict v = ApiResourcePolicy.judge(api.policy(), api.id(), e.getKey(), r.path(),
                serving.stages(), auth);
            closedBy = v.open() ? null : v.reason();
            unjudged = v.outcome() == ApiResourcePolicy.Outcome.UNJUDGED ? v.reason() : null;
          }
          out.add(new ApiRoute(fn, "rest", api.id(), api.name(), e.getKey() + " " + r.path(), auth,
              m.apiKeyRequired(), privateEndpoint, serving.stages(), serving.customDomains(), closedBy, unjudged));
        }
      }
    }
    return out;
  }

  /**
   * An HTTP or WebSocket API's routes whose target is a Lambda integration, judged by what the API
   * serves (these APIs have no resource policy). A WebSocket API authorizes a client once, on its
   * {@code $connect} route; its other routes carry no authorization of their own, and whoever
   * connected may send to every one of them. So each WebSocket route takes the authorization of
   * {@code $connect}, and an API without a {@code $connect} route accepts any connection.
   */
  public static List<ApiRoute> httpRoutes(Api api, List<Route> routes,
      List<software.amazon.awssdk.services.apigatewayv2.model.Integration> integrations, Serving serving) {
    Map<String, String> functionByIntegration = new LinkedHashMap<>();
    for (var i : integrations) {
      String fn = lambdaType(i.integrationTypeAsString()) ? functionArn(i.integrationUri()) : null;
      if (fn != null && i.integrationId() != null) {
        functionByIntegration.put(i.integrationId(), fn);
      }
    }
    String type = api.protocolTypeAsString() == null ? "http" : api.protocolTypeAsString().toLowerCase(Locale.ROOT);
    String onConnect = "websocket".equals(type) ? connectAuthorization(routes) : null;
    List<ApiRoute> out = new ArrayList<>();
    for (Route r : routes) {
      // A route's target is "integrations/<integration id>".
      String target = r.target();
      String fn = target == null ? null
          : functionByIntegration.get(target.substring(target.lastIndexOf('/') + 1));
      if (fn != null) {
        out.add(new ApiRoute(fn, type, api.apiId(), api.name(), r.routeKey(),
            onConnect != null ? onConnect : authorization(r.authorizationTypeAsString()), r.apiKeyRequired(), false,
            serving.stages(), serving.customDomains(), serving.notServed(), null));
      }
    }
    return out;
  }

  /** The authorization of a WebSocket API's {@code $connect} route; NONE when it has none. */
  private static String connectAuthorization(List<Route> routes) {
    for (Route r : routes) {
      if ("$connect".equals(r.routeKey())) {
        return authorization(r.authorizationTypeAsString());
      }
    }
    return "NONE";
  }

  /** The routes by function ARN, in the order read. */
  public static Map<String, List<ApiRoute>> byFunction(List<ApiRoute> routes) {
    Map<String, List<ApiRoute>> out = new LinkedHashMap<>();
    routes.forEach(r -> out.computeIfAbsent(r.functionArn(), k -> new ArrayList<>()).add(r));
    return out;
  }

  private static boolean lambdaType(String integrationType) {
    return "AWS_PROXY".equals(integrationType) || "AWS".equals(integrationType);
  }

  /** API Gateway leaves the authorization type out when it is NONE, its default. */
  private static String authorization(String type) {
    return type == null || type.isEmpty() ? "NONE" : type;
  }
}
