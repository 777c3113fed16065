package dev.aispm.api.security;

import java.util.Set;

/**
 * Who is calling: the name written to the audit log and used as the rate-limit key, and the
 * roles granted. An API token's name is {@code token:<id>}, an OIDC user's {@code oidc:<subject>}.
 */
public record Caller(String name, Set<Role> roles) {
  public Caller {
    roles = Set.copyOf(roles);
  }

  @Override
  public String toString() {
    return name;
  }
}
