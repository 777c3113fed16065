package dev.aispm.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class OidcRolesTest {
  static Jwt jwt(Map<String, Object> claims) {
    Jwt.Builder b = Jwt.withTokenValue("t").header("alg", "RS256").subject("u").issuedAt(Instant.now())
        .expiresAt(Instant.now().plusSeconds(60));
    claims.forEach(b::claim);
    return b.build();
  }

  @Test
  void rolesAreReadFromListsStringsAndNestedClaimsWithAPrefix() {
    assertThat(new OidcRoles("roles", "").roles(jwt(Map.of("roles", List.of("Viewer", "admin", "root")))))
        .containsExactlyInAnyOrder(Role.VIEWER, Role.ADMIN);
    assertThat(new OidcRoles("scope", "aispm:").roles(jwt(Map.of("scope", "openid aispm:operator email"))))
        .containsExactly(Role.OPERATOR);
    assertThat(new OidcRoles("realm_access.roles", "aispm-").roles(jwt(Map.of("realm_access",
        Map.of("roles", List.of("aispm-admin", "admin")))))).containsExactly(Role.ADMIN);
    assertThat(new OidcRoles("groups", "").roles(jwt(Map.of("other", "x")))).isEmpty();
  }
}
