package dev.aispm.collectors.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Function apps through the real ARM pipeline and Blob client against the simulated tenant: the
 * Flex Consumption app's package is read from its deployment container without app settings; the
 * run-from-package app's package and AI provider settings only when reading app settings is on,
 * and then nothing of a setting's value reaches the graph.
 */
class FunctionAppIT {
  @RegisterExtension
  static final SimulatedTenant azure = new SimulatedTenant();
  static final String APPS = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/apps-prod/providers/"
      + "microsoft.web/sites/";

  @Test
  void flexAppPackageShowsShadowAiAndAVulnerableLangchainWithoutReadingSettings() {
    ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "fn-1");

    Record bot = one("MATCH (f:Compute:ServerlessWorkload:AzureFunctionApp {name: 'acme-support-bot'}) RETURN f");
    var f = bot.get("f").asNode();
    assertThat(f.get("codeScan").asString()).as(ledger.failures().toString()).isEqualTo("scanned");
    assertThat(f.get("packageSource").asString()).isEqualTo("flexDeploymentStorage");
    assertThat(f.get("packageUri").asString())
        .isEqualTo("https://acmemlworkspace.blob.core.windows.net/app-package-acme-support-bot");
    assertThat(f.get("runtime").asString()).isEqualTo("python|3.11");
    assertThat(f.get("httpsOnly").asBoolean()).isFalse();
    assertThat(f.get("minTlsVersion").asString()).isEqualTo("1.0");
    assertThat(f.get("authEnabled").asBoolean()).isFalse();
    assertThat(f.get("internetReachable").asBoolean()).isTrue();
    assertThat(f.get("appSettingsRead").asBoolean()).isFalse();
    assertThat(strings("""
        MATCH (:AzureFunctionApp {name: 'acme-support-bot'})-[:USES_PACKAGE]->(p:SoftwarePackage)-[:AFFECTED_BY]->(a:Advisory)
        RETURN p.name + ' ' + p.version + ' ' + a.advisoryId AS x""")).contains("langchain 0.1.10 PYSEC-2024-43");
    assertThat(strings("""
        MATCH (:AzureFunctionApp {name: 'acme-support-bot'})-[:USES_AI]->(u:AIUsage {managed: false})
        RETURN u.kind + ' ' + u.subject AS x""")).contains("import openai", "endpoint api.openai.com");
    assertThat(count("MATCH (:Internet)-[:CAN_REACH]->(:AzureFunctionApp {name: 'acme-support-bot'}) RETURN 1"))
        .isEqualTo(1);
    assertThat(count("""
        MATCH (:AzureFunctionApp {name: 'acme-support-bot'})-[:RUNS_AS]->(:Identity:AzurePrincipal) RETURN 1""")).isEqualTo(1);

    // The plain web app is not a function app; the other app's package is unknown without its settings.
    assertThat(count("MATCH (f:AzureFunctionApp {name: 'acme-intranet'}) RETURN f")).isZero();
    Record invoice = one("MATCH (f:AzureFunctionApp {name: 'acme-invoice-fn'}) RETURN f");
    assertThat(invoice.get("f").asNode().get("codeScan").asString()).isEqualTo("none");
    assertThat(invoice.get("f").asNode().get("internetReachable").asBoolean()).isFalse();
    assertThat(invoice.get("f").asNode().get("authEnabled").asBoolean()).isTrue();
    for (ServeEvent e : azure.server().getAllServeEvents()) {
      if (!signIn(e.getRequest().getUrl())) {
        assertThat(e.getRequest().getMethod().value()).as(e.getRequest().getUrl()).isEqualTo("GET");
      }
    }
  }

  @Test
  void readingAppSettingsKeepsNamesAndThePackageUriButNoValue() {
    Map<String, String> env = new HashMap<>(azure.azureEnvironment());
    env.put("AISPM_AZURE_READ_APP_SETTINGS", "true");
    ScanLedger ledger = AzureScans.scan(env, "fn-2");

    var f = one("MATCH (f:AzureFunctionApp {name: 'acme-invoice-fn'}) RETURN f").get("f").asNode();
    assertThat(f.get("codeScan").asString()).as(ledger.failures().toString()).isEqualTo("scanned");
    assertThat(f.get("packageSource").asString()).isEqualTo("runFromPackageUrl");
    assertThat(f.get("packageUri").asString())
        .isEqualTo("https://acmetraindata.blob.core.windows.net/function-releases/invoice-fn-20240401.zip");
    assertThat(f.get("aiProviderSettings").asList(v -> v.asString()))
        .containsExactly("OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT");
    assertThat(strings("""
        MATCH (:AzureFunctionApp {name: 'acme-invoice-fn'})-[:USES_AI]->(u:AIUsage)
        RETURN u.subject + ' ' + u.managed AS x""")).containsExactlyInAnyOrder("OPENAI_API_KEY false",
        "AZURE_OPENAI_ENDPOINT true");
    // Not a value, not a SAS signature, not an account key anywhere in the graph.
    String graph;
    try (Session s = InProcessNeo4j.connection().session()) {
      graph = s.run("MATCH (n) RETURN properties(n) AS p").list(r -> r.get("p").asMap().toString()).toString()
          + s.run("MATCH ()-[r]->() RETURN properties(r) AS p").list(r -> r.get("p").asMap().toString());
    }
    assertThat(graph).contains("OPENAI_API_KEY")
        .doesNotContain("sk-proj-SIMULATED", "U0lNVUxBVEVEU0lH", "U0lNVUxBVEVELUtFWS1OT1QtQS1SRUFMLUtFWQ", "sig=");
    assertThat(azure.server().getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().value().equals("POST"))
        .map(e -> e.getRequest().getUrl().replaceAll("\\?.*", "").toLowerCase())
        .filter(u -> !signIn(u)))
        .containsOnly(APPS + "acme-invoice-fn/config/appsettings/list", APPS + "acme-support-bot/config/appsettings/list");
  }

  /**
   * Token POSTs that mint credentials and read nothing: the Entra ID sign-in, and the container
   * registry's token exchange the image stage makes.
   */
  private static boolean signIn(String url) {
    String path = url.replaceAll("\\?.*", "");
    return path.endsWith("/oauth2/v2.0/token") || path.equals("/oauth2/exchange") || path.equals("/oauth2/token");
  }

  private static Record one(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).single();
    }
  }

  private static int count(String cypher) {
    return count(cypher, Map.of());
  }

  private static int count(String cypher, Map<String, Object> params) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher, params).list().size();
    }
  }

  private static List<String> strings(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).list(r -> r.get("x").asString());
    }
  }
}
