package dev.aispm.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.api.schedule.ReportSchedules;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables docs/alerts.md and docs/reports.md name bind to the settings they describe. */
class AlertPropertiesTest {
  @Test
  void theDocumentedEnvironmentVariablesBind() {
    StandardEnvironment env = new StandardEnvironment();
    // Under the system environment's own name, so the binder reads it with the environment's name mapping.
    env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.ofEntries(
        Map.entry("AISPM_ALERTS_0_NAME", "critical to slack"),
        Map.entry("AISPM_ALERTS_0_CHANNEL", "webhook"),
        Map.entry("AISPM_ALERTS_0_URL", "https://siem.example.test/aispm"),
        Map.entry("AISPM_ALERTS_0_SIGNING_KEY", "k"),
        Map.entry("AISPM_ALERTS_0_MIN_SEVERITY", "critical"),
        Map.entry("AISPM_ALERTS_0_MIN_SCORE", "80"),
        Map.entry("AISPM_ALERTS_0_EVENTS", "NEW,REOPENED"),
        Map.entry("AISPM_ALERTS_0_RATE_LIMIT", "20"),
        Map.entry("AISPM_ALERTS_1_CHANNEL", "email"),
        Map.entry("AISPM_ALERTS_1_RECIPIENTS", "soc@example.test,ciso@example.test"),
        Map.entry("AISPM_ALERTING_DASHBOARD_URL", "https://aispm.example.test"),
        Map.entry("AISPM_ALERTING_INITIAL_BACKOFF", "5s"),
        Map.entry("AISPM_ALERTING_KEY_FILE", "/var/lib/aispm/alerts.key"),
        Map.entry("AISPM_MAIL_HOST", "smtp.example.test"),
        Map.entry("AISPM_MAIL_STARTTLS", "true"),
        Map.entry("AISPM_REPORTS_0_CRON", "0 0 7 ? * MON"),
        Map.entry("AISPM_REPORTS_0_FORMATS", "pdf"),
        Map.entry("AISPM_REPORTS_0_MAIL_TO", "ciso@example.test"))));
    env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    Binder binder = new Binder(ConfigurationPropertySources.get(env));
    AlertProperties a = binder.bindOrCreate("aispm", AlertProperties.class);
    assertThat(a.alerts()).hasSize(2);
    AlertProperties.RouteConfig r = a.alerts().get(0);
    assertThat(r.signingKey()).isEqualTo("k");
    assertThat(r.minSeverity()).isEqualTo("critical");
    assertThat(r.minScore()).isEqualTo(80);
    assertThat(r.events()).containsExactly("NEW", "REOPENED");
    assertThat(r.rateLimit()).isEqualTo(20);
    assertThat(a.alerts().get(1).recipients()).containsExactly("soc@example.test", "ciso@example.test");
    assertThat(a.alerting().dashboardUrl()).isEqualTo("https://aispm.example.test");
    assertThat(a.alerting().initialBackoff()).isEqualTo(Duration.ofSeconds(5));
    assertThat(a.alerting().keyFile()).isEqualTo("/var/lib/aispm/alerts.key");
    assertThat(a.mail().enabled()).isTrue();
    assertThat(a.mail().port()).isEqualTo(587);
    assertThat(a.routes()).extracting(x -> x.id() + ":" + x.channels().get(0).type().id())
        .containsExactly("config-0:webhook", "config-1:email");
    ReportSchedules s = binder.bindOrCreate("aispm", ReportSchedules.class);
    assertThat(s.reports()).singleElement().satisfies(x -> {
      assertThat(x.mailTo()).containsExactly("ciso@example.test");
      assertThat(x.formats()).isEqualTo(List.of("pdf"));
      assertThat(x.since()).isEqualTo("7d");
    });
  }
}
