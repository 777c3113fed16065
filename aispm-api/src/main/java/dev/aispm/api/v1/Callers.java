package dev.aispm.api.v1;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name of the authenticated caller, as the audit log records it. */
final class Callers {
  private Callers() {}

  static String current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null ? "anonymous" : a.getName();
  }
}
