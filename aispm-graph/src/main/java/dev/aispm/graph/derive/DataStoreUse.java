package dev.aispm.graph.derive;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.SchemaCatalog;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Derives "an AI asset uses this data store" ({@code usedByAi} on every {@code DataStore}), a
 * fact that exists only once several syncs have written their part: a job's edge to an object, the
 * object's edge to its store. It is derived in the graph after collection rather than guessed by
 * one sync, and over concept labels, so a bucket, a storage account and a Cloud Storage bucket are
 * judged by the same relationships.
 */
public final class DataStoreUse {
  /** The property it writes; every node type with the concept {@code DataStore} declares it. */
  public static final String PROPERTY = "usedByAi";
  /** Relationships from an AI asset to an object that make the object's store one AI uses. */
  static final List<String> USES_OBJECT = List.of("READS", "WRITES", "PRODUCED", "USES_ARTIFACT", "TRAINED_ON",
      "INDEXES", "CAPTURES_TO");
  /** Relationships from an AI asset straight to a store. */
  static final List<String> USES_STORE = List.of("TRAINED_ON", "INDEXES", "LOGS_TO");

  private DataStoreUse() {}

  /** Data-store types that do not declare {@link #PROPERTY}: a schema mistake this derivation would hide. */
  public static List<String> undeclared(SchemaCatalog catalog) {
    return catalog.nodes().stream().filter(n -> n.conceptLabels().contains("DataStore"))
        .filter(n -> !n.declares(PROPERTY)).map(NodeSchema::type).toList();
  }

  /** Sets {@code usedByAi} on the collected data stores of these accounts of a provider. */
  public static void update(GraphConnection graph, String provider, Collection<String> accounts) {
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> tx.run("""
          MATCH (b:DataStore) WHERE b.provider = $provider AND b.account IN $accounts AND b.stub IS NULL
          SET b.usedByAi = EXISTS {
            MATCH (b)<-[:IN_BUCKET]-(o)<-[r]-(user:Asset)
            WHERE type(r) IN $usesObject
          } OR EXISTS { MATCH (b)<-[r]-(:Asset) WHERE type(r) IN $usesStore }
          """, Map.of("provider", provider, "accounts", List.copyOf(accounts), "usesObject", USES_OBJECT,
              "usesStore", USES_STORE)).consume());
    }
  }
}
