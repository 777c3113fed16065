package dev.aispm.api.v1.dto;

import dev.aispm.posture.notification.Channel;
import java.util.List;

/**
 * A route's channel as answered: its type, the host it posts to and its recipients, and whether
 * a URL and a signing key are set, never their values.
 */
public record ChannelView(String type, String host, List<String> recipients, boolean urlSet, boolean signed) {
  public static ChannelView of(Channel c) {
    return new ChannelView(c.type().id(), c.host(), c.recipients(), c.url() != null, c.signingKey() != null);
  }
}
