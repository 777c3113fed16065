package dev.aispm.collectors.gcp.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.gcp.functions.CloudFunctionSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cloud Functions from a recorded v2 functions.list answer. */
class CloudFunctionTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "global");

  static JsonNode function() {
    return Recorded.items("functions/functions.list.json", "functions").get(0);
  }

  @Test
  void aPublicFunctionWithASecretBackedKeyAndItsSource() {
    JsonNode f = function();
    assertThat(CloudFunctionTransformer.source(f).bucket()).isEqualTo("gcf-v2-sources-314159265358-us-central1");
    assertThat(CloudFunctionTransformer.generation(f)).isEqualTo(1712000000000000L);
    WriteBatch out = CloudFunctionTransformer.transform(List.of(new CloudFunctionTransformer.FunctionView(f,
        Read.of(true), CodeReport.notRead(CodeReport.FAILED, "HTTP 403"))), SCOPE);
    NodeRecord n = out.nodes(CloudFunctionSchema.NODE).get(0);
    assertThat(n.id()).isEqualTo("//cloudfunctions.googleapis.com/projects/acme-vertex-prod/locations/us-central1/functions/ticket-router");
    assertThat(n.properties()).containsEntry("location", "us-central1").containsEntry("environment", "GEN_2")
        .containsEntry("ingressSettings", "ALLOW_ALL").containsEntry("internetReachable", true)
        .containsEntry("serviceAccount", "314159265358-compute@developer.gserviceaccount.com")
        .containsEntry("aiProviderSettings", List.of("ANTHROPIC_API_KEY")).containsEntry("codeScan", "failed");
    assertThat(n.properties().toString()).doesNotContain("claude-3-5-sonnet-latest", "anthropic-key");
    assertThat(out.nodes(AiUsageSchema.NODE)).extracting(u -> u.properties().get("subject"))
        .containsExactly("ANTHROPIC_API_KEY");
    assertThat(out.rels(CloudFunctionSchema.RUNS_AS)).hasSize(1);
    assertThat(out.rels(CloudFunctionSchema.INTERNET_CAN_REACH)).hasSize(1);
  }

  @Test
  void exposureIsUnknownWithoutThePolicyAndClosedForInternalIngress() throws Exception {
    WriteBatch unknown = CloudFunctionTransformer.transform(List.of(new CloudFunctionTransformer.FunctionView(function(),
        Read.unknown(), CodeReport.notRead(CodeReport.NONE, "x"))), SCOPE);
    assertThat(unknown.nodes(CloudFunctionSchema.NODE).get(0).properties().get("internetReachable")).isNull();
    assertThat(unknown.rels(CloudFunctionSchema.INTERNET_CAN_REACH)).isEmpty();

    JsonNode internal = function().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) internal.path("serviceConfig")).put("ingressSettings",
        "ALLOW_INTERNAL_ONLY");
    WriteBatch closed = CloudFunctionTransformer.transform(List.of(new CloudFunctionTransformer.FunctionView(internal,
        Read.of(true), CodeReport.notRead(CodeReport.NONE, "x"))), SCOPE);
    assertThat(closed.nodes(CloudFunctionSchema.NODE).get(0).properties()).containsEntry("internetReachable", false);
  }

  @Test
  void aRepositorySourceHasNoArchive() throws Exception {
    JsonNode f = new ObjectMapper().readTree("""
        {"name": "projects/p/locations/europe-west1/functions/f",
         "buildConfig": {"source": {"repoSource": {"repoName": "r", "branchName": "main"}}}}""");
    assertThat(CloudFunctionTransformer.source(f)).isNull();
    assertThat(CloudFunctionTransformer.environmentNames(f)).isEmpty();
  }

  @Test
  void aSecondGenFunctionNamesTheImageItsCloudRunServiceRuns() throws Exception {
    JsonNode service = Recorded.items("run/services.list.json", "services").get(1);
    List<String> images = dev.aispm.collectors.gcp.run.CloudRunServiceTransformer.images(service);
    assertThat(images).containsExactly("us-central1-docker.pkg.dev/acme-vertex-prod/gcf-artifacts/"
        + "acme--vertex--prod__us--central1__ticket--router:version_3");
    WriteBatch known = CloudFunctionTransformer.transform(List.of(new CloudFunctionTransformer.FunctionView(function(),
        Read.of(true), CodeReport.notRead(CodeReport.NONE, "x"), images)), SCOPE);
    assertThat(known.nodes(CloudFunctionSchema.NODE).get(0).properties()).containsEntry("images", images);
    // The edge is the link step's, once the registry scan has written the image.
    assertThat(known.rels(CloudFunctionSchema.RUNS_IMAGE)).isEmpty();
    WriteBatch unlisted = CloudFunctionTransformer.transform(List.of(new CloudFunctionTransformer.FunctionView(
        function(), Read.of(true), CodeReport.notRead(CodeReport.NONE, "x"))), SCOPE);
    assertThat(unlisted.nodes(CloudFunctionSchema.NODE).get(0).properties()).containsEntry("images", null);
  }
}
