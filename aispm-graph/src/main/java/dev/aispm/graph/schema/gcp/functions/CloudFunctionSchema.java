package dev.aispm.graph.schema.gcp.functions;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;

/**
 * A Cloud Function (2nd gen API): AI use hides in function source (an OpenAI client, LangChain)
 * and in its environment (a provider key) where Vertex AI's inventory does not show it, and the
 * function runs with its service account's permissions.
 */
public final class CloudFunctionSchema {
  private CloudFunctionSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPCloudFunction")
      .concept("Compute")
      .concept("ServerlessWorkload")
      .description("A Cloud Function. Its id is //cloudfunctions.googleapis.com/projects/P/locations/L/functions/F.")
      .property("name", "Function name")
      .property("location", "Region")
      .property("environment", "GEN_1 or GEN_2")
      .property("state", "ACTIVE, FAILED, DEPLOYING...")
      .property("runtime", "Build runtime, e.g. python312")
      .property("entryPoint", "Function entry point")
      .property("serviceAccount", "Service account the function runs as")
      .property("ingressSettings", "ALLOW_ALL, ALLOW_INTERNAL_ONLY or ALLOW_INTERNAL_AND_GCLB")
      .property("invokerPublic", "Whether allUsers or allAuthenticatedUsers may invoke it (its Cloud Run "
          + "service's run.invoker); absent when the policy was not read")
      .property("internetReachable", "Ingress ALLOW_ALL and a public invoker; absent when unknown")
      .property("cloudRunService", "Full name of the Cloud Run service that serves the function")
      .property("images", "Container images of that Cloud Run service (the image a 2nd gen function's build "
          + "pushed), absent when the service was not listed")
      .property("missingImages", "References into the project's Artifact Registry that name no image there, "
          + "each with why (no such repository, digest or tag); absent when every one was found")
      .property("sourceUri", "gs:// URI of the source archive, with #generation when pinned")
      .property("environmentVariableNames", "Names (never values) of the runtime and build environment variables "
          + "and secret-backed variables")
      .property("aiProviderSettings", "Names of environment variables that point at an AI provider")
      .property("codeScan", "Result of reading the source archive: scanned, over-budget, failed, none (no Cloud "
          + "Storage source); absent when not tried")
      .property("codeScanError", "Why the source archive could not be read")
      .property("codeScanFindings", "Number of content findings in the source (secrets, unsafe files)")
      .properties(b -> SettingProperties.declare(b, "the runtime and build environment variables (secret-backed variables are references)"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "The function's code runs with the service account's permissions.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The function's source holds this AI package.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The function's source or environment shows this AI use.");

  /** Written by the link step after the registry scan, by digest or by the tag an image carries now. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, GcpArtifactImageSchema.NODE,
      "The function runs the image its build pushed to Artifact Registry (named by its Cloud Run service; "
          + "by digest, or by the tag it carries now).");

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE,
      NODE, false, "Ingress allows all traffic and allUsers or allAuthenticatedUsers may invoke the function "
          + "(via: publicInvoker).");
}
