package dev.aispm.posture.notification;

import java.util.List;
import java.util.Objects;

/**
 * A route: the findings it selects and the channels it sends them to.
 *
 * @param id        {@code rte-<uuid>} for routes made through the API, {@code config-<n>} for configured ones
 * @param rateLimit alerts per hour the route sends one by one; past it, the rest go into one digest per
 *                  dispatch; 0 means no limit
 * @param source    {@code api} or {@code config}; configured routes cannot be changed through the API
 */
public record AlertRoute(String id, String name, boolean enabled, RouteFilter filter, List<Channel> channels,
    int rateLimit, String source) {
  public AlertRoute {
    Objects.requireNonNull(id, "id");
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("a route needs a name of 1 to 100 characters");
    }
    filter = filter == null ? RouteFilter.all() : filter;
    channels = List.copyOf(channels);
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("a route needs at least one channel");
    }
    if (rateLimit < 0) {
      throw new IllegalArgumentException("rateLimit must be 0 (no limit) or more");
    }
  }
}
