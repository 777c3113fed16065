package dev.aispm.posture.notification;

import java.util.Locale;

/** The kinds of channel a route can send to. */
public enum ChannelType {
  SLACK, TEAMS, WEBHOOK, EMAIL;

  /** The lower-case name used in the API, configuration and delivery records. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an id; an unknown one is a caller's error. */
  public static ChannelType parse(String id) {
    if (id != null) {
      for (ChannelType t : values()) {
        if (t.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
          return t;
        }
      }
    }
    throw new IllegalArgumentException("channel type must be slack, teams, webhook or email, was " + id);
  }
}
