package dev.aispm.api.v1.dto;

import dev.aispm.posture.notification.AlertRoute;
import dev.aispm.posture.notification.RouteFilter;
import java.util.List;

/**
 * A route as answered, without channel secrets.
 *
 * @param source api (made through the API) or config (from {@code AISPM_ALERTS_<n>_*}, read-only here)
 */
public record AlertRouteView(String id, String name, boolean enabled, String source, RouteFilter filter,
    List<ChannelView> channels, int rateLimit) {
  public static AlertRouteView of(AlertRoute r) {
    return new AlertRouteView(r.id(), r.name(), r.enabled(), r.source(), r.filter(),
        r.channels().stream().map(ChannelView::of).toList(), r.rateLimit());
  }
}
