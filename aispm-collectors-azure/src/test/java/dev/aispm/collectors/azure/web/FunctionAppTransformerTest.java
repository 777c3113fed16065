package dev.aispm.collectors.azure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.graph.schema.azure.web.AzureFunctionAppSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Function apps from recorded Web Apps answers (List, GetConfiguration, GetAuthSettingsV2, ListApplicationSettings). */
class FunctionAppTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "11111111-aaaa-4aaa-8aaa-111111111111", "global");
  static final String TENANT = "7d1c5a6e-3b2f-4c8d-9e0a-acme00000001";
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void flexAppPostureIdentityAndPackageLocation() throws Exception {
    List<JsonNode> sites = sites();
    assertThat(sites.stream().filter(FunctionAppTransformer::isFunctionApp).map(s -> s.path("name").asText()))
        .containsExactly("acme-support-bot", "acme-invoice-fn");
    JsonNode bot = sites.get(0);
    PackageSource source = PackageSource.of(bot, null);
    assertThat(source.kind()).isEqualTo(PackageSource.FLEX);
    assertThat(source.uri()).isEqualTo("https://acmemlworkspace.blob.core.windows.net/app-package-acme-support-bot");

    GraphBatch out = new GraphBatch();
    FunctionAppTransformer.transform(new FunctionAppTransformer.AppView(bot, recorded("WebApps_GetConfiguration"),
        recorded("WebApps_GetAuthSettingsV2"), null, source, CodeReport.notRead(CodeReport.FAILED, "HTTP 403")),
        TENANT, SCOPE, out);
    NodeRecord app = out.nodes(AzureFunctionAppSchema.NODE).get(0);
    assertThat(app.id()).isEqualTo("/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/apps-prod/"
        + "providers/microsoft.web/sites/acme-support-bot");
    assertThat(app.properties()).containsEntry("httpsOnly", false).containsEntry("minTlsVersion", "1.0")
        .containsEntry("authEnabled", false).containsEntry("internetReachable", true)
        .containsEntry("runtime", "python|3.11").containsEntry("flexConsumption", true)
        .containsEntry("identityType", "SystemAssigned").containsEntry("appSettingsRead", false)
        .containsEntry("codeScan", "failed").containsEntry("codeScanError", "HTTP 403");
    assertThat(out.rels(AzureFunctionAppSchema.RUNS_AS)).singleElement()
        .satisfies(r -> assertThat(r.toId()).endsWith("/serviceprincipals/5f1e2d3c-0a0a-4b4b-8c8c-acme0000f001"));
    assertThat(out.rels(AzureFunctionAppSchema.INTERNET_CAN_REACH)).hasSize(1);
  }

  @Test
  void unreadConfigLeavesReachabilityUnknownAndDisabledAccessIsPrivate() throws Exception {
    GraphBatch out = new GraphBatch();
    FunctionAppTransformer.transform(new FunctionAppTransformer.AppView(sites().get(0), null, null, null, null,
        CodeReport.notRead(CodeReport.NONE, "no package")), TENANT, SCOPE, out);
    assertThat(out.nodes(AzureFunctionAppSchema.NODE).get(0).properties().get("internetReachable")).isNull();
    assertThat(out.nodes(AzureFunctionAppSchema.NODE).get(0).properties().get("authEnabled")).isNull();
    assertThat(out.rels(AzureFunctionAppSchema.INTERNET_CAN_REACH)).isEmpty();

    GraphBatch invoice = new GraphBatch();
    FunctionAppTransformer.transform(new FunctionAppTransformer.AppView(sites().get(1), null, null, null, null,
        CodeReport.notRead(CodeReport.NONE, "no package")), TENANT, SCOPE, invoice);
    assertThat(invoice.nodes(AzureFunctionAppSchema.NODE).get(0).properties())
        .containsEntry("internetReachable", false).containsEntry("publicNetworkAccess", "Disabled");
  }

  @Test
  void accessRestrictionsThatAllowOnlySomeAddressesKeepTheInternetOut() throws Exception {
    assertThat(FunctionAppTransformer.restricted(JSON.readTree("""
        {"ipSecurityRestrictions": [{"ipAddress": "Any", "action": "Allow"}], "ipSecurityRestrictionsDefaultAction": "Allow"}
        """))).isFalse();
    assertThat(FunctionAppTransformer.restricted(JSON.readTree("""
        {"ipSecurityRestrictions": [{"ipAddress": "203.0.113.0/24", "action": "Allow"}]}"""))).isTrue();
    assertThat(FunctionAppTransformer.restricted(JSON.readTree("""
        {"ipSecurityRestrictionsDefaultAction": "Deny"}"""))).isTrue();
  }

  @Test
  void appSettingsKeepNamesAndAPackageUriWithoutItsSasAndNoValue() throws Exception {
    AppSettingNames settings = AppSettingNames.of(recorded("WebApps_ListApplicationSettings"));
    assertThat(settings.names()).containsExactly("FUNCTIONS_EXTENSION_VERSION", "FUNCTIONS_WORKER_RUNTIME",
        "AzureWebJobsStorage", "WEBSITE_RUN_FROM_PACKAGE", "OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT");
    assertThat(settings.packageUri())
        .isEqualTo("https://acmetraindata.blob.core.windows.net/function-releases/invoice-fn-20240401.zip");
    assertThat(settings.toString()).doesNotContain("sk-proj", "sig=", "AccountKey");
    assertThat(settings.localPackage()).isFalse();

    PackageSource source = PackageSource.of(sites().get(1), settings);
    assertThat(source.kind()).isEqualTo(PackageSource.RUN_FROM_PACKAGE);
    assertThat(source.location().container()).isEqualTo("function-releases");
    assertThat(source.location().path()).isEqualTo("invoice-fn-20240401.zip");

    GraphBatch out = new GraphBatch();
    FunctionAppTransformer.transform(new FunctionAppTransformer.AppView(sites().get(1), null, null, settings, source,
        CodeReport.notRead(CodeReport.OVER_BUDGET, "too big")), TENANT, SCOPE, out);
    assertThat(out.nodes(AzureFunctionAppSchema.NODE).get(0).properties())
        .containsEntry("aiProviderSettings", List.of("OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT"))
        .containsEntry("packageSource", "runFromPackageUrl").containsEntry("codeScan", "over-budget");
    assertThat(out.nodes(AiUsageSchema.NODE)).extracting(n -> n.properties().get("subject") + " "
        + n.properties().get("managed") + " " + n.properties().get("category"))
        .containsExactly("OPENAI_API_KEY false provider-key", "AZURE_OPENAI_ENDPOINT true provider-endpoint");
  }

  @Test
  void aLocalPackageOrANonBlobUrlIsNoReadablePackage() throws Exception {
    AppSettingNames local = AppSettingNames.of(JSON.readTree("{\"properties\": {\"WEBSITE_RUN_FROM_PACKAGE\": \"1\"}}"));
    assertThat(local.localPackage()).isTrue();
    assertThat(PackageSource.of(sites().get(1), local)).isNull();
    AppSettingNames elsewhere = AppSettingNames.of(JSON.readTree(
        "{\"properties\": {\"WEBSITE_RUN_FROM_PACKAGE\": \"https://example.org/pkg.zip?token=abc\"}}"));
    assertThat(elsewhere.packageUri()).isNull();
    assertThat(PackageSource.of(sites().get(1), elsewhere)).isNull();
  }

  @Test
  void aSiteWithoutIdIsRejected() throws Exception {
    assertThatThrownBy(() -> FunctionAppTransformer.transform(new FunctionAppTransformer.AppView(
        JSON.readTree("{\"kind\": \"functionapp\"}"), null, null, null, null, CodeReport.notRead("none", "x")),
        TENANT, SCOPE, new GraphBatch())).isInstanceOf(IllegalStateException.class);
  }

  static List<JsonNode> sites() {
    return dev.aispm.collectors.azure.Recorded.list("web", "WebApps_List");
  }

  static JsonNode recorded(String operation) throws IOException {
    try (InputStream in = FunctionAppTransformerTest.class.getClassLoader()
        .getResourceAsStream("recorded/azure/web/" + operation + ".json")) {
      return JSON.readTree(in);
    }
  }

}
