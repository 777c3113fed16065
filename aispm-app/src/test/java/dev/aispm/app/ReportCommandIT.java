package dev.aispm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * {@code aispm report} over the demo's graph (the simulated AWS, Azure and Google Cloud scanned
 * through the real SDKs, {@link DemoOnce}): the HTML and the PDF are written, and the HTML, opened
 * in the machine's headless Chromium, shows its sections and makes no request besides the page
 * itself (read from Chromium's network log). The browser part skips when Chromium or its driver
 * is not installed.
 */
class ReportCommandIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  Path dir;

  @Test
  void theReportOfAScanIsWrittenAsHtmlAndPdfAndLoadsNothingElse() throws Exception {
    Path html = dir.resolve("out/report.html");
    Path pdf = dir.resolve("out/report.pdf");
    DemoOnce demo = DemoOnce.get();
    assertThat(demo.exitCode).isZero();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      // The demo keeps its graph in a folder of its own under the data folder; reports only read it.
      System.setProperty("AISPM_DATA_DIR", demo.graphData().toString());
      assertThat(Aispm.commandLine().execute("report", "--format", "html", "--out", html.toString())).isZero();
      assertThat(Aispm.commandLine().execute("report", "--format", "pdf", "--since", "24h", "--out",
          pdf.toString())).isZero();
      assertThat(Aispm.commandLine().execute("report", "--format", "docx", "--out", pdf.toString())).isEqualTo(2);
    } finally {
      System.setOut(original);
      System.clearProperty("AISPM_DATA_DIR");
    }
    String page = Files.readString(html);
    assertThat(page).contains("AI inventory by cloud and type", "Top risks", "Compliance summary",
        "Collection failures", "AWSSageMakerNotebookInstance", "CAN_REACH");
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium or chromedriver is not installed; install chromium and chromium-driver to run the browser check");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().withLogFile(new File("target/chromedriver-report.log")).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--user-data-dir=" + dir.resolve("chromium"));
    options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      String url = html.toUri().toString();
      driver.get(url);
      assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("AI security posture report");
      for (String id : List.of("summary", "inventory", "findings", "top-risks", "compliance", "collection-failures")) {
        assertThat(driver.findElement(By.id(id)).isDisplayed()).as(id).isTrue();
      }
      assertThat(driver.findElements(By.cssSelector("#top-risks .node"))).isNotEmpty();
      ObjectMapper json = new ObjectMapper();
      List<String> requested = new ArrayList<>();
      for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
        JsonNode m = json.readTree(e.getMessage()).path("message");
        // Requests of the report's document only: the browser's own start page makes requests too.
        if (m.path("method").asText().equals("Network.requestWillBeSent")
            && m.at("/params/documentURL").asText().equals(url)) {
          requested.add(m.at("/params/request/url").asText());
        }
      }
      assertThat(requested).as("requests the page made").contains(url).allMatch(u -> u.equals(url));
    } finally {
      driver.quit();
      service.stop();
    }
  }
}
