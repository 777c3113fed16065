package dev.aispm.collectors.azure.activity;

import dev.aispm.collectors.azure.arm.ArmClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * Reads one subscription's Activity Log (management events) for a time window:
 * {@code GET /subscriptions/{id}/providers/Microsoft.Insights/eventtypes/management/values} with
 * an {@code eventTimestamp} range filter, following {@code nextLink}. The read needs
 * {@code Microsoft.Insights/eventtypes/values/read}, which ARM derives from the path.
 */
final class ActivityLogFetcher {
  /** The Activity Log's only API version for this operation. */
  static final String API_VERSION = "2015-04-01";

  private final ArmClient arm;

  ActivityLogFetcher(ArmClient arm) {
    this.arm = arm;
  }

  /** Hands each raw answer page of {@code [from, to]} to {@code page}. */
  void pages(String subscriptionId, Instant from, Instant to, Consumer<String> page) {
    arm.forEachPage(path(subscriptionId, from, to), API_VERSION, page);
  }

  /**
   * The request path with its filter. Bounds go to whole seconds, the lower one down and the upper
   * one up, so the window never narrows; the overlap of the next read absorbs the rest.
   */
  static String path(String subscriptionId, Instant from, Instant to) {
    Instant lo = from.truncatedTo(ChronoUnit.SECONDS);
    Instant hi = to.truncatedTo(ChronoUnit.SECONDS).equals(to) ? to : to.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    // The API accepts only a few filter shapes; this is its "events of a subscription" one.
    String filter = "eventTimestamp ge '" + lo + "' and eventTimestamp le '" + hi
        + "' and eventChannels eq 'Admin, Operation'";
    // URLEncoder writes spaces as '+'; the filter is safer with %20, which every parser reads as a space.
    return "/subscriptions/" + subscriptionId + "/providers/Microsoft.Insights/eventtypes/management/values?$filter="
        + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
