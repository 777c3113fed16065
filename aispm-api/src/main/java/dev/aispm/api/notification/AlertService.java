package dev.aispm.api.notification;

import dev.aispm.posture.notification.AlertDispatcher;
import dev.aispm.posture.notification.AlertRoutes;
import dev.aispm.posture.notification.DeliveryLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the service's scan runner calls after a scan: sends the scan's alerts, and never lets an
 * alerting failure fail the scan that already completed.
 */
public final class AlertService {
  private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
  private final AlertDispatcher dispatcher;
  private final AlertRoutes routes;
  private final DeliveryLog deliveries;

  public AlertService(AlertDispatcher dispatcher, AlertRoutes routes, DeliveryLog deliveries) {
    this.dispatcher = dispatcher;
    this.routes = routes;
    this.deliveries = deliveries;
  }

  /** Sends the alerts of a finished scan; returns null when alerting itself failed (logged). */
  public AlertDispatcher.Result afterScan(String scanId) {
    try {
      return dispatcher.dispatch(scanId);
    } catch (RuntimeException e) {
      LOG.error("alerts of scan {} could not be dispatched", scanId, e);
      return null;
    }
  }

  public AlertDispatcher dispatcher() {
    return dispatcher;
  }

  public AlertRoutes routes() {
    return routes;
  }

  public DeliveryLog deliveries() {
    return deliveries;
  }
}
