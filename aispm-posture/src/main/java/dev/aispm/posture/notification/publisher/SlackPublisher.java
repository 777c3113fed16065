package dev.aispm.posture.notification.publisher;

import dev.aispm.posture.notification.Channel;
import dev.aispm.posture.notification.ChannelType;
import dev.aispm.posture.notification.subject.Digest;
import dev.aispm.posture.notification.subject.FindingAlert;
import dev.aispm.posture.notification.subject.Notification;
import dev.aispm.posture.notification.subject.TestMessage;
import dev.aispm.posture.template.Template;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Slack incoming webhook: a Block Kit message (header, severity and score fields, why, the
 * attack path, a button to the finding in the dashboard, context) from
 * {@code slack/finding.json}, with a plain {@code text} for notifications and clients without
 * blocks. Slack answers 200 with {@code ok}; 4xx for a revoked or wrong webhook.
 */
public final class SlackPublisher extends HttpPublisher {
  /** A message may hold 50 blocks; a digest lists this many findings and counts the rest. */
  static final int DIGEST_LINES = 40;

  public SlackPublisher(HttpClient http) {
    super(http);
  }

  @Override
  public ChannelType type() {
    return ChannelType.SLACK;
  }

  @Override
  protected String body(Channel channel, Notification n) {
    if (n instanceof FindingAlert a) {
      Map<String, Object> v = MessageValues.of(a);
      v.put("headline", MessageValues.cut(v.get("severityUpper") + ": " + a.finding().title(), 150));
      for (String k : List.of("title", "reason", "path", "resource", "ruleId", "account", "scanId", "category")) {
        v.put(k, MessageValues.slack(String.valueOf(v.get(k))));
      }
      return Template.of("slack/finding.json").render(v);
    }
    if (n instanceof TestMessage t) {
      Map<String, Object> v = MessageValues.of(t);
      v.put("routeName", MessageValues.slack(t.routeName()));
      v.put("requestedBy", MessageValues.slack(t.requestedBy()));
      return Template.of("slack/test.json").render(v);
    }
    Digest d = (Digest) n;
    Map<String, Object> v = MessageValues.of(d);
    v.put("routeName", MessageValues.slack(d.routeName()));
    List<String> lines = new ArrayList<>();
    for (FindingAlert a : d.alerts().subList(0, Math.min(DIGEST_LINES, d.alerts().size()))) {
      lines.add("• <" + a.link() + "|" + MessageValues.slack(a.finding().title()) + "> "
          + a.finding().severity() + ", score " + a.finding().score() + " (" + a.event().name().toLowerCase() + ")");
    }
    if (d.alerts().size() > DIGEST_LINES) {
      lines.add("… and " + (d.alerts().size() - DIGEST_LINES) + " more");
    }
    v.put("lines", String.join("\n", lines));
    return Template.of("slack/digest.json").render(v);
  }
}
