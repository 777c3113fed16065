package dev.aispm.api.v1;

import dev.aispm.api.v1.dto.MeView;
import dev.aispm.api.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is and what it may do. The dashboard asks once after sign-in so that it can hide
 * the controls a role may not use (trigger a scan, suppress a finding) instead of offering buttons
 * that answer 403; the API still enforces the roles on every call.
 */
@RestController
@RequestMapping("/api/v1/me")
public class MeController {
  private final RoleHierarchy hierarchy;

  public MeController(RoleHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  @Operation(summary = "The caller's name, its highest role, and every role it holds through the hierarchy.")
  @GetMapping
  public MeView me() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    Set<String> authorities = hierarchy.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
        .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    List<String> roles = Arrays.stream(Role.values()).filter(r -> authorities.contains(r.authority()))
        .map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).toList();
    // Roles are ordered, so the last one held is the highest.
    return new MeView(auth.getName(), roles.isEmpty() ? null : roles.get(roles.size() - 1), roles);
  }
}
