package dev.aispm.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

class ApiTokenStoreIT {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong(0);
  private final ApiTokenStore store =
      new ApiTokenStore(InProcessNeo4j.connection(), Clock.systemUTC(), Duration.ofSeconds(8), now::get);

  /** Revokes in the graph only, as another instance would: this store's cache does not hear of it. */
  private static void revokeElsewhere(String id) {
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run("MATCH (t:ApiToken {id: $id}) SET t.revokedAt = datetime()", Map.of("id", id)).consume();
    }
  }

  @Test
  void aCachedLookupIsReadAgainByOneCallerInTheLastQuarterOfItsLife() {
    ApiTokenStore.Created created = store.create("refresh-ahead", Role.VIEWER, "test", null);
    assertThat(store.findBySecret(created.secret())).get().satisfies(t -> assertThat(t.revokedAt()).isNull());
    revokeElsewhere(created.token().id());

    now.set(5 * SECOND);
    assertThat(store.findBySecret(created.secret())).as("within the first three quarters: the cached answer")
        .get().satisfies(t -> assertThat(t.revokedAt()).isNull());

    now.set(6 * SECOND);
    assertThat(store.findBySecret(created.secret())).as("in the last quarter one caller reads the graph again")
        .get().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    assertThat(store.findBySecret(created.secret())).as("and the others get its answer")
        .get().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
  }

  @Test
  void anExpiredLookupIsNeverUsed() {
    ApiTokenStore.Created created = store.create("expiry", Role.VIEWER, "test", null);
    assertThat(store.findBySecret(created.secret())).isPresent();
    revokeElsewhere(created.token().id());

    // Past its whole life without a read in its last quarter: the next read asks the graph.
    now.set(9 * SECOND);
    assertThat(store.findBySecret(created.secret())).get().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
  }
}
