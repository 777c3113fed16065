package dev.aispm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.posture.scan.ScanOrchestrator;
import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.collect.ScanProgress;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.connect.GraphSettings;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.simulator.SimulatedCloud;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dashboard end to end, in the machine's headless Chromium against the scanned demo
 * organization: sign in with a token, read the overview, filter findings, open an attack path,
 * suppress a finding and lift it, browse the AI inventory and an asset's neighbourhood, read
 * compliance, trigger a scan, and check that a viewer sees no operator controls. Every page is
 * saved as a PNG under {@code target/screenshots} so a reviewer can see what was tested.
 *
 * <p>Skips (never fails) when Chromium or its driver is not installed, so a machine without a
 * browser can still run the build; CI installs both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardE2EIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final String NOTEBOOK_PATH_RULE = "attack_path_internet_notebook_privileged_role_training_data";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, String> savedProperties = new HashMap<>();
  private Path dir;
  private SimulatedCloud cloud;
  private GraphConnection graph;
  private ConfigurableApplicationContext web;
  private ChromeDriverService service;
  private ChromeDriver driver;
  private WebDriverWait wait;
  private String base;
  private String adminToken;
  private String viewerToken;

  @BeforeAll
  void startDemoAndBrowser() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
        + "; install the chromium package to run the dashboard's browser tests");
    assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed at " + CHROMEDRIVER
        + "; install the chromium-driver package to run the dashboard's browser tests");
    dir = Files.createTempDirectory("aispm-dashboard-e2e");
    Files.createDirectories(SCREENSHOTS);

    // The same set-up as ./aispm demo: the simulated organization reached through the real SDK.
    cloud = SimulatedCloud.start();
    cloud.awsSdkSystemProperties().forEach((k, v) -> {
      savedProperties.put(k, System.getProperty(k));
      System.setProperty(k, v);
    });
    Map<String, String> env = AppRuntime.environment();
    env.remove("AISPM_NEO4J_URI");
    env.putAll(cloud.awsSdkEnvironment());
    env.put("AISPM_AWS_ROLE_NAME", cloud.awsOrganization().crossAccountRole());
    env.put("AISPM_AWS_EXTERNAL_ID", cloud.awsOrganization().externalId());
    graph = GraphConnection.open(new GraphSettings(null, "neo4j", "", null, dir.resolve("neo4j"), 0, 1000),
        SchemaCatalog.standard());
    RuleCatalog rules = RuleCatalog.withCustom(null);
    List<Collector> collectors = AppRuntime.collectors(env);
    new ScanOrchestrator(graph, collectors, rules, SchemaCatalog.standard()).run("e2e", ScanProgress.NONE);

    adminToken = "e2e_admin_" + java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(12));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    web = AppRuntime.startWeb(graph, rules, collectors, port, "--aispm.admin-token=" + adminToken,
        "--aispm.alerting.key-file=" + dir.resolve("alerts.key"));
    base = "http://127.0.0.1:" + port;
    viewerToken = post("/api/v1/tokens", adminToken, "{\"name\":\"e2e viewer\",\"role\":\"viewer\"}")
        .get("token").asText();

    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
        .withLogFile(new File("target/chromedriver.log")).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--disable-quic", "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("chromium"));
    // Browser console entries let the test see script errors and Content-Security-Policy violations.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (web != null) {
      web.close();
    }
    if (graph != null) {
      graph.close();
    }
    if (cloud != null) {
      cloud.close();
    }
    savedProperties.forEach((k, v) -> {
      if (v == null) {
        System.clearProperty(k);
      } else {
        System.setProperty(k, v);
      }
    });
  }

  @Test
  @Order(1)
  void signInWithATokenOpensTheOverview() throws Exception {
    driver.get(base + "/");
    WebElement token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-token")));
    screenshot("01-sign-in");
    token.sendKeys("not-a-token-of-this-service");
    driver.findElement(By.cssSelector("#login button[type=submit]")).click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-message")));
    assertThat(error.getText()).contains("not accepted");

    signIn(adminToken);
    assertThat(driver.findElement(By.id("who-role")).getText()).isEqualTo("admin");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#top-risks li"), 0));
    JsonNode summary = get("/api/v1/summary", adminToken);
    WebElement cards = driver.findElement(By.id("severity-cards"));
    assertThat(cards.getText()).contains(summary.get("openFindingsBySeverity").get("critical").asText() + "\ncritical");
    assertThat(driver.findElements(By.cssSelector("#top-risks li"))).hasSize(summary.get("topRisks").size());
    assertThat(driver.findElement(By.cssSelector("#top-risks li a")).getText())
        .isEqualTo(summary.get("topRisks").get(0).get("title").asText());
    assertThat(driver.findElements(By.cssSelector("#trend-chart circle"))).isNotEmpty();
    assertThat(driver.findElement(By.id("trend-latest")).getText())
        .startsWith(get("/api/v1/summary/trend", adminToken).get("items").get(0).get("openTotal").asText() + " open");
    assertThat(driver.getPageSource()).contains("Assets by provider", "AWSSageMakerNotebookInstance");
    screenshot("02-overview");
  }

  @Test
  @Order(2)
  void findingsFilterBySeverityCategoryAndFramework() throws Exception {
    navigate("#/findings");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#finding-table tbody tr"), 0));
    new Select(driver.findElement(By.id("finding-filter-severity"))).selectByValue("critical");
    new Select(driver.findElement(By.id("finding-filter-category"))).selectByValue("attack-path");
    new Select(driver.findElement(By.id("finding-filter-framework"))).selectByValue("mitre-atlas");
    driver.findElement(By.cssSelector("#finding-filter button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("severity=critical"));
    JsonNode expected = get("/api/v1/findings?severity=critical&category=attack-path&framework=mitre-atlas&limit=500",
        adminToken).get("items");
    assertThat(expected.size()).isPositive();
    wait.until(d -> d.findElements(By.cssSelector("#finding-table tbody tr")).size() == expected.size());
    List<WebElement> rows = driver.findElements(By.cssSelector("#finding-table tbody tr"));
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).findElement(By.cssSelector("td:nth-child(2)")).getText()).isEqualToIgnoringCase("critical");
      assertThat(rows.get(i).findElement(By.cssSelector("td:nth-child(4)")).getText())
          .isEqualTo(expected.get(i).get("title").asText());
    }
    // Another filter shows other findings: no low finding is among the critical attack paths shown.
    java.util.Set<String> shown = new java.util.HashSet<>();
    expected.forEach(f -> shown.add(f.get("id").asText()));
    JsonNode low = get("/api/v1/findings?severity=low&limit=500", adminToken).get("items");
    assertThat(low.size()).isPositive();
    low.forEach(f -> assertThat(shown).doesNotContain(f.get("id").asText()));
    screenshot("03-findings-filtered");
  }

  @Test
  @Order(3)
  void aFindingShowsItsScoreRemediationAndAttackPathGraph() throws Exception {
    JsonNode finding = notebookPathFinding();
    navigate("#/findings?rule=" + NOTEBOOK_PATH_RULE);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(finding.get("title").asText()))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attack-path")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(finding.get("title").asText());
    assertThat(driver.findElement(By.cssSelector("#main-nav a[aria-current=page]")).getText()).isEqualTo("Findings");

    long pathNodes = 0;
    for (JsonNode step : finding.get("path")) {
      if (step.get("kind").asText().equals("node")) {
        pathNodes++;
      }
    }
    assertThat(pathNodes).isGreaterThanOrEqualTo(3);
    assertThat(driver.findElements(By.cssSelector("#attack-path .path-node"))).hasSize((int) pathNodes);
    List<String> edgeLabels = driver.findElements(By.cssSelector("#attack-path .edge-label")).stream()
        .map(WebElement::getText).toList();
    assertThat(edgeLabels).hasSize((int) pathNodes - 1).contains("RUNS_AS");
    assertThat(driver.findElement(By.cssSelector("#attack-path .path-node")).getText()).startsWith("1.");

    List<WebElement> factors = driver.findElements(By.cssSelector("#score-factors tbody tr"));
    assertThat(factors).hasSize(finding.get("scoreFactors").size());
    assertThat(factors.get(0).getText()).contains(finding.get("scoreFactors").get(0).get("why").asText());
    assertThat(driver.findElement(By.id("remediation")).getText())
        .isEqualTo(get("/api/v1/rules/" + NOTEBOOK_PATH_RULE, adminToken).get("remediation").get("text").asText());
    screenshot("04-finding-attack-path");
  }

  @Test
  @Order(4)
  void anOperatorSuppressesAFindingAndLiftsTheSuppression() throws Exception {
    JsonNode finding = notebookPathFinding();
    String id = finding.get("id").asText();
    navigate("#/finding/" + id);
    WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suppress-reason")));
    reason.sendKeys("Notebook is isolated by an egress proxy; accepted until the migration");
    driver.findElement(By.id("suppress")).click();
    wait.until(ExpectedConditions.textToBe(By.id("finding-status"), "suppressed"));
    assertThat(driver.findElement(By.id("suppression-note")).getText()).contains("egress proxy");
    assertThat(get("/api/v1/findings/" + id, adminToken).get("status").asText()).isEqualTo("SUPPRESSED");
    screenshot("05-finding-suppressed");

    navigate("#/findings?status=SUPPRESSED");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#finding-table tbody tr"), 1));
    assertThat(driver.findElement(By.cssSelector("#finding-table tbody tr")).getText()).contains("suppressed");

    navigate("#/finding/" + id);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("unsuppress"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("finding-status"), "open"));
    assertThat(get("/api/v1/findings/" + id, adminToken).get("status").asText()).isEqualTo("OPEN");
  }

  @Test
  @Order(5)
  void theInventoryListsAiAssetsAndDrawsAnAssetsNeighbourhood() throws Exception {
    navigate("#/inventory");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#asset-table tbody tr"), 0));
    List<String> types = driver.findElements(By.cssSelector("#asset-table tbody td:nth-child(2)")).stream()
        .map(WebElement::getText).toList();
    assertThat(types).doesNotContain("AWSIAMRole", "AWSS3Bucket", "AWSAccount").contains("AWSSageMakerEndpoint");
    screenshot("06-inventory");

    WebElement search = driver.findElement(By.id("inventory-filter-q"));
    search.sendKeys("research-notebook");
    driver.findElement(By.cssSelector("#inventory-filter button[type=submit]")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#asset-table tbody tr"), 1));
    WebElement row = driver.findElement(By.cssSelector("#asset-table tbody tr"));
    assertThat(row.getText()).contains("AWSSageMakerNotebookInstance", "ResearchNotebookRole");
    row.findElement(By.linkText("research-notebook")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("neighbourhood-graph")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("research-notebook");
    int oneHop = driver.findElements(By.cssSelector("#neighbourhood-graph .node")).size();
    driver.findElement(By.linkText("Show two hops")).click();
    wait.until(ExpectedConditions.urlContains("hops=2"));
    // The second hop adds the role's data stores: wait for the redrawn, larger graph.
    wait.until(d -> d.findElements(By.cssSelector("#neighbourhood-graph .node")).size() > oneHop);
    String pageText = driver.findElement(By.id("neighbourhood-graph")).getText();
    assertThat(pageText).contains("ResearchNotebookRole", "RUNS_AS", "CAN_READ");
    screenshot("07-asset-neighbourhood");
  }

  @Test
  @Order(6)
  void complianceShowsControlsWithPassingAndFailingResources() throws Exception {
    navigate("#/compliance");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#framework-table tbody tr"), 5));
    driver.findElement(By.linkText("nist-csf-2.0")).click();
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#control-table tbody tr"), 0));
    JsonNode controls = get("/api/v1/compliance/nist-csf-2.0", adminToken).get("controls");
    assertThat(driver.findElements(By.cssSelector("#control-table tbody tr"))).hasSize(controls.size());
    assertThat(driver.findElement(By.id("control-table")).getText())
        .contains(controls.get(0).get("control").asText(), controls.get(0).get("failing").get("count").asText() + " failing");
    screenshot("08-compliance");
  }

  @Test
  @Order(7)
  void scansShowHistoryAndErrorsAndAnOperatorTriggersAScan() throws Exception {
    navigate("#/scans");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#scan-table tbody tr"), 1));
    assertThat(driver.findElement(By.cssSelector("#scan-table tbody tr")).getText()).contains("partial", "e2e");
    driver.findElement(By.cssSelector("#scan-table tbody a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-table")));
    // The simulated organization denies some SageMaker calls in one region by a service control policy.
    assertThat(driver.findElement(By.id("error-table")).getText()).contains("sagemaker:ListNotebookInstances");
    screenshot("09-scan-detail");

    navigate("#/scans");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("trigger-scan"))).click();
    WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#scan-trigger-result a")));
    String scanId = result.getText();
    assertThat(scanId).startsWith("scan-");
    screenshot("10-scan-triggered");
    // Let the triggered scan finish, so the trend gains a point and nothing runs when the graph closes.
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    String status;
    do {
      Thread.sleep(1000);
      status = get("/api/v1/scans/" + scanId, adminToken).get("status").asText();
    } while ((status.equals("QUEUED") || status.equals("RUNNING")) && System.nanoTime() < deadline);
    assertThat(status).isIn("SUCCEEDED", "PARTIAL");
    assertThat(get("/api/v1/summary/trend", adminToken).get("items")).hasSize(2);
    navigate("#/scans");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#scan-table tbody tr"), 2));
    navigate("#/overview");
    // Five series (total and four severities), each with a point per scan.
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#trend-chart circle"), 10));
    assertThat(driver.findElement(By.id("trend-latest")).getText()).contains("since the previous scan");
    screenshot("11-overview-after-second-scan");
  }

  @Test
  @Order(8)
  void aViewerSeesNoTriggerOrSuppressControls() throws Exception {
    driver.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-token")));
    signIn(viewerToken);
    assertThat(driver.findElement(By.id("who-role")).getText()).isEqualTo("viewer");
    navigate("#/finding/" + notebookPathFinding().get("id").asText());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suppress-readonly")));
    assertThat(driver.findElements(By.id("suppress-form"))).isEmpty();
    assertThat(driver.findElements(By.id("suppress"))).isEmpty();
    screenshot("12-viewer-finding");
    navigate("#/scans");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trigger-readonly")));
    assertThat(driver.findElements(By.id("trigger-scan"))).isEmpty();
    screenshot("13-viewer-scans");
    // The hidden controls are a courtesy; the API itself refuses the viewer.
    HttpResponse<String> denied = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/scans"))
        .header("Authorization", "Bearer " + viewerToken).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(denied.statusCode()).isEqualTo(403);
  }

  @Test
  @Order(9)
  void thePageIsServedUnderAStrictContentSecurityPolicyAndRaisedNoScriptErrors() throws Exception {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("default-src 'self'", "connect-src 'self'", "frame-ancestors 'none'");
    // Every page above ran under that policy; a violation or an uncaught error is logged as SEVERE.
    // The only expected one is the 401 of the wrong token tried at sign-in.
    List<String> severe = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(e -> e.getMessage()).filter(m -> !m.contains("401")).toList();
    assertThat(severe).isEmpty();
  }

  @Test
  @Order(10)
  void anAdminSeesAlertRoutesSendsATestAndSeesTheDeliveries() throws Exception {
    try (DemoWebhookSink sink = DemoWebhookSink.start("e2e-signing-key")) {
      JsonNode route = post("/api/v1/alert-routes", adminToken, "{\"name\":\"e2e critical to the SOC\","
          + "\"filter\":{\"minSeverity\":\"critical\"},\"channels\":[{\"type\":\"webhook\",\"url\":\""
          + sink.url() + "\",\"signingKey\":\"e2e-signing-key\"}]}");
      // The viewer of the test before is still signed in: sign in again as the admin.
      driver.findElement(By.id("logout")).click();
      WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-token")));
      input.sendKeys(adminToken);
      driver.findElement(By.cssSelector("#login button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBe(By.id("who-role"), "admin"));
      navigate("#/alerts");
      WebElement routes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("route-table")));
      assertThat(routes.getText()).contains("e2e critical to the SOC", "severity ≥ critical",
          "webhook to 127.0.0.1 (signed)", route.get("id").asText());
      assertThat(driver.getPageSource()).doesNotContain("e2e-signing-key").doesNotContain(sink.url());
      driver.findElement(By.cssSelector("#route-table button")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alert-test-result"), "delivered"));
      assertThat(driver.findElement(By.id("alert-test-result")).getText()).contains("webhook sent 204");
      assertThat(sink.verified()).isEqualTo(1);
      navigate("#/alerts");
      WebElement deliveries = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
          "#delivery-table tbody tr")));
      assertThat(deliveries.getText()).contains("test message", "sent", "204");
      screenshot("14-alerts");
    }
  }

  // -------------------------------------------------------------------------------------------

  private JsonNode notebookPathFinding() throws Exception {
    JsonNode items = get("/api/v1/findings?rule=" + NOTEBOOK_PATH_RULE + "&limit=1", adminToken).get("items");
    assertThat(items).isNotEmpty();
    return get("/api/v1/findings/" + items.get(0).get("id").asText(), adminToken);
  }

  private void signIn(String token) {
    WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-token")));
    input.clear();
    input.sendKeys(token);
    driver.findElement(By.cssSelector("#login button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));
  }

  /** Navigates inside the single-page app and waits until the new page has rendered. */
  private void navigate(String hash) {
    // Clearing first makes the wait below see the new page, not the old one; the same hash fires
    // no hashchange, so the test raises one itself.
    ((JavascriptExecutor) driver).executeScript("document.getElementById('content').replaceChildren();"
        + "if (location.hash === arguments[0]) window.dispatchEvent(new HashChangeEvent('hashchange'));"
        + "else location.hash = arguments[0];", hash);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#content h1")));
  }

  /** A full-page PNG through the DevTools protocol (the window alone would cut long pages). */
  private void screenshot(String name) throws IOException {
    byte[] png;
    try {
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
      double width = ((Number) size.get("width")).doubleValue();
      double height = Math.min(8000, ((Number) size.get("height")).doubleValue());
      Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
          "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
      png = Base64.getDecoder().decode((String) shot.get("data"));
    } catch (RuntimeException e) {
      png = driver.getScreenshotAs(OutputType.BYTES);
    }
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  private JsonNode get(String path, String token) throws IOException, InterruptedException {
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as("GET %s: %s", path, res.body()).isEqualTo(200);
    return json.readTree(res.body());
  }

  private JsonNode post(String path, String token, String body) throws IOException, InterruptedException {
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as("POST %s: %s", path, res.body()).isBetween(200, 299);
    return json.readTree(res.body());
  }
}
