package dev.aispm.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the stored token hashes. A bearer
 * value that is no API token is left to the OIDC resource server when one is configured and looks
 * like a JWT; otherwise it is refused here with a 401 problem, so a typo in a token never falls
 * through to anonymous access.
 */
public final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {
  private final ApiTokenStore tokens;
  private final boolean jwtEnabled;
  private final ProblemResponses problems;
  private final Clock clock;

  public ApiTokenAuthenticationFilter(ApiTokenStore tokens, boolean jwtEnabled, ProblemResponses problems,
      Clock clock) {
    this.tokens = tokens;
    this.jwtEnabled = jwtEnabled;
    this.problems = problems;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() > 4096) {
      unauthorized(request, response, "only 'Authorization: Bearer <token>' is accepted");
      return;
    }
    String secret = header.substring(7).strip();
    Optional<ApiToken> token = secret.isEmpty() ? Optional.empty() : tokens.findBySecret(secret);
    if (token.isPresent()) {
      if (!token.get().usableAt(clock.instant())) {
        unauthorized(request, response, token.get().revokedAt() != null ? "the token was revoked"
            : "the token expired");
        return;
      }
      SecurityContext ctx = SecurityContextHolder.createEmptyContext();
      ctx.setAuthentication(new ApiTokenAuthentication(token.get()));
      SecurityContextHolder.setContext(ctx);
      chain.doFilter(request, response);
      return;
    }
    if (jwtEnabled && looksLikeJwt(secret)) {
      chain.doFilter(request, response);
      return;
    }
    unauthorized(request, response, "unknown token");
  }

  static boolean looksLikeJwt(String s) {
    return s.chars().filter(c -> c == '.').count() == 2;
  }

  private void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail, Map.of());
  }
}
