package dev.aispm.api.security;

import java.util.Locale;

/**
 * What a caller may do. Roles are ordered: an operator can do everything a viewer can, an admin
 * everything an operator can (the order is a Spring {@code RoleHierarchy}, so a controller method
 * names only the least role it needs).
 */
public enum Role {
  /** Reads posture, findings, assets, scans, rules, compliance and the AI-BOM. */
  VIEWER,
  /** Also triggers scans and suppresses findings. */
  OPERATOR,
  /** Also creates and revokes tokens and reads the audit log. */
  ADMIN;

  /** The Spring Security authority, e.g. {@code ROLE_OPERATOR}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Parses {@code viewer}, {@code Operator}, {@code ADMIN}; null when the name is no role. */
  public static Role parse(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
