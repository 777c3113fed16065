package dev.aispm.posture.notification.subject;

import java.util.List;

/**
 * The findings a route could not send one by one because it reached its rate limit: one message
 * that lists them, so a burst after a large change is still seen, just not as a flood.
 *
 * @param routeName the route's name, for the message's title
 * @param alerts    the findings held back, worst first
 * @param dashboard the dashboard's findings page
 */
public record Digest(String routeName, List<FindingAlert> alerts, String dashboard) implements Notification {
  public Digest {
    alerts = List.copyOf(alerts);
  }

  @Override
  public String kind() {
    return "digest";
  }
}
