package dev.aispm.graph.schema.azure.web;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * An Azure Functions app: AI use hides in function code (an OpenAI client, LangChain) and in the
 * app's settings (a provider key) where no managed AI service's inventory shows it, and the app
 * runs that code with its managed identity's role assignments.
 */
public final class AzureFunctionAppSchema {
  private AzureFunctionAppSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureFunctionApp")
      .concept("Compute")
      .concept("ServerlessWorkload")
      .description("A function app (Microsoft.Web/sites whose kind contains functionapp). Its id is the ARM id, "
          + "lower-case.")
      .property("name", "App name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("kind", "Site kind, e.g. functionapp,linux")
      .property("state", "Running or Stopped")
      .property("defaultHostName", "The app's default host name")
      .property("httpsOnly", "Whether plain HTTP requests are redirected to HTTPS")
      .property("minTlsVersion", "Minimum inbound TLS version from config/web, e.g. 1.2")
      .property("publicNetworkAccess", "Enabled or Disabled (absent means Enabled)")
      .property("internetReachable", "Public network access is enabled and no access restriction denies by default")
      .property("authEnabled", "Whether App Service authentication (Easy Auth) is on; absent when not read")
      .property("identityType", "SystemAssigned, UserAssigned, both or absent for none")
      .property("runtime", "Runtime stack: linuxFxVersion, or the Flex Consumption runtime name and version")
      .property("flexConsumption", "Whether the app runs on the Flex Consumption plan (functionAppConfig)")
      .property("packageSource", "Where the code package was looked for: runFromPackageUrl or flexDeploymentStorage; "
          + "absent when the scan knows of no package")
      .property("packageUri", "The package's blob URI or deployment container, without any query (SAS)")
      .property("appSettingsRead", "Whether the app settings' names were read (AISPM_AZURE_READ_APP_SETTINGS)")
      .property("aiProviderSettings", "Names (never values) of app settings that point at an AI provider")
      .property("codeScan", "Result of reading the code package: scanned, over-budget, failed, none (no package "
          + "the scan can read); absent when not tried")
      .property("codeScanError", "Why the code package could not be read")
      .property("codeScanFindings", "Number of content findings in the code package (secrets, unsafe files)")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, AzurePrincipalSchema.NODE,
      "The app's code runs as the managed identity and gets tokens for its role assignments.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The app's code package holds this AI package.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The app's code or settings show this AI use.");

  /**
   * Written by the registry sync, which reads the image a custom-container app names even when it
   * is not its repository's newest; an image outside the subscription's registries gets no edge.
   */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, AzureContainerImageSchema.NODE,
      "The app runs in this custom container (runtime DOCKER|REFERENCE resolved in one of the subscription's "
          + "container registries; a tag resolves to the image carrying it at scan time).");

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE,
      NODE, false, "The app accepts requests from any address: public network access on and no default-deny "
          + "access restriction (via: publicNetworkAccess).");
}
