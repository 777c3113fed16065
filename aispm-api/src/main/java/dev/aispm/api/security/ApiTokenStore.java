package dev.aispm.api.security;

import dev.aispm.graph.connect.GraphConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * API tokens as {@code (:ApiToken)} nodes of the graph, holding the SHA-256 of the secret, never
 * the secret. The graph is the one store every aispm instance already shares, so a token created
 * on one instance works on all of them without another database.
 *
 * <p>Lookups are cached for a few seconds per hash: authentication runs on every request and a
 * graph round trip per call would dominate the API's latency. A revocation clears this instance's
 * cache at once; other instances stop accepting the token when their cache entry expires.
 *
 * <p>An entry in the last quarter of its life is read again by one request while the others keep
 * using it. Letting it expire instead made every request of a busy client that arrived before the
 * first new answer ask the graph at once, a burst of identical queries every few seconds that was
 * the slowest one percent of the findings list under load. An entry is still never used past its
 * expiry, so a revocation on another instance takes effect no later than before.
 */
public final class ApiTokenStore {
  /** The fixed id of the token set by {@code AISPM_ADMIN_TOKEN}, so a restart replaces it. */
  public static final String BOOTSTRAP_ID = "bootstrap-admin";

  private final GraphConnection graph;
  private final Clock clock;
  private final long cacheNanos;
  private final LongSupplier nanos;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** A lookup's answer, usable until {@code until}, read again by one caller after {@code refreshFrom}. */
  private record Cached(Optional<ApiToken> token, long until, long refreshFrom, AtomicBoolean refreshing) {}

  public ApiTokenStore(GraphConnection graph, Clock clock, Duration cacheFor) {
    this(graph, clock, cacheFor, System::nanoTime);
  }

  ApiTokenStore(GraphConnection graph, Clock clock, Duration cacheFor, LongSupplier nanos) {
    this.graph = graph;
    this.clock = clock;
    this.cacheNanos = cacheFor.toNanos();
    this.nanos = nanos;
    try (Session s = graph.session()) {
      s.run("CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE").consume();
      s.run("CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE").consume();
    }
  }

  /** A token and its clear secret, which exists only in this object and the API's one response. */
  public record Created(ApiToken token, String secret) {}

  /** Creates a token with a fresh random secret. */
  public Created create(String name, Role role, String createdBy, Instant expiresAt) {
    String secret = TokenHash.newToken();
    String id = "tok-" + UUID.randomUUID();
    Instant now = clock.instant();
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("name", name);
    p.put("role", role.name());
    p.put("hash", TokenHash.sha256(secret));
    p.put("createdAt", utc(now));
    p.put("createdBy", createdBy);
    p.put("expiresAt", expiresAt == null ? null : utc(expiresAt));
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> tx.run("""
          CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: $createdAt,
                              createdBy: $createdBy, expiresAt: $expiresAt})
          """, p).consume());
    }
    return new Created(new ApiToken(id, name, role, now, createdBy, expiresAt, null), secret);
  }

  /**
   * Installs the bootstrap admin token: replaces the hash under {@link #BOOTSTRAP_ID}, so changing
   * {@code AISPM_ADMIN_TOKEN} and restarting retires the old secret.
   */
  public void installBootstrap(String secret) {
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> tx.run("""
          MERGE (t:ApiToken {id: $id})
          SET t.name = 'AISPM_ADMIN_TOKEN', t.role = 'ADMIN', t.hash = $hash, t.createdBy = 'bootstrap',
              t.createdAt = coalesce(t.createdAt, $now), t.revokedAt = null, t.expiresAt = null
          """, Map.of("id", BOOTSTRAP_ID, "hash", TokenHash.sha256(secret), "now", utc(clock.instant()))).consume());
    }
    cache.clear();
  }

  /** The token whose secret is {@code secret}, if it exists (revoked or expired ones included). */
  public Optional<ApiToken> findBySecret(String secret) {
    String hash = TokenHash.sha256(secret);
    long now = nanos.getAsLong();
    Cached c = cache.get(hash);
    if (c != null && c.until - now > 0) {
      if (now - c.refreshFrom < 0 || !c.refreshing.compareAndSet(false, true)) {
        return c.token;
      }
    }
    Optional<ApiToken> found;
    try (Session s = graph.session()) {
      found = s.executeRead(tx -> tx.run("MATCH (t:ApiToken {hash: $hash}) RETURN t", Map.of("hash", hash))
          .list(r -> token(r.get("t").asNode()))).stream().findFirst();
    }
    if (cache.size() > 10_000) {
      // Bounded: a flood of random tokens must not grow memory without limit.
      cache.clear();
    }
    cache.put(hash, new Cached(found, now + cacheNanos, now + cacheNanos * 3 / 4, new AtomicBoolean()));
    return found;
  }

  public Optional<ApiToken> find(String id) {
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("MATCH (t:ApiToken {id: $id}) RETURN t", Map.of("id", id))
          .list(r -> token(r.get("t").asNode()))).stream().findFirst();
    }
  }

  /** Revokes a token; false when no such token exists. Revoking twice keeps the first time. */
  public boolean revoke(String id) {
    boolean found;
    try (Session s = graph.session()) {
      found = s.executeWrite(tx -> tx.run("""
          MATCH (t:ApiToken {id: $id}) SET t.revokedAt = coalesce(t.revokedAt, $now) RETURN count(t) AS n
          """, Map.of("id", id, "now", utc(clock.instant()))).single().get("n").asInt()) > 0;
    }
    cache.clear();
    return found;
  }

  /** Tokens ordered by id after {@code afterId} (null for the first page), at most {@code limit}. */
  public List<ApiToken> list(String afterId, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("after", afterId);
    p.put("limit", limit);
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("""
          MATCH (t:ApiToken) WHERE $after IS NULL OR t.id > $after
          RETURN t ORDER BY t.id LIMIT $limit
          """, p).list(r -> token(r.get("t").asNode())));
    }
  }

  private static ApiToken token(Node n) {
    return new ApiToken(n.get("id").asString(), n.get("name").asString(null), Role.parse(n.get("role").asString()),
        instant(n.get("createdAt")), n.get("createdBy").asString(null), instant(n.get("expiresAt")),
        instant(n.get("revokedAt")));
  }

  private static Instant instant(Value v) {
    return v == null || v.isNull() ? null : v.asZonedDateTime().toInstant();
  }

  private static ZonedDateTime utc(Instant i) {
    return i.atZone(ZoneOffset.UTC);
  }
}
