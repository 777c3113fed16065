package dev.aispm.graph.scan;

import dev.aispm.graph.driver.Sessions;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.graph.write.UpsertQueries;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a scan no longer sees, only where it looked successfully.
 *
 * <p>For each cleanable (scope, type) pair of the ledger it deletes nodes of that type in that
 * scope not tagged with the scan, and the relationships that type owns in that scope. Deletion
 * runs in bounded transactions so that a large account does not need one huge transaction.
 */
public final class StaleCleanup {
  private static final Logger LOG = LoggerFactory.getLogger(StaleCleanup.class);
  private static final int DELETE_BATCH = 10_000;

  private final Driver driver;
  private final SessionConfig session;
  private final SchemaCatalog catalog;

  public StaleCleanup(Driver driver, String database, SchemaCatalog catalog) {
    this.driver = driver;
    this.session = Sessions.forDatabase(database);
    this.catalog = catalog;
  }

  /** Cleans every pair the ledger allows; returns the number of nodes and relationships removed. */
  public CleanupResult run(ScanLedger ledger, SyncTag tag) {
    long nodes = 0;
    long rels = 0;
    for (Map.Entry<ScopeKey, String> pair : ledger.cleanable()) {
      NodeSchema type = catalog.node(pair.getValue()).orElse(null);
      if (type == null) {
        LOG.warn("ledger names unknown type {}; not cleaned", pair.getValue());
        continue;
      }
      for (RelSchema rel : catalog.relsOwnedBy(type)) {
        rels += deleteInBatches(UpsertQueries.deleteStaleRels(rel), pair.getKey(), tag);
      }
      nodes += deleteInBatches(UpsertQueries.deleteStaleNodes(type), pair.getKey(), tag);
    }
    return new CleanupResult(nodes, rels);
  }

  private long deleteInBatches(String cypher, ScopeKey scope, SyncTag tag) {
    long total = 0;
    Map<String, Object> params = Map.of("scope", scope.key(), "scanId", tag.scanId(), "limit", DELETE_BATCH);
    try (Session s = driver.session(session)) {
      while (true) {
        long deleted = s.executeWrite(tx -> tx.run(cypher, params).single().get("deleted").asLong());
        total += deleted;
        if (deleted < DELETE_BATCH) {
          return total;
        }
      }
    }
  }

  /** How much stale data a cleanup removed. */
  public record CleanupResult(long nodes, long relationships) {}
}
