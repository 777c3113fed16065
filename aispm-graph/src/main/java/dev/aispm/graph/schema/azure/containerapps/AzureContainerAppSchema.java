package dev.aispm.graph.schema.azure.containerapps;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;

/**
 * An Azure container app: teams run self-hosted model servers, RAG APIs and agents there, out of
 * sight of the managed AI services' inventories. What it runs (its images), who can reach it (its
 * ingress), what it calls (its environment variables' names) and what it may do (its managed
 * identity's role assignments) are what judge it.
 */
public final class AzureContainerAppSchema {
  private AzureContainerAppSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureContainerApp")
      .concept("Compute")
      .concept("ServerlessWorkload")
      .description("A container app (Microsoft.App/containerApps). Its id is the ARM id, lower-case.")
      .property("name", "App name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("provisioningState", "Succeeded, InProgress, Failed, Canceled or Deleting")
      .property("environmentId", "ARM id (lower-case) of the Container Apps environment the app runs in")
      .property("images", "Container images of the template's containers and init containers, as named, and of "
          + "every other active revision that ingress sends traffic to")
      .property("revisionsMode", "Single (one active revision) or Multiple (several, ingress may split traffic)")
      .property("latestRevisionName", "Name of the revision made from the current template")
      .property("trafficSplit", "REVISION=WEIGHT for each revision ingress sends a share of requests to (the latest "
          + "revision by its name)")
      .property("revisionImages", "REVISION=IMAGE for each image of each active revision that takes traffic; read "
          + "from the revisions only when the app is in Multiple mode or its traffic names an older revision, "
          + "absent otherwise")
      .property("ingressEnabled", "Whether the app has ingress at all (configuration.ingress present)")
      .property("ingressExternal", "Whether ingress accepts traffic from outside the environment; absent without "
          + "ingress")
      .property("targetPort", "The port ingress forwards to")
      .property("transport", "Ingress transport: auto, http, http2 or tcp")
      .property("allowInsecure", "Whether ingress accepts plain HTTP instead of redirecting it to HTTPS")
      .property("ipRestricted", "Whether ingress IP security restrictions allow only listed address ranges")
      .property("internetReachable", "External ingress not limited to listed address ranges")
      .property("identityType", "SystemAssigned, UserAssigned, both or absent for none")
      .property("principalIds", "Object ids of the app's system and user-assigned managed identities")
      .property("environmentVariableNames", "Names (never values) of the containers' environment variables, those "
          + "of other active revisions that take traffic included")
      .property("secretEnvironmentVariables", "Names of environment variables taken from an app secret (secretRef); "
          + "the secret's value is never read")
      .property("aiProviderSettings", "Names of environment variables that point at an AI provider")
      .property("fqdn", "The ingress host name")
      .properties(b -> SettingProperties.declare(b, "the containers' plain environment variables (of the template and of each revision taking traffic; secretRef variables are references)"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, AzurePrincipalSchema.NODE,
      "The app's containers run as the managed identity and get tokens for its role assignments.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The app's environment variables' names show this AI use.");

  /**
   * Written by the registry sync, which reads the images an app names even when they are not
   * their repositories' newest; an image outside the subscription's registries gets no edge.
   */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, AzureContainerImageSchema.NODE,
      "The app runs this image in one of its containers, in its latest revision or in an older active revision "
          + "that still takes traffic (revisionImages names which; resolved in one of the subscription's "
          + "container registries; a tag resolves to the image carrying it at scan time).");

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE,
      NODE, false, "The app's external ingress accepts requests from any address (via: ingress; port: the "
          + "target port).");
}
