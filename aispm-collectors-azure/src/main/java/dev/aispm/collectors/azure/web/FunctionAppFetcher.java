package dev.aispm.collectors.azure.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/**
 * Reads function apps through ARM (Microsoft.Web): the sites of a subscription, each app's
 * {@code config/web} and {@code config/authsettingsV2} (both {@code Microsoft.Web/sites/config/read}),
 * and, only when enabled, its app settings ({@code POST config/appsettings/list}, the action
 * {@value #LIST_SETTINGS_ACTION}). That answer carries every setting's value, secrets included:
 * it is reduced to {@link AppSettingNames} here, before it leaves this class.
 */
public final class FunctionAppFetcher {
  public static final String API = "2023-12-01";
  /** The RBAC action of reading app settings; not in the shipped role (see docs/collectors-azure.md). */
  public static final String LIST_SETTINGS_ACTION = "Microsoft.Web/sites/config/list/action";

  private final ArmClient arm;

  public FunctionAppFetcher(ArmClient arm) {
    this.arm = arm;
  }

  /** Every site of the subscription; the caller keeps the function apps. */
  public List<JsonNode> sites(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Web/sites", API);
  }

  public JsonNode webConfig(String sitePath) {
    return arm.get(sitePath + "/config/web", API);
  }

  public JsonNode authSettings(String sitePath) {
    return arm.get(sitePath + "/config/authsettingsV2", API);
  }

  /** The settings' names and the package URL without its query; every value is dropped. */
  public AppSettingNames appSettings(String sitePath) {
    return AppSettingNames.of(arm.invokeListAction(sitePath + "/config/appsettings/list", API));
  }
}
