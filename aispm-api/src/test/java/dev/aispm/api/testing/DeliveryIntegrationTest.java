package dev.aispm.api.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that deliver: the service with a local HTTP sink (WireMock) for webhooks and a
 * local SMTP server (GreenMail, with a user and password) for mail, fast retries, and one
 * scheduled report writing into a temporary folder. Subclasses share one Spring context.
 */
public abstract class DeliveryIntegrationTest extends ApiIntegrationTest {
  protected static final WireMockServer SINK = new WireMockServer(WireMockConfiguration.options().dynamicPort());
  protected static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  protected static final Path REPORT_DIR;

  static {
    SINK.start();
    SMTP.start();
    SMTP.setUser("alerts@aispm.test", "alerts", "smtp-password");
    try {
      REPORT_DIR = Files.createTempDirectory("aispm-reports");
    } catch (java.io.IOException e) {
      throw new ExceptionInInitializerError(e);
    }
    // Both servers live as long as the JVM: the shared Spring context outlives any one class.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      SINK.stop();
      SMTP.stop();
    }));
  }

  @DynamicPropertySource
  static void deliveryProperties(DynamicPropertyRegistry r) {
    r.add("aispm.mail.host", () -> "127.0.0.1");
    r.add("aispm.mail.port", () -> SMTP.getSmtp().getPort());
    r.add("aispm.mail.username", () -> "alerts");
    r.add("aispm.mail.password", () -> "smtp-password");
    // GreenMail speaks plain SMTP; production keeps STARTTLS required (the default).
    r.add("aispm.mail.starttls", () -> "false");
    r.add("aispm.mail.from", () -> "aispm@aispm.test");
    r.add("aispm.alerting.attempts", () -> "3");
    r.add("aispm.alerting.initial-backoff", () -> "5ms");
    r.add("aispm.alerting.dashboard-url", () -> "https://aispm.example.test");
    r.add("aispm.alerting.key-file", () -> REPORT_DIR.resolve("alerts.key").toString());
    r.add("aispm.reports[0].name", () -> "weekly");
    r.add("aispm.reports[0].cron", () -> "0 0 7 ? * MON");
    r.add("aispm.reports[0].dir", () -> REPORT_DIR.toString());
    r.add("aispm.reports[0].mail-to", () -> "ciso@aispm.test");
  }
}
