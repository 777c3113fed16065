package dev.aispm.collectors.azure.cognitiveservices;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/** Lists Cognitive Services accounts and reads their deployments, RAI policies and diagnostic settings. ARM only. */
public final class CognitiveServicesFetcher {
  public static final String API = "2024-10-01";
  public static final String DIAGNOSTICS_API = "2021-05-01-preview";
  private final ArmClient arm;

  public CognitiveServicesFetcher(ArmClient arm) {
    this.arm = arm;
  }

  public List<JsonNode> accounts(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.CognitiveServices/accounts", API);
  }

  public List<JsonNode> deployments(String accountId) {
    return arm.list(accountId + "/deployments", API);
  }

  public List<JsonNode> raiPolicies(String accountId) {
    return arm.list(accountId + "/raiPolicies", API);
  }

  public List<JsonNode> diagnosticSettings(String resourceId) {
    return arm.list(resourceId + "/providers/Microsoft.Insights/diagnosticSettings", DIAGNOSTICS_API);
  }
}
