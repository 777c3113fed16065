package dev.aispm.graph.schema.gcp.run;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;

/**
 * A Cloud Run service: a container workload whose image may carry AI tooling and whose
 * environment may hold AI provider keys, invisible to Vertex AI's inventory. Its code is in its
 * image, which the registry scan reads; the link step after it points the service at that image.
 */
public final class CloudRunServiceSchema {
  private CloudRunServiceSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPCloudRunService")
      .concept("Compute")
      .concept("ServerlessWorkload")
      .description("A Cloud Run service (Admin API v2). Its id is //run.googleapis.com/projects/P/locations/L/services/S. "
          + "Services that serve a 2nd gen Cloud Function are the function's, not listed again.")
      .property("name", "Service name")
      .property("location", "Region")
      .property("ingress", "INGRESS_TRAFFIC_ALL, INGRESS_TRAFFIC_INTERNAL_ONLY or INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER")
      .property("invokerPublic", "Whether allUsers or allAuthenticatedUsers hold roles/run.invoker; absent when "
          + "the policy was not read")
      .property("internetReachable", "Ingress from all traffic and a public invoker; absent when unknown")
      .property("serviceAccount", "Service account of the revision template")
      .property("images", "Container images as the template names them, and those of every other revision that "
          + "takes a share of the traffic above 0 %")
      .property("latestReadyRevision", "Short name of the newest revision ready to serve (where LATEST traffic goes)")
      .property("trafficSplit", "REVISION=PERCENT for each revision that gets a share of requests above 0 % "
          + "(trafficStatuses, else traffic; LATEST as the latest ready revision's name)")
      .property("revisionImages", "REVISION=IMAGE for each image of each revision that takes traffic; read from the "
          + "revisions only when traffic reaches a revision other than the latest ready one, absent otherwise")
      .property("imageIds", "Ids of the images pinned by digest: <registry-host>/<repository path>@<digest>")
      .property("missingImages", "References into the project's Artifact Registry that name no image there, "
          + "each with why (no such repository, digest or tag); absent when every one was found")
      .property("environmentVariableNames", "Names (never values) of the containers' environment variables")
      .property("aiProviderSettings", "Names of environment variables that point at an AI provider")
      .property("uri", "The service's URL")
      .properties(b -> SettingProperties.declare(b, "the containers' plain environment variables (of the template and of each revision serving traffic; Secret Manager references are not values)"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "The service's containers run with the service account's permissions.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The service's environment shows this AI use (a provider key or endpoint variable).");

  /**
   * Written by the link step after the registry scan: a digest names one image; a tag names the
   * image that carries it now, which is what the next revision pulls. An older revision that still
   * serves part of the traffic links the image it names too, since its requests run that build.
   */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, GcpArtifactImageSchema.NODE,
      "The service runs this Artifact Registry image (by digest, or by the tag it carries now), in its template "
          + "or in an older revision that still takes a share of the traffic (revisionImages names which).");

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE,
      NODE, false, "Ingress allows all traffic and allUsers or allAuthenticatedUsers hold roles/run.invoker "
          + "(via: publicInvoker).");
}
