package dev.aispm.collectors.gcp.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.AiProviderSettings;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.SettingValues;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.schema.gcp.run.CloudRunJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Cloud Run jobs (Admin API v2) into workload nodes: the images of the task template's
 * containers (linked to the registry scan's images by the link step, as a service's), the service
 * account the tasks run as and the names (never values) of their environment variables, AI provider
 * keys among them becoming AI-use evidence exactly as a service's do. A job has no ingress and
 * takes no requests, so it is never internet-reachable. The task template sits at
 * {@code template.template}: the job's template describes an execution, whose template describes
 * each task.
 */
public final class CloudRunJobTransformer {
  private CloudRunJobTransformer() {}

  public static WriteBatch transform(List<JsonNode> jobs, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (JsonNode j : jobs) {
      String name = j.path("name").asText("");
      if (name.isEmpty()) {
        throw new IllegalStateException("Cloud Run job without a name");
      }
      String id = "//run.googleapis.com/" + name;
      String jobName = GcpIds.lastSegment(name);
      JsonNode execution = j.path("template");
      JsonNode task = execution.path("template");
      String sa = GcpIds.nullIfEmpty(task.path("serviceAccount").asText(""));
      List<String> images = new ArrayList<>();
      Set<String> env = new LinkedHashSet<>();
      Set<String> secrets = new LinkedHashSet<>();
      RunContainers.read(task.path("containers"), images, env, secrets);
      Set<String> imageIds = new LinkedHashSet<>();
      for (String image : images) {
        String imageId = CloudRunServiceTransformer.imageId(image);
        if (imageId != null) {
          imageIds.add(imageId);
        }
      }
      List<String> envNames = List.copyOf(env);
      String location = name.split("/").length > 3 ? name.split("/")[3] : null;
      out.node(CloudRunJobSchema.NODE, NodeRecord.of(id, scope)
          .set("name", jobName)
          .set("location", location)
          .set("serviceAccount", sa)
          // The API leaves a count of 1 (its default) out of the answer.
          .set("taskCount", execution.path("taskCount").asLong(1))
          .set("parallelism", execution.path("parallelism").asLong(0) > 0 ? execution.path("parallelism").asLong() : null)
          .set("maxRetries", task.has("maxRetries") ? task.path("maxRetries").asLong() : null)
          .set("timeout", GcpIds.nullIfEmpty(task.path("timeout").asText("")))
          .set("executionCount", j.path("executionCount").asLong(0))
          .set("latestExecution", GcpIds.lastSegment(j.path("latestCreatedExecution").path("name").asText("")))
          .set("images", images)
          .set("imageIds", List.copyOf(imageIds))
          .set("internetReachable", false)
          .set("environmentVariableNames", envNames)
          .set("secretEnvironmentVariables", List.copyOf(secrets))
          .set("aiProviderSettings", AiProviderSettings.aiNames(envNames))
          .properties(b -> SettingSecrets.write(b, SettingSecrets.report(
              SettingValues.fromContainers(task.path("containers"), "containers", ""), "cloud run job " + jobName + " environment")))
          .build());
      // Only settings' names are evidence here (the image is read by the registry scan): the report
      // carries no package, so the package relationship argument is never used.
      CodeReport settings = CodeReport.notRead(CodeReport.NONE, "container image")
          .withEvidence(AiProviderSettings.evidence(envNames, "environment of Cloud Run job " + jobName));
      SupplyChainGraph.write(out, id, settings, scope, CloudRunJobSchema.USES_AI, CloudRunJobSchema.USES_AI, "vertex");
      if (sa != null) {
        out.rel(CloudRunJobSchema.RUNS_AS, RelRecord.of(id, GcpIds.serviceAccount(sa), scope)
            .withTargetStub(Map.of("name", sa, "email", sa)));
      }
    }
    return out;
  }
}
