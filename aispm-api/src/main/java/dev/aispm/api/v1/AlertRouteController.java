package dev.aispm.api.v1;

import dev.aispm.api.audit.AuditEntry;
import dev.aispm.api.audit.AuditLog;
import dev.aispm.api.notification.AlertService;
import dev.aispm.api.v1.dto.AlertRouteList;
import dev.aispm.api.v1.dto.AlertRouteRequest;
import dev.aispm.api.v1.dto.AlertRouteView;
import dev.aispm.api.v1.dto.AlertTestResult;
import dev.aispm.api.v1.dto.ChannelRequest;
import dev.aispm.posture.notification.AlertRoute;
import dev.aispm.posture.notification.Channel;
import dev.aispm.posture.notification.ChannelType;
import dev.aispm.posture.notification.DeliveryView;
import dev.aispm.posture.notification.RouteFilter;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alert routes: which findings go to which Slack, Teams, webhook or e-mail channels. Admins only,
 * every change audited (without the secrets, which no answer contains either).
 */
@RestController
@RequestMapping("/api/v1/alert-routes")
@PreAuthorize("hasRole('ADMIN')")
public class AlertRouteController {
  private final AlertService alerts;
  private final AuditLog audit;

  public AlertRouteController(AlertService alerts, AuditLog audit) {
    this.alerts = alerts;
    this.audit = audit;
  }

  @Operation(summary = "List alert routes (admin): configured ones, then those made through the API.")
  @GetMapping
  public AlertRouteList list() {
    return new AlertRouteList(alerts.routes().all().stream().map(AlertRouteView::of).toList());
  }

  @Operation(summary = "One alert route (admin); channel secrets are never returned.")
  @GetMapping("/{id}")
  public AlertRouteView get(@PathVariable String id) {
    return AlertRouteView.of(find(id));
  }

  @Operation(summary = "Create an alert route (admin). Webhook URLs and signing keys are write-only.")
  @PostMapping
  public ResponseEntity<AlertRouteView> create(@Valid @RequestBody AlertRouteRequest body) {
    List<Channel> channels = channels(body.channels(), null);
    AlertRoute r;
    try {
      r = alerts.routes().store().create(body.name(), body.enabled() == null || body.enabled(), filter(body.filter()),
          channels, body.rateLimit() == null ? 0 : body.rateLimit(), Callers.current());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("body", e.getMessage());
    }
    audit.record(Callers.current(), "alert-route.create", r.id(), AuditEntry.SUCCESS, describe(r));
    return ResponseEntity.created(URI.create("/api/v1/alert-routes/" + r.id())).body(AlertRouteView.of(r));
  }

  @Operation(summary = "Replace an alert route (admin). A channel sent without url or signingKey keeps the "
      + "stored one of the same position and type.")
  @PutMapping("/{id}")
  public AlertRouteView replace(@PathVariable String id, @Valid @RequestBody AlertRouteRequest body) {
    AlertRoute old = find(id);
    if (!"api".equals(old.source())) {
      throw new ConflictException("route " + id + " is configured (AISPM_ALERTS_*); change it there");
    }
    AlertRoute r;
    try {
      r = new AlertRoute(id, body.name().strip(), body.enabled() == null || body.enabled(), filter(body.filter()),
          channels(body.channels(), old), body.rateLimit() == null ? 0 : body.rateLimit(), "api");
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("body", e.getMessage());
    }
    alerts.routes().store().replace(r, Callers.current());
    audit.record(Callers.current(), "alert-route.update", id, AuditEntry.SUCCESS, describe(r));
    return AlertRouteView.of(r);
  }

  @Operation(summary = "Delete an alert route (admin); its delivery records stay.")
  @DeleteMapping("/{id}")
  public ResponseEntity<Void> delete(@PathVariable String id) {
    AlertRoute r = find(id);
    if (!"api".equals(r.source())) {
      throw new ConflictException("route " + id + " is configured (AISPM_ALERTS_*); remove it there");
    }
    alerts.routes().store().delete(id);
    audit.record(Callers.current(), "alert-route.delete", id, AuditEntry.SUCCESS, null);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Send a test message on every channel of the route (admin) and answer the attempts.")
  @PostMapping("/{id}/test")
  public AlertTestResult test(@PathVariable String id) {
    AlertRoute r = find(id);
    List<DeliveryView> tries = alerts.dispatcher().test(r, Callers.current());
    boolean ok = true;
    for (int i = 0; i < r.channels().size(); i++) {
      final int idx = i;
      ok &= tries.stream().filter(d -> d.channelIndex() == idx).reduce((a, b) -> b)
          .map(d -> "SENT".equals(d.status())).orElse(false);
    }
    audit.record(Callers.current(), "alert-route.test", id, ok ? AuditEntry.SUCCESS : AuditEntry.FAILURE,
        tries.stream().map(d -> d.channel() + ":" + d.status()).collect(Collectors.joining(" ")));
    return new AlertTestResult(id, ok, tries);
  }

  private AlertRoute find(String id) {
    if (!id.matches("rte-[0-9a-f-]{36}|config-[0-9]{1,4}")) {
      throw new InvalidParameterException("id", "a route id looks like rte-<uuid> or config-<n>");
    }
    return alerts.routes().find(id).orElseThrow(() -> new NotFoundException("alert route " + id));
  }

  private static RouteFilter filter(RouteFilter f) {
    return f == null ? RouteFilter.all() : f;
  }

  private static List<Channel> channels(List<ChannelRequest> requests, AlertRoute old) {
    List<Channel> out = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      ChannelRequest c = requests.get(i);
      try {
        ChannelType type = ChannelType.parse(c.type());
        Channel before = old != null && i < old.channels().size() && old.channels().get(i).type() == type
            ? old.channels().get(i) : null;
        String url = blank(c.url()) != null ? c.url() : before == null ? null : before.url();
        String key = blank(c.signingKey()) != null ? c.signingKey() : before == null ? null : before.signingKey();
        out.add(new Channel(type, url, key, c.recipients()));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("channels[" + i + "]", e.getMessage());
      }
    }
    return out;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The audit detail: name and channel types and hosts, never a URL path or key. */
  private static String describe(AlertRoute r) {
    return "name=" + r.name() + " channels=" + r.channels() + " rateLimit=" + r.rateLimit();
  }
}
