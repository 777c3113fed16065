package dev.aispm.graph.schema.gcp.run;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;

/**
 * A Cloud Run job: batch scoring, embedding refreshes and evaluation runs are scheduled there,
 * beside the services but outside their list and outside Vertex AI's inventory. A job takes no
 * requests, so what judges it is what it runs (its images), what it calls (its environment
 * variables' names) and what it may do (its service account), as for a service.
 */
public final class CloudRunJobSchema {
  private CloudRunJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPCloudRunJob")
      .concept("Compute")
      .concept("ServerlessWorkload")
      .description("A Cloud Run job (Admin API v2). Its id is //run.googleapis.com/projects/P/locations/L/jobs/J.")
      .property("name", "Job name")
      .property("location", "Region")
      .property("serviceAccount", "Service account the job's tasks run as")
      .property("taskCount", "Tasks each execution runs")
      .property("parallelism", "Tasks that may run at once; absent when not limited")
      .property("maxRetries", "Retries of a failed task")
      .property("timeout", "How long a task may run (a duration such as 600s)")
      .property("executionCount", "Executions started so far")
      .property("latestExecution", "Short name of the newest execution; absent when the job never ran")
      .property("images", "Container images of the task template's containers, as named")
      .property("imageIds", "Ids of the images pinned by digest: <registry-host>/<repository path>@<digest>")
      .property("missingImages", "References into the project's Artifact Registry that name no image there, "
          + "each with why (no such repository, digest or tag); absent when every one was found")
      .property("internetReachable", "Always false: a job has no ingress and takes no requests")
      .property("environmentVariableNames", "Names (never values) of the containers' environment variables")
      .property("secretEnvironmentVariables", "Names of environment variables taken from Secret Manager "
          + "(valueSource.secretKeyRef); the secret's value is never read")
      .property("aiProviderSettings", "Names of environment variables that point at an AI provider")
      .properties(b -> SettingProperties.declare(b, "the task template containers' plain environment variables (Secret Manager references are not values)"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "The job's tasks run with the service account's permissions.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The job's environment shows this AI use (a provider key or endpoint variable).");

  /** Written by the link step after the registry scan, like a service's: the images the job names, read past the cap. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, GcpArtifactImageSchema.NODE,
      "The job's tasks run this Artifact Registry image (by digest, or by the tag it carries now).");
}
