package dev.aispm.posture.notification.publisher;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.aispm.posture.notification.Channel;
import dev.aispm.posture.notification.ChannelType;
import dev.aispm.posture.notification.subject.Digest;
import dev.aispm.posture.notification.subject.FindingAlert;
import dev.aispm.posture.notification.subject.Notification;
import dev.aispm.posture.notification.subject.TestMessage;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generic webhook: the finding as an OCSF Detection Finding (a digest as a JSON array of them),
 * signed with HMAC-SHA256 when the channel has a key ({@link HmacSigner}).
 */
public final class WebhookPublisher extends HttpPublisher {
  private final Clock clock;

  public WebhookPublisher(HttpClient http, Clock clock) {
    super(http);
    this.clock = clock;
  }

  @Override
  public ChannelType type() {
    return ChannelType.WEBHOOK;
  }

  @Override
  protected String body(Channel channel, Notification n) {
    if (n instanceof FindingAlert a) {
      return OcsfDetectionFinding.json(OcsfDetectionFinding.of(a));
    }
    if (n instanceof TestMessage t) {
      return OcsfDetectionFinding.json(OcsfDetectionFinding.of(t));
    }
    ArrayNode all = OcsfDetectionFinding.array();
    ((Digest) n).alerts().forEach(a -> all.add(OcsfDetectionFinding.of(a)));
    return all.toString();
  }

  @Override
  protected Map<String, String> headers(Channel channel, String body) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("X-Aispm-Event", "ocsf.detection_finding");
    if (channel.signingKey() != null && !channel.signingKey().isEmpty()) {
      long ts = clock.instant().getEpochSecond();
      h.put(HmacSigner.TIMESTAMP_HEADER, Long.toString(ts));
      h.put(HmacSigner.SIGNATURE_HEADER, HmacSigner.sign(channel.signingKey(), ts, body));
    }
    return h;
  }
}
