package dev.aispm.posture.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every route the service sends on: the configured ones ({@code AISPM_ALERTS_<n>_*}, whose
 * secrets stay in the environment) followed by the ones made through the API.
 */
public final class AlertRoutes {
  private final List<AlertRoute> configured;
  private final RouteStore store;

  public AlertRoutes(List<AlertRoute> configured, RouteStore store) {
    this.configured = List.copyOf(configured);
    this.store = store;
  }

  public List<AlertRoute> all() {
    List<AlertRoute> out = new ArrayList<>(configured);
    out.addAll(store.all());
    return out;
  }

  public Optional<AlertRoute> find(String id) {
    return configured.stream().filter(r -> r.id().equals(id)).findFirst().or(() -> store.find(id));
  }

  public RouteStore store() {
    return store;
  }
}
