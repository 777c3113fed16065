package dev.aispm.api.v1;

import dev.aispm.api.audit.AuditEntry;
import dev.aispm.api.audit.AuditLog;
import dev.aispm.api.security.ApiTokenStore;
import dev.aispm.api.security.Role;
import dev.aispm.api.v1.dto.Page;
import dev.aispm.api.v1.dto.TokenCreateRequest;
import dev.aispm.api.v1.dto.TokenCreated;
import dev.aispm.api.v1.dto.TokenView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API tokens: created and revoked by admins; every change is audited. */
@RestController
@RequestMapping("/api/v1/tokens")
@PreAuthorize("hasRole('ADMIN')")
public class TokenController {
  private final ApiTokenStore tokens;
  private final AuditLog audit;

  public TokenController(ApiTokenStore tokens, AuditLog audit) {
    this.tokens = tokens;
    this.audit = audit;
  }

  @Operation(summary = "Create a token (admin). The clear token is returned once, in this response only.")
  @PostMapping
  public ResponseEntity<TokenCreated> create(@Valid @RequestBody TokenCreateRequest body) {
    Role role = Role.parse(body.role());
    ApiTokenStore.Created c = tokens.create(body.name().strip(), role, Callers.current(), body.expiresAt());
    audit.record(Callers.current(), "token.create", c.token().id(), AuditEntry.SUCCESS,
        "name=" + c.token().name() + " role=" + role.name().toLowerCase(Locale.ROOT)
            + (body.expiresAt() == null ? "" : " expiresAt=" + body.expiresAt()));
    return ResponseEntity.created(URI.create("/api/v1/tokens/" + c.token().id()))
        .body(new TokenCreated(c.token().id(), c.token().name(), role.name().toLowerCase(Locale.ROOT),
            c.token().createdAt(), c.token().expiresAt(), c.secret()));
  }

  @Operation(summary = "List tokens (admin), ordered by id; secrets are never returned.")
  @GetMapping
  public Page<TokenView> list(@RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    int n = Limits.check(limit);
    List<TokenView> rows = tokens.list(Cursor.decode(cursor), n + 1).stream().map(TokenView::of).toList();
    String next = rows.size() > n ? Cursor.encode(rows.get(n - 1).id()) : null;
    return new Page<>(rows.subList(0, Math.min(n, rows.size())), next, n);
  }

  @Operation(summary = "One token's metadata (admin).")
  @GetMapping("/{id}")
  public TokenView get(@PathVariable String id) {
    checkId(id);
    return tokens.find(id).map(TokenView::of).orElseThrow(() -> new NotFoundException("token " + id));
  }

  @Operation(summary = "Revoke a token (admin); it stops authenticating at once on this instance.")
  @DeleteMapping("/{id}")
  public ResponseEntity<Void> revoke(@PathVariable String id) {
    checkId(id);
    if (!tokens.revoke(id)) {
      audit.record(Callers.current(), "token.revoke", id, AuditEntry.FAILURE, "no such token");
      throw new NotFoundException("token " + id);
    }
    audit.record(Callers.current(), "token.revoke", id, AuditEntry.SUCCESS, null);
    return ResponseEntity.noContent().build();
  }

  private static void checkId(String id) {
    if (!id.matches("tok-[0-9a-f-]{36}|" + ApiTokenStore.BOOTSTRAP_ID)) {
      throw new InvalidParameterException("id", "a token id looks like tok-<uuid>");
    }
  }
}
