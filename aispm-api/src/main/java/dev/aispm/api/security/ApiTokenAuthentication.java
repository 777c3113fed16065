package dev.aispm.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an aispm API token; carries the token's metadata, never its secret. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {
  private static final long serialVersionUID = 1L;
  private final transient ApiToken token;
  private final Caller caller;

  public ApiTokenAuthentication(ApiToken token) {
    super(List.of(new SimpleGrantedAuthority(token.role().authority())));
    this.token = token;
    this.caller = new Caller("token:" + token.id(), java.util.Set.of(token.role()));
    setAuthenticated(true);
  }

  public ApiToken token() {
    return token;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  @Override
  public String getName() {
    return caller.name();
  }
}
