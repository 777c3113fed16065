package dev.aispm.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.aispm.api.schedule.ReportScheduler;
import dev.aispm.api.testing.ApiTestBeans;
import dev.aispm.api.testing.DeliveryIntegrationTest;
import dev.aispm.graph.testing.InProcessNeo4j;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Scheduled posture reports in the service: the configured schedule is a Quartz trigger, a run
 * writes HTML and PDF to the folder and mails them, and {@code GET /api/v1/reports/latest} serves
 * the newest file, or renders one when asked for another period.
 */
class ReportsIT extends DeliveryIntegrationTest {
  @Autowired
  ReportService reports;
  @Autowired
  Scheduler scheduler;

  @Test
  void aScheduledReportIsWrittenMailedAndServed() throws Exception {
    clearPosture();
    SMTP.purgeEmailFromAllMailboxes();
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run("""
          CREATE (:Asset:Model {id: 'm-1', name: 'fraud-model', type: 'AWSSageMakerModel', provider: 'aws'})
          CREATE (:Finding {id: 'f-1', ruleId: 'r', title: 'Public model endpoint', severity: 'critical', category: 'exposure',
                  score: 90, status: 'OPEN', result: 'FAIL', reason: 'open to the internet', resourceId: 'm-1',
                  resourceIds: ['m-1'], path: '[]', scoreFactors: '[]', scope: 'aws/1/us-east-1', controls: [],
                  firstSeen: datetime(), lastSeen: datetime()})
          """).consume();
    }
    assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(ReportScheduler.GROUP))).hasSize(1);

    reports.run(0);

    List<Path> files;
    try (Stream<Path> list = Files.list(REPORT_DIR)) {
      files = list.sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString()).anyMatch(n -> n.endsWith("-weekly.html"))
        .anyMatch(n -> n.endsWith("-weekly.pdf")).noneMatch(n -> n.endsWith(".tmp"));
    assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage m = SMTP.getReceivedMessages()[0];
    assertThat(m.getSubject()).contains("posture report").contains("1 open findings");
    List<String> names = new ArrayList<>();
    MimeMultipart mp = (MimeMultipart) m.getContent();
    for (int i = 0; i < mp.getCount(); i++) {
      if (mp.getBodyPart(i).getFileName() != null) {
        names.add(mp.getBodyPart(i).getFileName());
      }
    }
    assertThat(names).anyMatch(n -> n.endsWith(".pdf")).anyMatch(n -> n.endsWith(".html"));

    MvcResult html = mvc.perform(get("/api/v1/reports/latest").header("Authorization", bearer(token("viewer"))))
        .andExpect(status().isOk()).andReturn();
    assertThat(html.getResponse().getContentType()).startsWith("text/html");
    Path written = files.stream().filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
    assertThat(html.getResponse().getContentAsString()).isEqualTo(Files.readString(written))
        .contains("Public model endpoint");
    MvcResult pdf = mvc.perform(get("/api/v1/reports/latest").param("format", "pdf").param("since", "30d")
        .header("Authorization", bearer(ApiTestBeans.ADMIN))).andExpect(status().isOk()).andReturn();
    assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    mvc.perform(get("/api/v1/reports/latest").param("format", "docx").header("Authorization",
        bearer(ApiTestBeans.ADMIN))).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/reports/latest")).andExpect(status().isUnauthorized());
  }
}
