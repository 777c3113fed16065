package dev.aispm.collectors.azure.web;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.content.AiProviderSettings;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.azure.web.AzureFunctionAppSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns function apps into nodes with their posture (HTTPS only, minimum TLS, public network
 * access, authentication, identity, runtime), the managed identities they run as, and what their
 * code package and settings' names show: AI packages, AI use and advisories. Defaults follow the
 * Web Apps reference: {@code publicNetworkAccess} absent is Enabled; an access restriction list
 * whose default action is Deny, or that holds an Allow rule for specific addresses (which adds an
 * implicit deny-all), keeps the internet out.
 */
public final class FunctionAppTransformer {
  private FunctionAppTransformer() {}

  /**
   * One app as read.
   *
   * @param site      the site from the subscription's list
   * @param webConfig {@code config/web}, null when it could not be read
   * @param auth      {@code config/authsettingsV2}, null when it could not be read
   * @param settings  app settings' names, null when not read (disabled or failed)
   * @param source    where its package is, null when the scan knows of none
   * @param code      what reading the package found, or why it was not read
   */
  public record AppView(JsonNode site, JsonNode webConfig, JsonNode auth, AppSettingNames settings,
      PackageSource source, CodeReport code) {}

  /** Whether a site is a function app: its kind lists {@code functionapp}. */
  public static boolean isFunctionApp(JsonNode site) {
    String kind = text(site, "kind");
    return kind != null && kind.toLowerCase(Locale.ROOT).contains("functionapp");
  }

  public static void transform(AppView v, String tenantId, ScopeKey scope, GraphBatch out) {
    JsonNode site = v.site();
    String id = ArmIds.normalize(text(site, "id"));
    if (id == null) {
      throw new IllegalStateException("function app without an id");
    }
    JsonNode p = site.path("properties");
    JsonNode cfg = v.webConfig() == null ? null : v.webConfig().path("properties");
    String publicAccess = text(p, "publicNetworkAccess");
    if (publicAccess == null && cfg != null) {
      publicAccess = text(cfg, "publicNetworkAccess");
    }
    publicAccess = publicAccess == null ? "Enabled" : publicAccess;
    Boolean reachable = !publicAccess.equalsIgnoreCase("Enabled") ? Boolean.FALSE
        : cfg == null ? null : !restricted(cfg);
    JsonNode flex = p.path("functionAppConfig");
    String runtime = cfg == null ? null : blankToNull(text(cfg, "linuxFxVersion"));
    if (runtime == null && text(flex, "runtime", "name") != null) {
      runtime = text(flex, "runtime", "name") + (text(flex, "runtime", "version") == null ? ""
          : "|" + text(flex, "runtime", "version"));
    }
    List<String> aiSettings = v.settings() == null ? null : AiProviderSettings.aiNames(v.settings().names());
    NodeRecord.Builder node = NodeRecord.of(id, scope)
        .set("name", text(site, "name"))
        .set("resourceGroup", ArmIds.resourceGroup(text(site, "id")))
        .set("location", text(site, "location"))
        .set("kind", text(site, "kind"))
        .set("state", text(p, "state"))
        .set("defaultHostName", text(p, "defaultHostName"))
        .set("httpsOnly", bool(p, "httpsOnly") == null ? Boolean.FALSE : bool(p, "httpsOnly"))
        .set("minTlsVersion", cfg == null ? null : text(cfg, "minTlsVersion"))
        .set("publicNetworkAccess", publicAccess)
        .set("internetReachable", reachable)
        .set("authEnabled", v.auth() == null ? null
            : Boolean.TRUE.equals(bool(v.auth().path("properties"), "platform", "enabled")))
        .set("identityType", ResourceIdentity.type(site))
        .set("runtime", runtime)
        .set("flexConsumption", flex.isObject() && !flex.isEmpty())
        .set("packageSource", v.source() == null ? null : v.source().kind())
        .set("packageUri", v.source() == null ? null : v.source().uri())
        .set("appSettingsRead", v.settings() != null)
        .set("aiProviderSettings", aiSettings);
    CodeReport code = v.code();
    if (v.settings() != null) {
      code = code.withEvidence(AiProviderSettings.evidence(v.settings().names(), "app setting of " + text(site, "name")));
    }
    node.set("codeScan", code.status())
        .set("codeScanError", code.error())
        .set("codeScanFindings", code.status().equals(CodeReport.SCANNED) ? code.contentFindings() : null);
    out.add(AzureFunctionAppSchema.NODE, node.build());
    // Azure OpenAI and Azure AI Services are Azure's managed AI: their use shows in their own inventory.
    WriteBatch supplyChain = new WriteBatch();
    SupplyChainGraph.write(supplyChain, id, code, scope, AzureFunctionAppSchema.USES_PACKAGE,
        AzureFunctionAppSchema.USES_AI, "azure");
    out.addAll(supplyChain, List.of(AzureFunctionAppSchema.USES_PACKAGE, AzureFunctionAppSchema.USES_AI,
        AdvisorySchema.AFFECTED_BY));
    for (ResourceIdentity identity : ResourceIdentity.of(site)) {
      out.link(AzureFunctionAppSchema.RUNS_AS,
          RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
    }
    if (Boolean.TRUE.equals(reachable)) {
      out.link(AzureFunctionAppSchema.INTERNET_CAN_REACH,
          RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, Map.of("via", "publicNetworkAccess")));
    }
  }

  /** Access restrictions that keep arbitrary addresses out. */
  static boolean restricted(JsonNode cfg) {
    if ("Deny".equalsIgnoreCase(text(cfg, "ipSecurityRestrictionsDefaultAction"))) {
      return true;
    }
    for (JsonNode r : cfg.path("ipSecurityRestrictions")) {
      String address = text(r, "ipAddress");
      boolean allow = !"Deny".equalsIgnoreCase(text(r, "action"));
      if (allow && address != null && !address.equalsIgnoreCase("Any") && !address.equals("0.0.0.0/0")) {
        return true;
      }
    }
    return false;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
