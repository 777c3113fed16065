package dev.aispm.collectors.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.collectors.aws.apigateway.ApiRouteTransformer.ApiRoute;
import dev.aispm.collectors.aws.apigateway.ApiRouteTransformerTestAccess;
import dev.aispm.collectors.aws.lambda.LambdaFunctionTransformer.FunctionView;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;

/** The Lambda transform on recorded GetFunction answers and code packages read by the real scanners. */
class LambdaFunctionTransformerTest {
  private static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  private static final String FN = "arn:aws:lambda:us-east-1:111111111111:function:ticket-summarizer";
  private static final CodePackageScan SCAN = new CodePackageScan(
      ContentScanEngine.withInstalledScanners(ScanLimits.defaults()), AiCatalogue.builtIn(),
      AdvisoryStore.bundled(), new ContentBudget(1 << 20, 8 << 20, 10));

  static GetFunctionResponse recorded(String file) {
    try (LambdaClient c = LambdaClient.builder().region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIARECORDED", "r")))
        .httpClient(RecordedAnswersAccess.replaying("lambda/" + file))
        .endpointOverride(URI.create("http://recorded.invalid")).build()) {
      return c.getFunction(r -> r.functionName("recorded"));
    }
  }

  /** A zip written the way a Python deployment package is laid out (pip install -t .). */
  static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (var e : files.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static final Map<String, String> SHADOW_AI = Map.of(
      "app.py", "import json\nimport openai\n\nAPI = 'https://api.openai.com/v1/chat/completions'\n\n"
          + "def handler(event, context):\n    return openai.chat.completions.create(model='gpt-4o', messages=[])\n",
      "openai-1.30.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: openai\nVersion: 1.30.1\n",
      "mlflow-2.9.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: mlflow\nVersion: 2.9.1\n",
      "requests-2.32.3.dist-info/METADATA", "Metadata-Version: 2.1\nName: requests\nVersion: 2.32.3\n");

  private static Map<String, NodeRecord> byId(List<NodeRecord> nodes) {
    return nodes.stream().collect(Collectors.toMap(NodeRecord::id, n -> n, (a, b) -> a));
  }

  @Test
  void hiddenAiUseAndVulnerableMlPackageBecomeNodes() {
    GetFunctionResponse fn = recorded("GetFunction.json");
    CodeReport code = SCAN.scan(zip(SHADOW_AI), "lambda://ticket-summarizer.zip");
    WriteBatch out = LambdaFunctionTransformer.transformViews(List.of(new FunctionView(fn, "NONE", code)), SCOPE);

    NodeRecord function = out.nodes(LambdaFunctionSchema.NODE).get(0);
    assertThat(function.id()).isEqualTo(FN);
    assertThat(function.properties()).containsEntry("codeScan", "scanned").containsEntry("codeSize", 2048L)
        .containsEntry("functionUrlAuthType", "NONE").containsEntry("codeScanError", null);

    Map<String, NodeRecord> packages = byId(out.nodes(SoftwarePackageSchema.NODE));
    // requests is not AI tooling: only catalogue packages become nodes
    assertThat(packages.keySet()).containsExactlyInAnyOrder(FN + "#package/pkg:pypi/openai@1.30.1",
        FN + "#package/pkg:pypi/mlflow@2.9.1");
    assertThat(packages.get(FN + "#package/pkg:pypi/mlflow@2.9.1").properties())
        .containsEntry("aiCategory", "ml-platform").containsEntry("selfHosted", true)
        .containsEntry("version", "2.9.1").containsEntry("record", "dist-info");
    assertThat(out.rels(LambdaFunctionSchema.USES_PACKAGE)).hasSize(2);

    Map<String, NodeRecord> uses = byId(out.nodes(AiUsageSchema.NODE));
    assertThat(uses).containsKeys(FN + "#ai/package/openai", FN + "#ai/import/openai",
        FN + "#ai/endpoint/api.openai.com");
    NodeRecord endpoint = uses.get(FN + "#ai/endpoint/api.openai.com");
    assertThat(endpoint.properties()).containsEntry("managed", false);
    assertThat(endpoint.properties().get("evidence")).isEqualTo(List.of("lambda://ticket-summarizer.zip!/app.py:4"));

    List<NodeRecord> advisories = out.nodes(AdvisorySchema.NODE);
    assertThat(advisories).isNotEmpty();
    assertThat(advisories).allSatisfy(a -> assertThat(a.id()).startsWith(FN + "#package/pkg:pypi/mlflow@2.9.1#advisory/"));
    NodeRecord traversal = byId(advisories).get(FN + "#package/pkg:pypi/mlflow@2.9.1#advisory/PYSEC-2023-252");
    assertThat(traversal.properties()).containsEntry("fixedVersion", "2.9.2")
        .containsEntry("aliases", List.of("CVE-2023-6909")).containsEntry("package", "mlflow");
    assertThat(out.rels(AdvisorySchema.AFFECTED_BY)).hasSize(advisories.size());

    assertThat(out.rels(LambdaFunctionSchema.INTERNET_CAN_REACH)).singleElement()
        .satisfies(r -> assertThat(r.properties()).containsEntry("via", "functionUrl"));
    assertThat(out.rels(LambdaFunctionSchema.RUNS_AS)).hasSize(1);
  }

  @Test
  void plainCodeAndBedrockUseGiveNoShadowAi() {
    GetFunctionResponse fn = recorded("GetFunction.json");
    CodeReport code = SCAN.scan(zip(Map.of("app.py", "import boto3\nrt = boto3.client('bedrock-runtime')\n",
        "requests-2.32.3.dist-info/METADATA", "Metadata-Version: 2.1\nName: requests\nVersion: 2.32.3\n")),
        "lambda://ticket-summarizer.zip");
    WriteBatch out = LambdaFunctionTransformer.transformViews(List.of(new FunctionView(fn, "AWS_IAM", code)), SCOPE);

    assertThat(out.nodes(SoftwarePackageSchema.NODE)).isEmpty();
    assertThat(out.nodes(AdvisorySchema.NODE)).isEmpty();
    assertThat(out.nodes(AiUsageSchema.NODE)).singleElement()
        .satisfies(u -> assertThat(u.properties()).containsEntry("kind", "client").containsEntry("managed", true));
    // a function URL that needs IAM auth is not an internet entry point
    assertThat(out.rels(LambdaFunctionSchema.INTERNET_CAN_REACH)).isEmpty();
  }

  @Test
  void unreadPackagesAreRecordedNotPassed() {
    GetFunctionResponse image = recorded("GetFunction-image.json");
    GetFunctionResponse zip = recorded("GetFunction.json");
    WriteBatch out = LambdaFunctionTransformer.transformViews(List.of(
        new FunctionView(image, null, CodeReport.notRead(CodeReport.IMAGE, "container image function")),
        new FunctionView(zip, null, CodeReport.notRead(CodeReport.OVER_BUDGET, "over the content budget"))), SCOPE);

    Map<String, NodeRecord> fns = byId(out.nodes(LambdaFunctionSchema.NODE));
    assertThat(fns.get("arn:aws:lambda:us-east-1:111111111111:function:image-classifier").properties())
        .containsEntry("codeScan", "image").containsEntry("packageType", "Image").containsEntry("codeScanFindings", null)
        .containsEntry("imageUri", "111111111111.dkr.ecr.us-east-1.amazonaws.com/image-classifier:latest")
        .containsEntry("resolvedImageUri", "111111111111.dkr.ecr.us-east-1.amazonaws.com/image-classifier@sha256:"
            + "5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270");
    assertThat(fns.get(FN).properties()).containsEntry("codeScan", "over-budget")
        .containsEntry("codeScanError", "over the content budget");
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).isEmpty();
    assertThat(out.nodes(AiUsageSchema.NODE)).isEmpty();
  }

  @Test
  void aFunctionWithoutAUrlIsReachedThroughAnApiRouteWithoutIamAuthorization() {
    GetFunctionResponse fn = recorded("GetFunction.json");
    List<ApiRoute> routes = ApiRouteTransformerTestAccess.routesTo(FN);
    WriteBatch out = LambdaFunctionTransformer.transformViews(List.of(new FunctionView(fn, null, null, routes)), SCOPE);

    // the route without authorization is named, the token-authorized ones are listed with it
    assertThat(out.rels(LambdaFunctionSchema.INTERNET_CAN_REACH)).singleElement().satisfies(r ->
        assertThat(r.properties()).containsEntry("via", "apiGateway").containsEntry("apiType", "http")
            .containsEntry("apiId", "a1b2c3d4e5").containsEntry("apiName", "support-api")
            .containsEntry("route", "POST /summarize").containsEntry("authorizationType", "NONE")
            .containsEntry("stages", List.of("$default")).containsEntry("customDomains", null)
            .containsEntry("policyUnjudged", null)
            .containsEntry("apiRoutes", List.of(
                "http API support-api (a1b2c3d4e5) POST /summarize, authorization NONE",
                "http API support-api (a1b2c3d4e5) GET /summaries/{id}, authorization JWT",
                "rest API support-public (k7x2m9q4v1) POST /summaries, authorization NONE",
                "rest API support-public (k7x2m9q4v1) GET /summaries, authorization COGNITO_USER_POOLS, API key "
                    + "required")));
    assertThat(out.nodes(LambdaFunctionSchema.NODE).get(0).properties().get("apiRoutes")).asList().hasSize(4);
  }

  @Test
  void iamAuthorizedOrPrivateRoutesAreListedButDrawNoInternetEdge() {
    GetFunctionResponse fn = recorded("GetFunction.json");
    List<ApiRoute> closed = List.of(
        new ApiRoute(FN, "http", "a1b2c3d4e5", "support-api", "POST /summarize", "AWS_IAM", false, false,
            List.of("$default"), List.of(), null, null),
        new ApiRoute(FN, "rest", "p3n8w5z0c6", "support-internal", "POST /summaries", "NONE", false, true,
            List.of("prod"), List.of(), null, null),
        new ApiRoute(FN, "rest", "k7x2m9q4v1", "support-public", "POST /summaries", "NONE", false, false,
            List.of("prod"), List.of(), "resource policy allows only aws:SourceIp 192.0.2.0/24", null),
        new ApiRoute(FN, "http", "q9r8s7t6u5", "drafts", "POST /summarize", "NONE", false, false,
            List.of(), List.of(), "no deployed stage", null));
    WriteBatch out = LambdaFunctionTransformer.transformViews(List.of(new FunctionView(fn, "AWS_IAM", null, closed)),
        SCOPE);

    assertThat(out.rels(LambdaFunctionSchema.INTERNET_CAN_REACH)).isEmpty();
    assertThat(out.nodes(LambdaFunctionSchema.NODE).get(0).properties()).containsEntry("apiRoutes", List.of(
        "http API support-api (a1b2c3d4e5) POST /summarize, authorization AWS_IAM",
        "rest API support-internal (p3n8w5z0c6) POST /summaries, authorization NONE, private endpoint",
        "rest API support-public (k7x2m9q4v1) POST /summaries, authorization NONE, resource policy allows only "
            + "aws:SourceIp 192.0.2.0/24",
        "http API drafts (q9r8s7t6u5) POST /summarize, authorization NONE, no deployed stage"));

    // a function URL without auth stays the way in; open routes are listed beside it
    WriteBatch both = LambdaFunctionTransformer.transformViews(List.of(new FunctionView(fn, "NONE", null,
        ApiRouteTransformerTestAccess.routesTo(FN).subList(0, 1))), SCOPE);
    assertThat(both.rels(LambdaFunctionSchema.INTERNET_CAN_REACH)).singleElement().satisfies(r ->
        assertThat(r.properties()).containsEntry("via", "functionUrl").containsEntry("apiRoutes",
            List.of("http API support-api (a1b2c3d4e5) POST /summarize, authorization NONE")));
  }
}
