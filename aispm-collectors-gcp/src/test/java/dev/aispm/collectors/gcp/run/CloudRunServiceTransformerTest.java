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
import java.util.Map;
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

  static final String AR = "us-central1-docker.pkg.dev/acme-vertex-prod/ml-serving/";

  @Test
  void aSplitServiceCountsTheImagesAndKeysOfEveryRevisionThatTakesTraffic() throws Exception {
    JsonNode ranker = Recorded.items("run/services.list.json", "services").get(3);
    List<JsonNode> revisions = Recorded.items("run/revisions.list.json", "revisions");
    assertThat(CloudRunServiceTransformer.servesOlderRevisions(ranker)).isTrue();
    WriteBatch out = CloudRunServiceTransformer.transform(List.of(
        new CloudRunServiceTransformer.ServiceView(ranker, Read.of(true), revisions)), SCOPE);
    NodeRecord n = out.nodes(CloudRunServiceSchema.NODE).get(0);
    // 90 % on the latest revision (the template's base image), 10 % on the older ranker build;
    // the tag-only revision at 0 % runs no requests, so June's batch scorer and its token are not the service's.
    assertThat(n.properties())
        .containsEntry("latestReadyRevision", "search-ranker-00003-tok")
        .containsEntry("trafficSplit", List.of("search-ranker-00003-tok=90", "search-ranker-00002-gra=10"))
        .containsEntry("revisionImages", List.of("search-ranker-00003-tok=" + AR + "python-base:3.11",
            "search-ranker-00002-gra=" + AR + "ranker:v7"))
        .containsEntry("images", List.of(AR + "python-base:3.11", AR + "ranker:v7"))
        .containsEntry("environmentVariableNames", List.of("RANKER_MODE", "ANTHROPIC_API_KEY"))
        .containsEntry("aiProviderSettings", List.of("ANTHROPIC_API_KEY"))
        .containsEntry("internetReachable", true);
    assertThat(out.rels(CloudRunServiceSchema.USES_AI)).hasSize(1);
  }

  @Test
  void withoutItsRevisionsASplitServiceIsItsTemplateAndSaysSo() throws Exception {
    JsonNode ranker = Recorded.items("run/services.list.json", "services").get(3);
    NodeRecord n = CloudRunServiceTransformer.transform(List.of(
        new CloudRunServiceTransformer.ServiceView(ranker, Read.of(true))), SCOPE).nodes(CloudRunServiceSchema.NODE).get(0);
    assertThat(n.properties().get("revisionImages")).isNull();
    assertThat(n.properties()).containsEntry("images", List.of(AR + "python-base:3.11"))
        .containsEntry("trafficSplit", List.of("search-ranker-00003-tok=90", "search-ranker-00002-gra=10"));
  }

  @Test
  void allTrafficOnTheLatestRevisionNeedsNoRevisions() throws Exception {
    List<JsonNode> services = Recorded.items("run/services.list.json", "services");
    // rag-api: one LATEST entry at 100 % and no latestReadyRevision in the answer yet.
    assertThat(CloudRunServiceTransformer.servesOlderRevisions(services.get(0))).isFalse();
    assertThat(CloudRunServiceTransformer.trafficSplit(services.get(0))).containsExactly(Map.entry("LATEST", 100L));
    // No traffic block at all (the API then sends everything to the latest revision).
    assertThat(CloudRunServiceTransformer.servesOlderRevisions(services.get(2))).isFalse();
    JsonNode named = new ObjectMapper().readTree("""
        {"latestReadyRevision": "projects/p/locations/l/services/s/revisions/s-00002-b",
         "traffic": [{"type": "TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION", "revision": "s-00002-b", "percent": 100},
                     {"type": "TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION", "revision": "s-00001-a", "tag": "old"}]}""");
    assertThat(CloudRunServiceTransformer.servesOlderRevisions(named)).isFalse();
  }

  @Test
  void servedTrafficWinsOverWhatWasAskedForAndLatestCountsForTheReadyRevision() throws Exception {
    JsonNode s = new ObjectMapper().readTree("""
        {"latestReadyRevision": "projects/p/locations/l/services/s/revisions/s-00003-c",
         "traffic": [{"type": "TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST", "percent": 100}],
         "trafficStatuses": [
           {"type": "TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST", "percent": 50},
           {"type": "TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION", "revision": "s-00003-c", "percent": 20, "tag": "blue"},
           {"type": "TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION", "revision": "s-00001-a", "percent": 30}]}""");
    assertThat(CloudRunServiceTransformer.trafficSplit(s))
        .containsExactly(Map.entry("s-00003-c", 70L), Map.entry("s-00001-a", 30L));
    assertThat(CloudRunServiceTransformer.servesOlderRevisions(s)).isTrue();
  }
}
