package dev.aispm.posture.notification;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One destination of a route. The webhook URL (Slack, Teams and generic webhooks carry their
 * credential in it) and the signing key are secrets: they are held here to send, stored only
 * encrypted, never answered by the API and kept out of {@link #toString()} so no log line can
 * carry them.
 *
 * @param url        webhook URL for slack, teams and webhook
 * @param signingKey HMAC-SHA256 key of a generic webhook; null sends it unsigned
 * @param recipients addresses of an e-mail channel
 */
public record Channel(ChannelType type, String url, String signingKey, List<String> recipients) {
  public Channel {
    Objects.requireNonNull(type, "type");
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    if (type == ChannelType.EMAIL) {
      if (recipients.isEmpty()) {
        throw new IllegalArgumentException("an email channel needs at least one recipient");
      }
      for (String r : recipients) {
        if (r == null || !r.matches("[^@\\s<>]+@[^@\\s<>]+")) {
          throw new IllegalArgumentException("not an e-mail address: " + r);
        }
      }
    } else {
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("a " + type.id() + " channel needs a url");
      }
      URI u;
      try {
        u = URI.create(url.strip());
      } catch (IllegalArgumentException e) {
        // The URL is a secret: the message must not quote it.
        throw new IllegalArgumentException("the " + type.id() + " channel's url is not a URL");
      }
      if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme()) || u.getHost() == null) {
        throw new IllegalArgumentException("the " + type.id() + " channel's url must be an http(s) URL");
      }
      url = url.strip();
    }
  }

  /** The host the channel posts to (not a secret: the credential is in the path), or null for e-mail. */
  public String host() {
    return url == null ? null : URI.create(url).getHost();
  }

  @Override
  public String toString() {
    return "Channel[" + type.id() + (url != null ? " to " + host() : "") + (recipients.isEmpty() ? "" : " to "
        + recipients) + (signingKey != null ? ", signed" : "") + "]";
  }
}
