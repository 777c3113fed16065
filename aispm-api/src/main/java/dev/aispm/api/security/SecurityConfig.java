package dev.aispm.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.api.audit.AuditEntry;
import dev.aispm.api.audit.AuditLog;
import dev.aispm.graph.connect.GraphConnection;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The API's security: stateless bearer authentication (API tokens, and OIDC JWTs when Spring's
 * resource-server properties name an issuer or key set), roles viewer &lt; operator &lt; admin,
 * per-caller rate limiting, and problem details for 401, 403 and 429. Only the health probes and
 * the dashboard's static files are open; the dashboard's API calls carry a token.
 *
 * <p>CSRF protection is off on purpose: no cookie or session ever authenticates a request, so a
 * forged cross-site request carries no credentials.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {
  /** The dashboard's Content-Security-Policy: everything from this origin, nothing inline. */
  static final String DASHBOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";


  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * No observations of the security filter chain's own steps. With a metrics registry present,
   * Spring Security otherwise wraps each of its dozen filters, the authentication and the
   * authorization decision of every request in observations of their own, which cost more than
   * the filters themselves on a busy findings list. The request as a whole is still timed
   * ({@code http.server.requests}), refusals still get their problem answers and the audit log
   * still records denied changes.
   */
  @Bean
  static SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy("""
        ROLE_ADMIN > ROLE_OPERATOR
        ROLE_OPERATOR > ROLE_VIEWER
        """);
  }

  @Bean
  ApiTokenStore apiTokenStore(GraphConnection graph, Clock clock,
      @Value("${aispm.security.token-cache-seconds:10}") long cacheSeconds,
      @Value("${aispm.admin-token:}") String adminToken) {
    ApiTokenStore store = new ApiTokenStore(graph, clock, Duration.ofSeconds(cacheSeconds));
    if (adminToken != null && !adminToken.isBlank()) {
      if (adminToken.strip().length() < 24) {
        // A short admin secret can be guessed; refusing to start is kinder than a breach.
        throw new IllegalStateException("AISPM_ADMIN_TOKEN must be at least 24 characters long");
      }
      store.installBootstrap(adminToken.strip());
    }
    return store;
  }

  @Bean
  AuditLog auditLog(GraphConnection graph, Clock clock) {
    return new AuditLog(graph, clock);
  }

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenStore tokens, AuditLog audit, ObjectMapper json,
      Clock clock, ObjectProvider<JwtDecoder> jwtDecoder,
      @Value("${aispm.security.rate-limit.requests-per-minute:600}") long perMinute,
      @Value("${aispm.security.oidc.roles-claim:roles}") String rolesClaim,
      @Value("${aispm.security.oidc.role-prefix:}") String rolePrefix) throws Exception {
    ProblemResponses problems = new ProblemResponses(json);
    boolean jwt = jwtDecoder.getIfAvailable() != null;
    AuthenticationEntryPoint unauthorized = (req, res, e) -> {
      res.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      problems.write(req, res, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
          req.getHeader(HttpHeaders.AUTHORIZATION) == null ? "a bearer token is required"
              : "the bearer token was not accepted: " + e.getMessage(), Map.of());
    };
    AccessDeniedHandler denied = (req, res, e) -> {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      String who = auth == null ? "anonymous" : auth.getName();
      String roles = auth == null ? "" : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
          .map(a -> a.replace("ROLE_", "").toLowerCase(java.util.Locale.ROOT)).sorted()
          .collect(Collectors.joining(","));
      if (!HttpMethod.GET.matches(req.getMethod()) && !HttpMethod.HEAD.matches(req.getMethod())) {
        audit.record(who, "http." + req.getMethod().toLowerCase(java.util.Locale.ROOT), req.getRequestURI(),
            AuditEntry.DENIED, "role " + (roles.isEmpty() ? "(none)" : roles) + " is not enough");
      }
      problems.write(req, res, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
          "role " + (roles.isEmpty() ? "(none)" : roles) + " may not " + req.getMethod() + " " + req.getRequestURI(),
          Map.of());
    };
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .anonymous(a -> { })
        // The dashboard page may load and call only this origin: no third-party script, style,
        // font or beacon, and no framing. Scoped to the page so the API's own docs UI is unaffected.
        .headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
            req -> "/".equals(req.getRequestURI()) || "/index.html".equals(req.getRequestURI()),
            new StaticHeadersWriter("Content-Security-Policy", DASHBOARD_CSP))))
        .authorizeHttpRequests(a -> a
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
            .requestMatchers(HttpMethod.GET, "/", "/index.html", "/aispm.js", "/aispm.css", "/favicon.ico",
                "/favicon.svg")
                .permitAll()
            // Everything else needs at least a viewer; methods that change state ask for more.
            .anyRequest().hasRole(Role.VIEWER.name()))
        .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
        .addFilterAfter(new ApiTokenAuthenticationFilter(tokens, jwt, problems, clock),
            SecurityContextHolderFilter.class);
    if (perMinute > 0) {
      http.addFilterBefore(new RateLimitFilter(new RateLimiter(perMinute, System::nanoTime), problems),
          AuthorizationFilter.class);
    }
    if (jwt) {
      DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
      // An API token already authenticated the request: the JWT decoder must not see it.
      BearerTokenResolver resolver = req -> SecurityContextHolder.getContext().getAuthentication() != null
          ? null : standard.resolve(req);
      http.oauth2ResourceServer(o -> o.bearerTokenResolver(resolver).authenticationEntryPoint(unauthorized)
          .accessDeniedHandler(denied)
          .jwt(j -> j.decoder(jwtDecoder.getObject()).jwtAuthenticationConverter(new OidcRoles(rolesClaim, rolePrefix))));
    }
    return http.build();
  }
}
