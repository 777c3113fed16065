package dev.aispm.collectors.gcp.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.schema.gcp.run.CloudRunJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cloud Run jobs from a recorded v2 jobs.list answer. */
class CloudRunJobTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "global");
  static final String AR = "us-central1-docker.pkg.dev/acme-vertex-prod/ml-serving/";

  @Test
  void aJobNamesItsImageItsAccountAndItsKeyByNameOnly() throws Exception {
    List<JsonNode> jobs = Recorded.items("run/jobs.list.json", "jobs");
    WriteBatch out = CloudRunJobTransformer.transform(jobs, SCOPE);
    NodeRecord embed = out.nodes(CloudRunJobSchema.NODE).get(0);
    assertThat(embed.id()).isEqualTo("//run.googleapis.com/projects/acme-vertex-prod/locations/us-central1/jobs/nightly-embeddings");
    assertThat(embed.properties())
        .containsEntry("name", "nightly-embeddings").containsEntry("location", "us-central1")
        .containsEntry("serviceAccount", "vertex-pipelines@acme-vertex-prod.iam.gserviceaccount.com")
        .containsEntry("taskCount", 4L).containsEntry("parallelism", 2L).containsEntry("maxRetries", 2L)
        .containsEntry("timeout", "1800s").containsEntry("executionCount", 37L)
        .containsEntry("latestExecution", "nightly-embeddings-x7k2p")
        .containsEntry("images", List.of(AR + "python-base:3.11"))
        .containsEntry("imageIds", List.of())
        .containsEntry("internetReachable", false)
        .containsEntry("environmentVariableNames", List.of("OPENAI_API_KEY", "EMBEDDING_MODEL"))
        .containsEntry("secretEnvironmentVariables", List.of("OPENAI_API_KEY"))
        .containsEntry("aiProviderSettings", List.of("OPENAI_API_KEY"));
    // Values never leave the transformer, plain or secret.
    assertThat(embed.properties().values().toString()).doesNotContain("text-embedding-3-small", "openai-key");

    // A job that never ran, with the API's defaults left out of the answer: one task, no limit.
    NodeRecord export = out.nodes(CloudRunJobSchema.NODE).get(1);
    assertThat(export.properties()).containsEntry("taskCount", 1L).containsEntry("executionCount", 0L)
        .containsEntry("aiProviderSettings", List.of()).containsEntry("secretEnvironmentVariables", List.of());
    assertThat(export.properties().get("parallelism")).isNull();
    assertThat(export.properties().get("latestExecution")).isNull();

    assertThat(out.rels(CloudRunJobSchema.USES_AI)).hasSize(1);
    assertThat(out.rels(CloudRunJobSchema.RUNS_AS)).hasSize(2);
    assertThat(out.rels(CloudRunJobSchema.RUNS_IMAGE)).isEmpty();
  }
}
