package dev.aispm.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns an OIDC access token into aispm roles. Identity providers put groups or roles in different
 * claims ({@code roles}, {@code groups}, {@code realm_access.roles}), so the claim is configurable
 * (a dotted path descends into objects), and an optional prefix lets the IdP's group names be
 * {@code aispm-admin} rather than a bare {@code admin}. A token with no recognised role authenticates
 * but may call nothing.
 */
public final class OidcRoles implements Converter<Jwt, AbstractAuthenticationToken> {
  private final String claimPath;
  private final String prefix;

  public OidcRoles(String claimPath, String prefix) {
    this.claimPath = claimPath;
    this.prefix = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Set<Role> roles = roles(jwt);
    List<GrantedAuthority> authorities = new ArrayList<>();
    roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
    String subject = jwt.getClaimAsString("preferred_username") != null
        ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
    return new JwtAuthenticationToken(jwt, authorities, "oidc:" + subject);
  }

  /** The roles named in the configured claim; unknown names are ignored. */
  public Set<Role> roles(Jwt jwt) {
    Object value = jwt.getClaims();
    for (String part : claimPath.split("\\.")) {
      value = value instanceof java.util.Map<?, ?> m ? m.get(part) : null;
    }
    Collection<?> names;
    if (value instanceof Collection<?> c) {
      names = c;
    } else if (value instanceof String s) {
      names = List.of(s.split("[\\s,]+"));
    } else {
      names = List.of();
    }
    Set<Role> out = new LinkedHashSet<>();
    for (Object o : names) {
      String n = String.valueOf(o).toLowerCase(Locale.ROOT);
      if (n.startsWith(prefix)) {
        Role r = Role.parse(n.substring(prefix.length()));
        if (r != null) {
          out.add(r);
        }
      }
    }
    return out;
  }
}
