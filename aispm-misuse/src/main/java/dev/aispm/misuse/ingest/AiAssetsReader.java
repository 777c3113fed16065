package dev.aispm.misuse.ingest;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.misuse.detect.AiAssets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Reads, once per run, what the detectors need from the inventory and content stages, over
 * concept labels so every cloud's assets answer the same queries.
 */
public final class AiAssetsReader {
  private AiAssetsReader() {}

  public static AiAssets read(GraphConnection graph) {
    Map<String, String> stores = new HashMap<>();
    Map<String, String> verdicts = new HashMap<>();
    Set<String> aiIdentities = new HashSet<>();
    Set<String> aiAccounts = new HashSet<>();
    Map<String, String> identities = new HashMap<>();
    try (Session s = graph.session()) {
      s.executeRead(tx -> {
        for (Record r : tx.run("""
            MATCH (d:DataStore) WHERE d.usedByAi = true
            RETURN d.id AS id, d.name AS name""").list()) {
          String id = r.get("id").asString();
          stores.put(id, id);
          if (!r.get("name").isNull()) {
            stores.put(r.get("name").asString(), id);
          }
        }
        for (Record r : tx.run("""
            MATCH (a:ModelArtifact) WHERE a.scanStatus IS NOT NULL
            RETURN coalesce(a.uri, a.id) AS uri, a.scanStatus AS status""").list()) {
          verdicts.put(r.get("uri").asString(), r.get("status").asString());
        }
        for (Record r : tx.run("""
            MATCH (i:Identity)
            RETURN i.id AS id, i.name AS name, i.email AS email,
                   EXISTS { (:Asset)-[:RUNS_AS]->(i) } AS usedByAi""").list()) {
          String id = r.get("id").asString();
          boolean ai = r.get("usedByAi").asBoolean();
          for (String key : new String[] {id, r.get("name").asString(null), r.get("email").asString(null)}) {
            if (key != null) {
              identities.putIfAbsent(key, id);
              if (ai) {
                aiIdentities.add(key);
              }
            }
          }
        }
        for (Record r : tx.run("MATCH (a:AzureCognitiveServicesAccount) RETURN a.id AS id").list()) {
          aiAccounts.add(r.get("id").asString().toLowerCase(Locale.ROOT));
        }
        return null;
      });
    }
    return new AiAssets(stores, verdicts, aiIdentities, aiAccounts, identities);
  }
}
