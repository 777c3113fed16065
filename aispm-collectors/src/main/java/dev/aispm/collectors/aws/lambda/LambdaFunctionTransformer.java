package dev.aispm.collectors.aws.lambda;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.aws.apigateway.ApiRouteTransformer.ApiRoute;
import dev.aispm.collectors.content.AiProviderSettings;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;

/**
 * Turns Lambda functions into function nodes linked to their execution role and, when their code
 * package was read, to the AI packages it holds, the AI use its code shows and the advisories
 * affecting those packages.
 */
public final class LambdaFunctionTransformer {
  private LambdaFunctionTransformer() {}

  /**
   * One function as read: GetFunction's answer, its URL's auth type, what its code held and the
   * API routes that invoke it.
   *
   * @param function    GetFunction's answer
   * @param urlAuthType NONE or AWS_IAM, null without a function URL
   * @param code        what reading the code package found, or why it was not read; null when not tried
   * @param apiRoutes   API Gateway routes whose integration invokes the function
   * @param routesKnown whether every API of the region was read: without that, a function with no
   *                    open way in may still have one, and its reachability is unknown
   */
  public record FunctionView(GetFunctionResponse function, String urlAuthType, CodeReport code,
      List<ApiRoute> apiRoutes, boolean routesKnown) {
    /** With every API of the region read. */
    public FunctionView(GetFunctionResponse function, String urlAuthType, CodeReport code,
        List<ApiRoute> apiRoutes) {
      this(function, urlAuthType, code, apiRoutes, true);
    }

    /** A function no API route is known to invoke. */
    public FunctionView(GetFunctionResponse function, String urlAuthType, CodeReport code) {
      this(function, urlAuthType, code, List.of(), true);
    }
  }

  /** Configurations only (as Bedrock agents' tools are read): function and role. */
  public static WriteBatch transform(List<FunctionConfiguration> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (FunctionConfiguration f : raw) {
      if (f.functionArn() != null) {
        out.node(LambdaFunctionSchema.NODE, function(f, scope).build());
        role(out, f, scope);
      }
    }
    return out;
  }

  /** Whole functions: configuration, function URL exposure and code contents. */
  public static WriteBatch transformViews(List<FunctionView> views, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (FunctionView v : views) {
      FunctionConfiguration f = v.function().configuration();
      if (f == null || f.functionArn() == null) {
        continue;
      }
      String id = f.functionArn();
      List<String> env = environmentNames(f);
      Map<String, Object> via = internetEdge(v);
      NodeRecord.Builder node = function(f, scope)
          .set("codeSize", f.codeSize())
          .set("codeSha256", f.codeSha256())
          .set("functionUrlAuthType", v.urlAuthType())
          .set("imageUri", v.function().code() == null ? null : v.function().code().imageUri())
          .set("resolvedImageUri", v.function().code() == null ? null : v.function().code().resolvedImageUri())
          .set("apiRoutes", v.apiRoutes().isEmpty() ? null : v.apiRoutes().stream().map(ApiRoute::describe).toList())
          .set("internetReachable", via != null ? Boolean.TRUE : v.routesKnown() ? Boolean.FALSE : null)
          .set("environmentVariableNames", env.isEmpty() ? null : env)
          .set("aiProviderSettings", env.isEmpty() ? null : AiProviderSettings.aiNames(env));
      SettingSecrets.Report settings = settings(f);
      SettingSecrets.write(node, settings);
      CodeReport code = v.code() == null ? null
          : v.code().withEvidence(AiProviderSettings.evidence(env, "environment of function " + f.functionName()));
      if (code != null) {
        node.set("codeScan", code.status())
            .set("codeScanError", code.error())
            .set("codeScanFindings", code.status().equals(CodeReport.SCANNED) ? code.contentFindings() : null);
        // Amazon Bedrock is AWS's managed AI service: its use shows in Bedrock's own inventory and logs.
        SupplyChainGraph.write(out, id, code, scope, LambdaFunctionSchema.USES_PACKAGE, LambdaFunctionSchema.USES_AI,
            "bedrock");
      }
      out.node(LambdaFunctionSchema.NODE, node.build());
      role(out, f, scope);
      if (via != null) {
        out.node(CommonSchemas.INTERNET, AwsIds.internet());
        out.rel(LambdaFunctionSchema.INTERNET_CAN_REACH, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, via));
      }
    }
    return out;
  }

  /** The names of the function's environment variables, sorted; values stay out of the graph. */
  static List<String> environmentNames(FunctionConfiguration f) {
    if (f.environment() == null || !f.environment().hasVariables()) {
      return List.of();
    }
    return f.environment().variables().keySet().stream().sorted().toList();
  }

  /**
   * The function's environment values judged for secrets. Lambda answers them in clear to whoever
   * may call GetFunction, unless they are encrypted with a customer managed key the caller may not
   * use: then the answer carries an error instead, and the check is unknown.
   */
  static SettingSecrets.Report settings(FunctionConfiguration f) {
    if (f.environment() != null && f.environment().error() != null) {
      var e = f.environment().error();
      return SettingSecrets.Report.notRead("environment not returned: " + e.errorCode()
          + (e.message() == null ? "" : " (" + e.message() + ")"));
    }
    Map<String, String> values = f.environment() == null || !f.environment().hasVariables() ? Map.of()
        : f.environment().variables();
    return SettingSecrets.report(values, "lambda:" + f.functionName() + " environment");
  }

  /**
   * How the internet invokes the function, or null when it cannot: a function URL without auth,
   * else an API route the internet reaches (one without authorization first). The edge names one
   * way in, with the stages that serve it, the custom domains mapped to its API and why its
   * resource policy was not judged if it was not, and lists every open API route.
   */
  static Map<String, Object> internetEdge(FunctionView v) {
    List<ApiRoute> open = v.apiRoutes().stream().filter(ApiRoute::fromInternet).toList();
    if (!"NONE".equals(v.urlAuthType()) && open.isEmpty()) {
      return null;
    }
    boolean url = "NONE".equals(v.urlAuthType());
    // Every key is written, null when it does not apply: the edge's properties are merged, and a
    // way in that changed since the last scan must not leave the old route behind.
    ApiRoute first = url ? null
        : open.stream().filter(r -> "NONE".equals(r.authorizationType())).findFirst().orElse(open.get(0));
    Map<String, Object> via = new LinkedHashMap<>();
    via.put("via", url ? "functionUrl" : "apiGateway");
    via.put("apiType", first == null ? null : first.apiType());
    via.put("apiId", first == null ? null : first.apiId());
    via.put("apiName", first == null ? null : first.apiName());
    via.put("route", first == null ? null : first.route());
    via.put("authorizationType", first == null ? null : first.authorizationType());
    via.put("stages", first == null ? null : first.stages());
    via.put("customDomains", first == null || first.customDomains().isEmpty() ? null : first.customDomains());
    via.put("policyUnjudged", first == null ? null : first.policyUnjudged());
    via.put("apiRoutes", open.isEmpty() ? null : open.stream().map(ApiRoute::describe).toList());
    return via;
  }

  private static NodeRecord.Builder function(FunctionConfiguration f, ScopeKey scope) {
    boolean vpc = f.vpcConfig() != null && f.vpcConfig().hasSubnetIds() && !f.vpcConfig().subnetIds().isEmpty();
    return NodeRecord.of(f.functionArn(), scope)
        .set("name", f.functionName())
        .set("runtime", f.runtimeAsString())
        .set("packageType", f.packageTypeAsString())
        .set("roleArn", f.role())
        .set("kmsKeyId", f.kmsKeyArn())
        .set("subnetIds", vpc ? f.vpcConfig().subnetIds() : null)
        .set("lastModified", f.lastModified());
  }

  private static void role(WriteBatch out, FunctionConfiguration f, ScopeKey scope) {
    if (f.role() != null) {
      out.rel(LambdaFunctionSchema.RUNS_AS, AwsIds.toRole(f.functionArn(), f.role(), scope));
    }
  }
}
