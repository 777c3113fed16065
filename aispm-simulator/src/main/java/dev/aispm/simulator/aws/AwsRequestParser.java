package dev.aispm.simulator.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.simulator.aws.AwsCall.Protocol;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw HTTP request into an {@link AwsCall} the way AWS front ends do: the region and
 * service come from the SigV4 credential scope of the {@code Authorization} header, the operation
 * from the protocol's own place for it (target header, {@code Action} form field, or the REST
 * path). The REST path table is written from the services' API references.
 */
public final class AwsRequestParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CREDENTIAL =
      Pattern.compile("Credential=([^/,\\s]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request");
  /** Request fields that page or sort, never select: they are not part of an answer's key. */
  private static final Set<String> NON_KEY = Set.of("NextToken", "nextToken", "MaxResults", "maxResults",
      "SortBy", "SortOrder", "Marker", "MaxItems", "Action", "Version", "sortBy", "sortOrder", "MaxRecords");

  /**
   * Only parameters that name or identify a resource select an answer; flags and filters
   * ({@code AllRegions}, {@code NameContains}) do not.
   */
  static boolean identifying(String name) {
    // ECS names its resources without a suffix: {"cluster": ..., "taskDefinition": ...}.
    if (ECS_KEYS.contains(name)) {
      return true;
    }
    return !NON_KEY.contains(name) && !name.contains(".") && (name.endsWith("Name") || name.endsWith("Arn")
        || name.endsWith("Id") || name.endsWith("Identifier") || name.endsWith("Version") || name.endsWith("VersionId"));
  }

  private static final Set<String> ECS_KEYS = Set.of("cluster", "taskDefinition");

  private record Route(String service, String method, Pattern path, String operation, List<String> names) {}

  private static final List<Route> ROUTES = new ArrayList<>();

  static {
    // Bedrock control plane (REST-JSON, API version 2023-04-20).
    route("bedrock", "GET", "/custom-models", "ListCustomModels");
    route("bedrock", "GET", "/custom-models/{modelIdentifier}", "GetCustomModel");
    route("bedrock", "GET", "/model-customization-jobs", "ListModelCustomizationJobs");
    route("bedrock", "GET", "/model-customization-jobs/{jobIdentifier}", "GetModelCustomizationJob");
    route("bedrock", "GET", "/imported-models", "ListImportedModels");
    route("bedrock", "GET", "/imported-models/{modelIdentifier}", "GetImportedModel");
    route("bedrock", "GET", "/provisioned-model-throughputs", "ListProvisionedModelThroughputs");
    route("bedrock", "GET", "/guardrails", "ListGuardrails");
    route("bedrock", "GET", "/guardrails/{guardrailIdentifier}", "GetGuardrail");
    route("bedrock", "GET", "/logging/modelinvocations", "GetModelInvocationLoggingConfiguration");
    // Bedrock Agents (REST-JSON, API version 2023-06-05); note the trailing slashes of the model.
    route("bedrock-agent", "POST", "/agents/", "ListAgents");
    route("bedrock-agent", "GET", "/agents/{agentId}/", "GetAgent");
    route("bedrock-agent", "POST", "/agents/{agentId}/agentaliases/", "ListAgentAliases");
    route("bedrock-agent", "GET", "/agents/{agentId}/agentversions/{agentVersion}/", "GetAgentVersion");
    route("bedrock-agent", "POST", "/agents/{agentId}/agentversions/{agentVersion}/actiongroups/",
        "ListAgentActionGroups");
    route("bedrock-agent", "GET",
        "/agents/{agentId}/agentversions/{agentVersion}/actiongroups/{actionGroupId}/", "GetAgentActionGroup");
    route("bedrock-agent", "POST", "/agents/{agentId}/agentversions/{agentVersion}/knowledgebases/",
        "ListAgentKnowledgeBases");
    route("bedrock-agent", "POST", "/knowledgebases/", "ListKnowledgeBases");
    route("bedrock-agent", "GET", "/knowledgebases/{knowledgeBaseId}", "GetKnowledgeBase");
    route("bedrock-agent", "POST", "/knowledgebases/{knowledgeBaseId}/datasources/", "ListDataSources");
    route("bedrock-agent", "GET", "/knowledgebases/{knowledgeBaseId}/datasources/{dataSourceId}",
        "GetDataSource");
    // Lambda (REST-JSON, API version 2015-03-31).
    route("lambda", "GET", "/2015-03-31/functions", "ListFunctions");
    route("lambda", "GET", "/2015-03-31/functions/{FunctionName}", "GetFunction");
    route("lambda", "GET", "/2021-10-31/functions/{FunctionName}/url", "GetFunctionUrlConfig");
    route("lambda", "GET", "/2015-03-31/functions/{FunctionName}/policy", "GetPolicy");
    // API Gateway (REST-JSON): REST APIs (2015-07-09) and HTTP/WebSocket APIs (v2, 2018-11-29); both
    // sign as "apigateway", the path tells them apart.
    route("apigateway", "GET", "/restapis", "GetRestApis");
    route("apigateway", "GET", "/restapis/{restapi_id}/resources", "GetResources");
    route("apigateway", "GET", "/restapis/{restapi_id}/stages", "GetStages");
    route("apigateway", "GET", "/domainnames", "GetDomainNames");
    route("apigateway", "GET", "/domainnames/{domain_name}/basepathmappings", "GetBasePathMappings");
    route("apigateway", "GET", "/v2/apis", "GetApis");
    route("apigateway", "GET", "/v2/apis/{apiId}/routes", "GetRoutes");
    route("apigateway", "GET", "/v2/apis/{apiId}/integrations", "GetIntegrations");
    // Stages are keyed by API id, which REST and HTTP APIs never share; the two domain name
    // lists share an operation name and no key, so the organization keeps none and tests stub them.
    route("apigateway", "GET", "/v2/apis/{apiId}/stages", "GetStages");
    route("apigateway", "GET", "/v2/domainnames", "GetDomainNames");
    route("apigateway", "GET", "/v2/domainnames/{domainName}/apimappings", "GetApiMappings");
    // S3 Control (REST-XML).
    route("s3control", "GET", "/v20180820/configuration/publicAccessBlock", "GetPublicAccessBlock");
  }

  private static void route(String service, String method, String template, String operation) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    ROUTES.add(new Route(service, method, Pattern.compile(regex.toString()), operation, names));
  }

  private AwsRequestParser() {}

  /** The signer's view of a request: access key, region and signing service. */
  public record Signature(String accessKey, String region, String signingName) {}

  /** Reads the SigV4 credential scope, or null when the request is not signed. */
  public static Signature signature(String authorization) {
    if (authorization == null) {
      return null;
    }
    Matcher m = CREDENTIAL.matcher(authorization);
    return m.find() ? new Signature(m.group(1), m.group(3), m.group(4)) : null;
  }

  /**
   * Parses a request. Returns null when no known operation matches (the fake then answers as AWS
   * does for an unknown operation).
   */
  public static AwsCall parse(Signature sig, String account, String method, String url,
      String target, byte[] body) {
    String path = url;
    String query = "";
    int q = url.indexOf('?');
    if (q >= 0) {
      path = url.substring(0, q);
      query = url.substring(q + 1);
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (target != null && !target.isBlank()) {
      String service = sig.signingName();
      readJsonStrings(body, params);
      // A task definition ARN ends in family:revision; the answer is keyed by both, not by the revision alone.
      params.computeIfPresent("taskDefinition", (k, v) -> v.substring(v.lastIndexOf('/') + 1));
      return new AwsCall(service, Protocol.JSON, target.substring(target.lastIndexOf('.') + 1), account,
          sig.region(), sig.accessKey(), params, body);
    }
    switch (sig.signingName()) {
      case "iam", "sts", "ec2", "elasticloadbalancing" -> {
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        form.putAll(form(query));
        String action = form.get("Action");
        if (action == null) {
          return null;
        }
        form.forEach((k, v) -> {
          if (identifying(k)) {
            params.put(k, v);
          }
        });
        return new AwsCall(sig.signingName(), sig.signingName().equals("ec2") ? Protocol.EC2 : Protocol.QUERY,
            action, account, sig.region(), sig.accessKey(), params, body);
      }
      case "s3" -> {
        if (path.startsWith("/v20180820/")) {
          return rest(sig, account, method, path, query, body, "s3control", Protocol.REST_XML);
        }
        return s3(sig, account, method, path, query, body);
      }
      default -> {
        return rest(sig, account, method, path, query, body, null, Protocol.REST_JSON);
      }
    }
  }

  private static AwsCall rest(Signature sig, String account, String method, String path, String query,
      byte[] body, String onlyService, Protocol protocol) {
    for (Route r : ROUTES) {
      if (!r.method().equals(method) || (onlyService != null && !r.service().equals(onlyService))) {
        continue;
      }
      // Both Bedrock APIs sign as "bedrock"; the path tells them apart.
      boolean sameSigner = r.service().equals(sig.signingName())
          || (r.service().equals("bedrock-agent") && sig.signingName().equals("bedrock"))
          || r.service().equals(onlyService);
      if (!sameSigner) {
        continue;
      }
      Matcher m = r.path().matcher(path);
      if (m.matches()) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < r.names().size(); i++) {
          params.put(r.names().get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
        }
        return new AwsCall(r.service(), protocol, r.operation(), account, sig.region(), sig.accessKey(),
            params, body, query);
      }
    }
    return null;
  }

  /** Path-style S3: {@code /bucket?subresource} and {@code /bucket/key}. */
  private static AwsCall s3(Signature sig, String account, String method, String path, String query,
      byte[] body) {
    Map<String, String> params = new LinkedHashMap<>();
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.isEmpty()) {
      return new AwsCall("s3", Protocol.REST_XML, method.equals("GET") ? "ListBuckets" : "Unknown", account,
          sig.region(), sig.accessKey(), params, body);
    }
    int slash = trimmed.indexOf('/');
    String bucket = URLDecoder.decode(slash < 0 ? trimmed : trimmed.substring(0, slash), StandardCharsets.UTF_8);
    String key = slash < 0 || slash == trimmed.length() - 1 ? null
        : URLDecoder.decode(trimmed.substring(slash + 1), StandardCharsets.UTF_8);
    params.put("Bucket", bucket);
    Map<String, String> qs = form(query);
    String op;
    if (key != null) {
      params.put("Key", key);
      op = switch (method) {
        case "GET" -> "GetObject";
        case "HEAD" -> "HeadObject";
        default -> "PutObject";
      };
    } else if (!method.equals("GET") && !method.equals("HEAD")) {
      op = "PutBucket";
    } else if (method.equals("HEAD")) {
      op = "HeadBucket";
    } else if (qs.containsKey("policy")) {
      op = "GetBucketPolicy";
    } else if (qs.containsKey("policyStatus")) {
      op = "GetBucketPolicyStatus";
    } else if (qs.containsKey("publicAccessBlock")) {
      op = "GetPublicAccessBlock";
    } else if (qs.containsKey("acl")) {
      op = "GetBucketAcl";
    } else if (qs.containsKey("encryption")) {
      op = "GetBucketEncryption";
    } else if (qs.containsKey("versioning")) {
      op = "GetBucketVersioning";
    } else if (qs.containsKey("object-lock")) {
      op = "GetObjectLockConfiguration";
    } else if (qs.containsKey("logging")) {
      op = "GetBucketLogging";
    } else if (qs.containsKey("location")) {
      op = "GetBucketLocation";
    } else if (qs.containsKey("tagging")) {
      op = "GetBucketTagging";
    } else {
      op = "ListObjectsV2";
      if (qs.containsKey("prefix")) {
        params.put("Prefix", qs.get("prefix"));
      }
      if (qs.containsKey("delimiter")) {
        params.put("Delimiter", qs.get("delimiter"));
      }
      if (qs.containsKey("start-after")) {
        params.put("StartAfter", qs.get("start-after"));
      }
    }
    return new AwsCall("s3", Protocol.REST_XML, op, account, sig.region(), sig.accessKey(), params, body);
  }

  private static void readJsonStrings(byte[] body, Map<String, String> into) {
    if (body == null || body.length == 0) {
      return;
    }
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.isObject()) {
        node.properties().forEach(e -> {
          if (e.getValue().isTextual() && identifying(e.getKey())) {
            into.put(e.getKey(), e.getValue().asText());
          }
        });
      }
    } catch (java.io.IOException e) {
      // A body that is not JSON selects nothing; the operation's default answer applies.
    }
  }

  static Map<String, String> form(String encoded) {
    Map<String, String> out = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }
}
