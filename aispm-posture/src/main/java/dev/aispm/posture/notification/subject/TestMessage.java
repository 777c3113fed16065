package dev.aispm.posture.notification.subject;

import java.time.Instant;

/** A message an admin sends to check that a route's channels are reachable and configured right. */
public record TestMessage(String routeId, String routeName, String requestedBy, Instant at, String dashboard)
    implements Notification {
  @Override
  public String kind() {
    return "test";
  }
}
