package dev.aispm.api.v1;

import dev.aispm.api.notification.AlertService;
import dev.aispm.api.v1.dto.Page;
import dev.aispm.posture.notification.DeliveryView;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every alert delivery attempt, newest first: what was sent where, and what failed and why. */
@RestController
@RequestMapping("/api/v1/alert-deliveries")
@PreAuthorize("hasRole('ADMIN')")
public class AlertDeliveryController {
  private final AlertService alerts;

  public AlertDeliveryController(AlertService alerts) {
    this.alerts = alerts;
  }

  @Operation(summary = "Alert delivery attempts (admin), newest first; filter by route and status.")
  @GetMapping
  public Page<DeliveryView> list(@RequestParam(required = false) String route,
      @RequestParam(required = false) String status, @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    int n = Limits.check(limit);
    if (status != null && !status.matches("SENT|RETRYING|FAILED")) {
      throw new InvalidParameterException("status", "must be SENT, RETRYING or FAILED");
    }
    List<DeliveryView> rows = alerts.deliveries().page(Cursor.decode(cursor), route, status, n + 1);
    String next = rows.size() > n ? Cursor.encode(rows.get(n - 1).id()) : null;
    return new Page<>(rows.subList(0, Math.min(n, rows.size())), next, n);
  }
}
