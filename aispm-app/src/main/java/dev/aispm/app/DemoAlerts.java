package dev.aispm.app;

import dev.aispm.api.notification.AlertService;
import dev.aispm.posture.notification.AlertDispatcher;
import dev.aispm.posture.notification.AlertRoute;
import dev.aispm.posture.notification.Channel;
import dev.aispm.posture.notification.ChannelType;
import dev.aispm.posture.notification.DeliveryView;
import dev.aispm.posture.notification.RouteFilter;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The demo's alerting: a route of the critical and high findings to the local signed webhook, a
 * test message on it, and the alerts of the demo scan's new findings, so the dashboard's Alerts
 * page shows a route and real deliveries.
 */
final class DemoAlerts {
  private DemoAlerts() {}

  static void show(ApplicationContext web, DemoWebhookSink sink, String scanId) {
    AlertService alerts = web.getBean(AlertService.class);
    AlertRoute route = alerts.routes().store().create("demo: critical and high to the local SOC webhook", true,
        new RouteFilter("high", List.of(), List.of(), List.of(), List.of(), List.of(), null),
        List.of(new Channel(ChannelType.WEBHOOK, sink.url(), sink.signingKey(), List.of())), 5, "demo");
    List<DeliveryView> test = alerts.dispatcher().test(route, "demo");
    AlertDispatcher.Result r = alerts.afterScan(scanId);
    System.out.printf("Alerts: route %s to %s; test message %s; %d finding alerts sent (%d in a digest past the "
        + "limit of %d per hour); %d signed deliveries verified by the sink%n", route.id(), sink.url(),
        test.get(test.size() - 1).status().toLowerCase(java.util.Locale.ROOT), r == null ? 0 : r.sent(),
        r == null ? 0 : r.digested(), route.rateLimit(), sink.verified());
  }
}
