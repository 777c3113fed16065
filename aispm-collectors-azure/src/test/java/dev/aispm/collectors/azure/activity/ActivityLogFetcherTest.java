package dev.aispm.collectors.azure.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.arm.ArmActions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityLogFetcherTest {
  @Test
  void theFilterIsTheSubscriptionFormWithBoundsWidenedToWholeSeconds() {
    String path = ActivityLogFetcher.path("sub-1", Instant.parse("2026-12-06T09:15:30.750Z"),
        Instant.parse("2026-12-06T12:00:00.250Z"));
    String query = path.substring(path.indexOf('?') + 1);
    assertThat(path).startsWith("/subscriptions/sub-1/providers/Microsoft.Insights/eventtypes/management/values?$filter=")
        .doesNotContain(" ", "+");
    assertThat(URLDecoder.decode(query, StandardCharsets.UTF_8)).isEqualTo("$filter=eventTimestamp ge "
        + "'2026-12-06T09:15:30Z' and eventTimestamp le '2026-12-06T12:00:01Z' and eventChannels eq 'Admin, Operation'");
    // The RBAC action comes from the path, not the query.
    assertThat(ArmActions.readAction(path.substring(0, path.indexOf('?'))))
        .isEqualTo("Microsoft.Insights/eventtypes/values/read");
  }

  @Test
  void aBoundOnAWholeSecondStaysWhereItIs() {
    String path = ActivityLogFetcher.path("s", Instant.parse("2026-12-06T09:00:00Z"), Instant.parse("2026-12-06T10:00:00Z"));
    assertThat(URLDecoder.decode(path, StandardCharsets.UTF_8)).contains("le '2026-12-06T10:00:00Z'");
  }
}
