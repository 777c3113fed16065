package dev.aispm.posture.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.posture.query.PostureReader;
import dev.aispm.posture.report.ComplianceReport;
import dev.aispm.posture.report.HtmlPostureReport;
import dev.aispm.posture.report.PostureReport;
import dev.aispm.posture.report.PostureReportBuilder;
import dev.aispm.posture.report.ReportFixture;
import dev.aispm.rules.catalog.RuleCatalog;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The posture report over a real graph: the numbers of each section, an HTML page that references
 * nothing outside itself, and a PDF whose pages render to images (kept under
 * {@code target/report-pages/} to look at) and whose text holds every section.
 */
class PostureReportIT {
  static PostureReport report;

  @BeforeAll
  static void build() {
    ReportFixture.write(InProcessNeo4j.connection());
    report = new PostureReportBuilder(PostureReader.of(InProcessNeo4j.connection()),
        new ComplianceReport(InProcessNeo4j.connection(), RuleCatalog.builtIn()), Clock.systemUTC())
        .build(Duration.ofDays(7));
  }

  @Test
  void theReportCountsTheInventoryTheTrendAndTheFailures() {
    assertThat(report.inventory()).extracting(i -> i.provider() + ":" + i.type() + "=" + i.count())
        .containsExactly("aws:AWSSageMakerModel=2", "aws:AWSSageMakerNotebookInstance=1", "gcp:GCPVertexEndpoint=1");
    assertThat(report.bySeverity()).containsEntry("critical", 1L).containsEntry("high", 1L).containsEntry("low", 1L)
        .containsEntry("medium", 0L);
    assertThat(report.changes().opened()).isEqualTo(1);
    assertThat(report.changes().resolved()).isEqualTo(1);
    assertThat(report.changes().reopened()).isEqualTo(1);
    assertThat(report.changes().openNow()).isEqualTo(3);
    assertThat(report.changes().openBefore()).isEqualTo(2);
    assertThat(report.topRisks().get(0).title()).isEqualTo(ReportFixture.TOP_TITLE);
    assertThat(report.failures()).singleElement().satisfies(o ->
        assertThat(o.missingPermission()).isEqualTo("resourcemanager.projects.get"));
    assertThat(report.compliance()).isNotEmpty();
  }

  @Test
  void aContentFindingNamesItsObjectVersionLineAndFingerprintEverywhere() {
    assertThat(report.evidence().get("f1")).singleElement().satisfies(e -> {
      assertThat(e.objectUri()).isEqualTo(ReportFixture.SECRET_OBJECT);
      assertThat(e.bucket()).isEqualTo("training-data");
      assertThat(e.key()).isEqualTo("fraud/train/part-0003.jsonl");
      assertThat(e.versionId()).isEqualTo("3HL4kqtJlcpXroDTDmJ");
      assertThat(e.line()).isEqualTo(812);
      assertThat(e.kind()).isEqualTo("secret");
      assertThat(e.fingerprint()).hasSize(64);
      assertThat(e.preview()).isEqualTo(ReportFixture.SECRET_PREVIEW);
    });
    assertThat(report.evidence()).doesNotContainKey("f2");
    PostureReader posture = PostureReader.of(InProcessNeo4j.connection());
    assertThat(posture.findings().detail("f1").orElseThrow().evidence()).hasSize(1);
    assertThat(posture.findings().detail("f2").orElseThrow().evidence()).isEmpty();
    assertThat(posture.findings().allWithEvidence()).filteredOn(f -> f.finding().id().equals("f1"))
        .singleElement().satisfies(f -> assertThat(f.evidence()).extracting(e -> e.objectUri())
            .containsExactly(ReportFixture.SECRET_OBJECT));
    assertThat(HtmlPostureReport.render(report)).contains(ReportFixture.SECRET_OBJECT, "3HL4kqtJlcpXroDTDmJ",
        "line 812:17, field text", "secret.aws-access-key", ReportFixture.SECRET_PREVIEW);
  }

  @Test
  void theHtmlIsSelfContained() {
    String html = HtmlPostureReport.render(report);
    for (String section : List.of("id=\"inventory\"", "id=\"findings\"", "id=\"top-risks\"", "id=\"compliance\"",
        "id=\"collection-failures\"")) {
      assertThat(html).contains(section);
    }
    assertThat(html).contains("-- CAN_REACH --&gt;").contains("research-nb").contains("AdminRole");
    assertThat(Pattern.compile("(?i)(src|href)\\s*=|url\\(|@import|<script|<link").matcher(html).find())
        .as("no element of the report loads anything").isFalse();
  }

  @Test
  void everyPdfPageRendersAndTheTextHoldsEverySection() throws Exception {
    byte[] pdf = PdfPostureReport.render(report);
    Path dir = Path.of("target", "report-pages");
    Files.createDirectories(dir);
    Files.write(dir.resolve("report.pdf"), pdf);
    StringBuilder text = new StringBuilder();
    List<Integer> inked = new ArrayList<>();
    try (PDDocument doc = PDDocument.load(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      PDFRenderer renderer = new PDFRenderer(doc);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage img = renderer.renderImageWithDPI(i, 72);
        assertThat(ImageIO.write(img, "png", dir.resolve("page-" + (i + 1) + ".png").toFile())).isTrue();
        inked.add(darkPixels(img));
        stripper.setStartPage(i + 1);
        stripper.setEndPage(i + 1);
        text.append(stripper.getText(doc));
      }
    }
    assertThat(inked).allMatch(n -> n > 500);
    assertThat(text.toString()).contains("AI security posture report", "AI inventory by cloud and type",
        "Open findings by severity", "Top risks", "Compliance summary", "Collection failures",
        ReportFixture.TOP_TITLE, "CAN_REACH", "resourcemanager.projects.get", "GCPVertexEndpoint",
        "3HL4kqtJlcpXroDTDmJ", ReportFixture.SECRET_PREVIEW);
  }

  private static int darkPixels(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (lum < 3 * 128) {
          n++;
        }
      }
    }
    return n;
  }
}
