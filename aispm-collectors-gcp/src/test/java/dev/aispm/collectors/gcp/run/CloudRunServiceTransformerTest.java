package dev.aispm.collectors.gcp.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cloud Run services from recorded v2 services.list and getIamPolicy answers. */
class CloudRunServiceTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "global");
  static final String DIGEST = "sha256:7c9e1b2f3a4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7";

  @Test
  void aPublicServiceNamesItsImageAndItsKey() throws Exception {
    List<JsonNode> services = Recorded.items("run/services.list.json", "services");
    boolean open = InvokerPolicy.publicInvoker(new ObjectMapper().readTree(Recorded.text("run/services.getIamPolicy.json")));
    assertThat(open).isTrue();
    WriteBatch out = CloudRunServiceTransformer.transform(List.of(
        new CloudRunServiceTransformer.ServiceView(services.get(0), Read.of(open)),
        new CloudRunServiceTransformer.ServiceView(services.get(2), Read.of(false))), SCOPE);
    NodeRecord rag = out.nodes(CloudRunServiceSchema.NODE).get(0);
    assertThat(rag.id()).isEqualTo("//run.googleapis.com/projects/acme-vertex-prod/locations/us-central1/services/rag-api");
    assertThat(rag.properties()).containsEntry("internetReachable", true).containsEntry("location", "us-central1")
        .containsEntry("imageIds", List.of("us-central1-docker.pkg.dev/acme-vertex-prod/agents/rag-api@" + DIGEST))
        .containsEntry("aiProviderSettings", List.of("OPENAI_API_KEY"));
    // The edge to the image is the link step's, after the registry scan: the service names its images.
    assertThat(rag.properties().get("images")).isEqualTo(
        List.of("us-central1-docker.pkg.dev/acme-vertex-prod/agents/rag-api@" + DIGEST));
    assertThat(out.rels(CloudRunServiceSchema.RUNS_IMAGE)).isEmpty();
    NodeRecord batch = out.nodes(CloudRunServiceSchema.NODE).get(1);
    assertThat(batch.properties()).containsEntry("internetReachable", false).containsEntry("imageIds", List.of());
    assertThat(out.rels(CloudRunServiceSchema.INTERNET_CAN_REACH)).hasSize(1);
    assertThat(out.rels(CloudRunServiceSchema.RUNS_AS)).hasSize(2);
  }

  @Test
  void imageIdsNeedADigestAndDropATag() {
    assertThat(CloudRunServiceTransformer.imageId("us-docker.pkg.dev/p/r/app:1.2@" + DIGEST))
        .isEqualTo("us-docker.pkg.dev/p/r/app@" + DIGEST);
    assertThat(CloudRunServiceTransformer.imageId("localhost:5000/app@" + DIGEST)).isEqualTo("localhost:5000/app@" + DIGEST);
    assertThat(CloudRunServiceTransformer.imageId("us-docker.pkg.dev/p/r/app:latest")).isNull();
    assertThat(CloudRunServiceTransformer.imageId("app@sha256:short")).isNull();
  }

  @Test
  void onlyInvokerRolesHeldByEveryoneArePublic() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(InvokerPolicy.publicInvoker(json.readTree(
        "{\"bindings\": [{\"role\": \"roles/run.invoker\", \"members\": [\"allAuthenticatedUsers\"]}]}"))).isTrue();
    assertThat(InvokerPolicy.publicInvoker(json.readTree(
        "{\"bindings\": [{\"role\": \"roles/run.viewer\", \"members\": [\"allUsers\"]}]}"))).isFalse();
    assertThat(InvokerPolicy.publicInvoker(json.readTree(
        "{\"bindings\": [{\"role\": \"roles/run.invoker\", \"members\": [\"user:a@example.com\"]}]}"))).isFalse();
    assertThat(InvokerPolicy.publicInvoker(json.readTree("{}"))).isFalse();
  }
}
