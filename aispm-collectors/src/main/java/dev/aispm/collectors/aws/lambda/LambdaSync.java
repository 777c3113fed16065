package dev.aispm.collectors.aws.lambda;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.apigateway.ApiGatewaySync;
import dev.aispm.collectors.aws.apigateway.ApiRouteTransformer;
import dev.aispm.collectors.aws.apigateway.ApiRouteTransformer.ApiRoute;
import dev.aispm.collectors.aws.lambda.LambdaFunctionTransformer.FunctionView;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;

/**
 * Collects every Lambda function of one region and reads each zip function's code package for
 * AI packages, AI use and vulnerable AI tooling: ListFunctions, GetFunction (configuration and a
 * presigned code URL), GetFunctionUrlConfig, the API Gateway routes that invoke functions (see
 * {@link ApiGatewaySync}), then the download within the content budget.
 *
 * <p>Downloads run one at a time, so a region holds at most one package in memory. A package that
 * could not be read (over budget, download failed, container image) is recorded on the function
 * node and, except images, on the scan for the package types, so cleanup keeps what an earlier
 * scan found in it instead of reading the gap as "no AI here".
 */
public final class LambdaSync {
  private static final String LAMBDA = "lambda";
  private static final List<NodeSchema> CODE_TYPES = SupplyChainGraph.TYPES;

  private LambdaSync() {}

  public static void sync(AwsScope scope, CodePackageScan codeScan, LambdaCodeFetcher downloads) {
    Instant start = Instant.now();
    NodeSchema type = LambdaFunctionSchema.NODE;
    LambdaClient client = scope.clients().lambda(scope.region());
    scope.progress("lambda functions", 0, -1);
    Optional<List<FunctionConfiguration>> listed = scope.call(type, LAMBDA, "ListFunctions",
        () -> LambdaFunctionFetcher.list(client));
    if (listed.isEmpty()) {
      return;
    }
    record Read(GetFunctionResponse function, String urlAuthType) {}
    List<Read> got = scope.describeAll(listed.get(), type, LAMBDA, "GetFunction", f -> {
      GetFunctionResponse r = LambdaFunctionFetcher.function(client, f.functionArn());
      String auth = scope.call(type, LAMBDA, "GetFunctionUrlConfig",
          () -> Optional.ofNullable(LambdaFunctionFetcher.urlAuthType(client, f.functionArn()))).flatMap(o -> o)
          .orElse(null);
      return new Read(r, auth);
    });
    // Functions behind an API have no URL of their own: the API's routes are their way in.
    ApiGatewaySync.Routes routes = got.isEmpty() ? new ApiGatewaySync.Routes(List.of(), true)
        : ApiGatewaySync.routes(scope, type);
    Map<String, List<ApiRoute>> byFunction = ApiRouteTransformer.byFunction(routes.routes());
    List<FunctionView> views = new ArrayList<>();
    boolean codeComplete = got.size() == listed.get().size();
    int done = 0;
    for (Read r : got) {
      scope.progress("lambda code", ++done, got.size());
      CodeReport code = code(scope, codeScan, downloads, r.function());
      if (code.status().equals(CodeReport.OVER_BUDGET) || code.status().equals(CodeReport.FAILED)) {
        codeComplete = false;
      }
      views.add(new FunctionView(r.function(), r.urlAuthType(), code,
          byFunction.getOrDefault(r.function().configuration().functionArn(), List.of()), routes.complete()));
    }
    LambdaFunctionTransformer.transformViews(views, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    // Without every API's routes a function's internet edge may be missing: cleanup must keep the
    // one an earlier scan drew.
    if (got.size() == listed.get().size() && routes.complete()) {
      scope.succeeded(type, got.size(), start);
    }
    if (codeComplete) {
      CODE_TYPES.forEach(t -> scope.succeeded(t, 0, start));
    }
  }

  /** Reads one function's code; every failure becomes a report (and a scan entry), never an exception. */
  static CodeReport code(AwsScope scope, CodePackageScan codeScan, LambdaCodeFetcher downloads,
      GetFunctionResponse function) {
    FunctionConfiguration f = function.configuration();
    String name = f.functionName();
    if (!"Zip".equals(f.packageTypeAsString()) && f.packageTypeAsString() != null) {
      // Container images live in ECR; their layers are read by the image scan, not here.
      return CodeReport.notRead(CodeReport.IMAGE, "container image function; its code is in ECR");
    }
    Instant start = Instant.now();
    String location = function.code() == null ? null : function.code().location();
    if (location == null || location.isBlank()) {
      return failed(scope, name, "GetFunction returned no code location", start, CodeReport.FAILED);
    }
    if (f.codeSize() != null && f.codeSize() > codeScan.maxBytes()) {
      return failed(scope, name, new LambdaCodeFetcher.OverBudgetException(f.codeSize(), codeScan.maxBytes())
          .getMessage(), start, CodeReport.OVER_BUDGET);
    }
    try {
      byte[] zip = downloads.download(location, codeScan.maxBytes());
      return codeScan.scan(zip, "lambda://" + scope.account() + "/" + scope.region().id() + "/" + name + ".zip");
    } catch (LambdaCodeFetcher.OverBudgetException e) {
      return failed(scope, name, e.getMessage(), start, CodeReport.OVER_BUDGET);
    } catch (IOException | RuntimeException e) {
      return failed(scope, name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), start,
          CodeReport.FAILED);
    }
  }

  private static CodeReport failed(AwsScope scope, String function, String error, Instant start, String status) {
    // Every code type: images of the same region write them too, and must not clean a function's.
    for (NodeSchema t : CODE_TYPES) {
      scope.context().ledger().failed(scope.key(), t, "lambda:GetFunction code package",
          "function " + function + ": " + error, null, Duration.between(start, Instant.now()));
    }
    return CodeReport.notRead(status, error);
  }
}
