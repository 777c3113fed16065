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
 * A Microsoft Teams webhook (a Workflows "post to a channel when a webhook request is received"
 * URL, or a legacy incoming webhook): a message with one Adaptive Card attachment, from
 * {@code teams/*.json}.
 */
public final class TeamsPublisher extends HttpPublisher {
  public TeamsPublisher(HttpClient http) {
    super(http);
  }

  @Override
  public ChannelType type() {
    return ChannelType.TEAMS;
  }

  @Override
  protected String body(Channel channel, Notification n) {
    if (n instanceof FindingAlert a) {
      return Template.of("teams/finding.json").render(MessageValues.of(a));
    }
    if (n instanceof TestMessage t) {
      return Template.of("teams/test.json").render(MessageValues.of(t));
    }
    Digest d = (Digest) n;
    Map<String, Object> v = MessageValues.of(d);
    List<String> facts = new ArrayList<>();
    for (FindingAlert a : d.alerts().subList(0, Math.min(SlackPublisher.DIGEST_LINES, d.alerts().size()))) {
      facts.add("{\"title\":\"" + Template.json(a.finding().severity() + " " + a.finding().score()) + "\",\"value\":\"["
          + Template.json(a.finding().title()) + "](" + Template.json(a.link()) + ")\"}");
    }
    v.put("facts", String.join(",", facts));
    return Template.of("teams/digest.json").render(v);
  }
}
