package dev.aispm.posture.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aispm.posture.notification.subject.AlertEvent;
import dev.aispm.posture.notification.subject.FindingAlert;
import dev.aispm.posture.query.FindingView;
import dev.aispm.rules.findings.PathStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Route filters, the hourly budget with its digest, backoff, and secrets kept out of text. */
public class RoutingTest {
  public static FindingAlert alert(String id, String severity, int score, AlertEvent event, String provider, String account) {
    FindingView f = new FindingView(id, "rule_" + severity, "Title " + id, severity, "exposure", score, "OPEN", "FAIL",
        "why", "res-" + id, List.of("res-" + id), List.of(PathStep.node("i", "Internet", "Internet"),
        PathStep.edge("CAN_REACH"), PathStep.node("nb", "Notebook", "nb")), List.of(), List.of("nist:PR.AA-05"),
        "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", null);
    return new FindingAlert(f, event, Instant.parse("2026-01-01T00:00:00Z"), "scan-1", provider, account, "us-east-1",
        "https://aispm.test/#/finding/" + id);
  }

  @Test
  void aFilterMatchesOnlyWhenEveryGivenCriterionHolds() {
    FindingAlert crit = alert("a", "critical", 95, AlertEvent.NEW, "aws", "111");
    FindingAlert low = alert("b", "low", 20, AlertEvent.REOPENED, "gcp", "p-1");
    assertThat(RouteFilter.all().matches(crit)).isTrue();
    RouteFilter high = new RouteFilter("HIGH", null, null, null, null, null, null);
    assertThat(high.matches(crit)).isTrue();
    assertThat(high.matches(low)).isFalse();
    RouteFilter reopenedGcp = new RouteFilter(null, List.of(), List.of(), List.of("GCP"), List.of("p-1"),
        List.of("reopened"), null);
    assertThat(reopenedGcp.matches(low)).isTrue();
    assertThat(reopenedGcp.matches(crit)).isFalse();
    assertThat(new RouteFilter(null, List.of("exposure"), List.of("rule_critical"), null, null, null, 90)
        .matches(crit)).isTrue();
    assertThat(new RouteFilter(null, null, null, null, null, null, 96).matches(crit)).isFalse();
    assertThat(new RouteFilter(null, List.of("data"), null, null, null, null, null).matches(crit)).isFalse();
    assertThatThrownBy(() -> new RouteFilter("severe", null, null, null, null, null, null))
        .hasMessageContaining("minSeverity");
    assertThatThrownBy(() -> new RouteFilter(null, null, null, null, null, List.of("changed"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBudgetSendsTheWorstFirstAndDigestsTheRest() {
    List<FindingAlert> alerts = List.of(alert("a", "low", 10, AlertEvent.NEW, "aws", "1"),
        alert("b", "critical", 90, AlertEvent.NEW, "aws", "1"), alert("c", "high", 70, AlertEvent.NEW, "aws", "1"));
    RouteBudget none = RouteBudget.split(alerts, 100, 0);
    assertThat(none.individual()).extracting(a -> a.finding().id()).containsExactly("b", "c", "a");
    assertThat(none.digested()).isEmpty();
    RouteBudget two = RouteBudget.split(alerts, 0, 2);
    assertThat(two.individual()).extracting(a -> a.finding().id()).containsExactly("b", "c");
    assertThat(two.digested()).extracting(a -> a.finding().id()).containsExactly("a");
    RouteBudget spent = RouteBudget.split(alerts, 5, 2);
    assertThat(spent.individual()).isEmpty();
    assertThat(spent.digested()).hasSize(3);
  }

  @Test
  void backoffDoublesUpToItsCeiling() {
    Backoff b = new Backoff(5, Duration.ofSeconds(2), Duration.ofSeconds(5));
    assertThat(b.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(b.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(b.delayAfter(3)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aChannelNeverPrintsItsSecrets() {
    Channel c = new Channel(ChannelType.WEBHOOK, "https://hooks.example.test/T0/B0/very-secret", "hmac-key", null);
    assertThat(c.toString()).contains("hooks.example.test").contains("signed").doesNotContain("very-secret")
        .doesNotContain("hmac-key");
    assertThat(new AlertRoute("rte-x", "r", true, null, List.of(c), 0, "api").toString())
        .doesNotContain("very-secret");
    assertThatThrownBy(() -> new Channel(ChannelType.SLACK, "file:///etc/passwd", null, null))
        .hasMessageNotContaining("passwd");
    assertThatThrownBy(() -> new Channel(ChannelType.EMAIL, null, null, List.of("not-an-address")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secretsAreSealedWithTheRouteAsAssociatedData() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("alerts-key");
    java.nio.file.Path file = dir.resolve("alerts.key");
    SecretBox box = SecretBox.load(null, file);
    assertThat(java.nio.file.Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
        java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    String sealed = box.encrypt("https://hooks.slack.com/services/T/B/X", "rte-1");
    assertThat(sealed).doesNotContain("hooks.slack.com");
    assertThat(SecretBox.load(null, file).decrypt(sealed, "rte-1")).isEqualTo("https://hooks.slack.com/services/T/B/X");
    assertThatThrownBy(() -> box.decrypt(sealed, "rte-2")).isInstanceOf(IllegalStateException.class);
    String other = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    assertThatThrownBy(() -> SecretBox.load(other, file).decrypt(sealed, "rte-1"))
        .isInstanceOf(IllegalStateException.class);
  }
}
