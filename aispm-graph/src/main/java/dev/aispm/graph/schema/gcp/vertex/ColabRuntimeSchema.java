package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;

/** A Colab Enterprise runtime: a notebook VM assigned to one user. */
public final class ColabRuntimeSchema {
  private ColabRuntimeSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexColabRuntime")
      .concept("Notebook", "Compute")
      .description("A Colab Enterprise runtime. Its id is //aiplatform.googleapis.com/projects/N/locations/L/notebookRuntimes/ID.")
      .property("name", "Display name")
      .property("location", "Vertex AI location")
      .property("runtimeUser", "User the runtime is assigned to")
      .property("state", "RUNNING, STOPPED ...")
      .property("serviceAccount", "Service account the runtime runs as, absent: the user's credentials (end-user credentials)")
      .property("usesDefaultComputeAccount", "Whether it runs as the Compute Engine default service account")
      .property("internetAccess", "Whether the runtime has outbound internet access")
      .property("network", "VPC network")
      .property("subnet", "Subnetwork")
      .property("idleShutdownDisabled", "Whether idle shutdown is off")
      .property("idleTimeoutSeconds", "Idle shutdown timeout")
      .property("secureBoot", "Whether Shielded VM secure boot is on")
      .property("runtimeType", "USER_DEFINED or ONE_CLICK")
      .property("template", "Runtime template it was created from")
      .property("proxyAccess", "Whether the runtime is reachable through the Google-managed proxy (it has a proxy URI)")
      .property("networkTags", "Network tags, which firewall rules target")
      .property("postStartupScript", "Whether a post-startup script runs (inline or from a URL); the script itself is not stored")
      .property("postStartupScriptUrl", "URL of the post-startup script, if downloaded")
      .property("postStartupScriptBehavior", "RUN_ONCE, RUN_EVERY_START or DOWNLOAD_AND_RUN_EVERY_START")
      .property("upgradable", "Whether a newer runtime image is available (it runs an outdated image)")
      .property("healthState", "HEALTHY or UNHEALTHY")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "Code in the runtime runs with the service account's permissions.");
}
