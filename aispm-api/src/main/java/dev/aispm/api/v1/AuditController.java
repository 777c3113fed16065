package dev.aispm.api.v1;

import dev.aispm.api.audit.AuditLog;
import dev.aispm.api.v1.dto.AuditEntryView;
import dev.aispm.api.v1.dto.Page;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log of state-changing calls, newest first (admin). */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
public class AuditController {
  private final AuditLog audit;

  public AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @Operation(summary = "Audit entries, newest first, optionally of one actor or action (admin).")
  @GetMapping
  public Page<AuditEntryView> list(@RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    int n = Limits.check(limit);
    List<AuditEntryView> rows = audit.page(Cursor.decode(cursor), Limits.filter("actor", actor),
        Limits.filter("action", action), n + 1).stream().map(AuditEntryView::of).toList();
    String next = rows.size() > n ? Cursor.encode(rows.get(n - 1).id()) : null;
    return new Page<>(rows.subList(0, Math.min(n, rows.size())), next, n);
  }
}
