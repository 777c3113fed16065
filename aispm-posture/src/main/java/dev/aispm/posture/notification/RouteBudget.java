package dev.aispm.posture.notification;

import dev.aispm.posture.notification.subject.FindingAlert;
import java.util.List;

/**
 * Splits a route's alerts of one dispatch into those it may still send one by one in the current
 * hour and those that go into a digest. The worst findings go first, so a limit never holds back
 * a critical finding for a low one.
 *
 * @param individual sent one message each
 * @param digested   sent together in one digest
 */
public record RouteBudget(List<FindingAlert> individual, List<FindingAlert> digested) {

  /**
   * @param alerts        the route's alerts, any order
   * @param sentInWindow  alerts the route already sent in the last hour
   * @param limit         alerts per hour; 0 means no limit
   */
  public static RouteBudget split(List<FindingAlert> alerts, long sentInWindow, int limit) {
    List<FindingAlert> sorted = alerts.stream()
        .sorted((a, b) -> b.finding().score() != a.finding().score()
            ? Integer.compare(b.finding().score(), a.finding().score())
            : a.finding().id().compareTo(b.finding().id()))
        .toList();
    if (limit == 0) {
      return new RouteBudget(sorted, List.of());
    }
    int left = (int) Math.max(0, Math.min(Integer.MAX_VALUE, limit - sentInWindow));
    int n = Math.min(left, sorted.size());
    return new RouteBudget(sorted.subList(0, n), sorted.subList(n, sorted.size()));
  }
}
