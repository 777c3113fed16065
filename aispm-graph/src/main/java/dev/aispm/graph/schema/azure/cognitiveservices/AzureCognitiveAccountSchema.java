package dev.aispm.graph.schema.azure.cognitiveservices;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.common.CommonSchemas;

/**
 * An Azure OpenAI, AI Services or other AI kind of Cognitive Services account. The account is the
 * network endpoint its model deployments answer on, so it is an {@code Endpoint}.
 */
public final class AzureCognitiveAccountSchema {
  private AzureCognitiveAccountSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureCognitiveServicesAccount")
      .concept("Endpoint")
      .description("A Cognitive Services account (kind OpenAI, AIServices, ...). Its id is the ARM id.")
      .property("name", "Account name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("kind", "OpenAI, AIServices, TextAnalytics, ComputerVision ...")
      .property("sku", "Pricing tier")
      .property("endpoint", "Inference endpoint URL")
      .property("customSubDomainName", "Custom subdomain, required for Entra ID auth")
      .property("publicNetworkAccess", "Enabled or Disabled")
      .property("disableLocalAuth", "Whether API keys are refused (absent in the API means false)")
      .property("keyAuth", "Whether API keys are accepted")
      .property("networkDefaultAction", "Allow or Deny, absent when no network ACL is set (everything allowed)")
      .property("ipRuleCount", "IP rules of the network ACL")
      .property("virtualNetworkRuleCount", "Virtual network rules of the network ACL")
      .property("privateEndpointCount", "Approved private endpoint connections")
      .property("keySource", "Microsoft.CognitiveServices or Microsoft.KeyVault")
      .property("customerManagedKey", "Whether data at rest is encrypted with a customer-managed key")
      .property("restrictOutboundNetworkAccess", "Whether outbound calls are limited to allowed FQDNs")
      .property("identityType", "SystemAssigned, UserAssigned or absent")
      .property("diagnosticLogging", "Whether a diagnostic setting sends audit or request logs somewhere (absent: not read)")
      .property("logDestinations", "Where logs go: workspace, storage or event hub ids")
      .property("internetReachable", "Whether the endpoint accepts connections from the internet")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, AzurePrincipalSchema.NODE,
      "The account reaches its key vault and data sources as the identity.");
  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH",
      CommonSchemas.INTERNET, NODE, NODE, false,
      "Public network access is enabled and the network ACL admits any address (via publicNetworkAccess).");
}
