package dev.aispm.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link RateLimiter} to authenticated callers (anonymous requests reach only the health
 * probes). A refused request gets a 429 problem with {@code Retry-After}, so well-behaved SOC
 * tooling can back off instead of hammering the graph.
 */
public final class RateLimitFilter extends OncePerRequestFilter {
  private final RateLimiter limiter;
  private final ProblemResponses problems;

  public RateLimitFilter(RateLimiter limiter, ProblemResponses problems) {
    this.limiter = limiter;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
      chain.doFilter(request, response);
      return;
    }
    RateLimiter.Decision d = limiter.acquire(auth.getName());
    response.setHeader("RateLimit-Limit", Long.toString(limiter.perMinute()));
    if (d.allowed()) {
      response.setHeader("RateLimit-Remaining", Long.toString(d.remaining()));
      chain.doFilter(request, response);
      return;
    }
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(d.retryAfterSeconds()));
    problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
        "more than " + limiter.perMinute() + " requests per minute; retry after " + d.retryAfterSeconds() + " s",
        Map.of("retryAfterSeconds", d.retryAfterSeconds()));
  }
}
