package dev.aispm.rules.scoring;

import dev.aispm.graph.driver.Sessions;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Reads each resource's context from the graph in one batched query, so scoring a rule pass costs
 * one round trip per few thousand resources instead of one per finding.
 */
public final class ContextAnalyzer {
  // Flags are true, false or absent (unknown); an absent flag must not turn a whole factor into
  // null, which any() would otherwise return when no element is true and one is unknown.
  static final String QUERY = """
      UNWIND $ids AS rid
      MATCH (r:Asset {id: rid})
      OPTIONAL MATCH (r)-[:RUNS_AS]->(runAs:Identity)
      WITH r, collect(runAs) + CASE WHEN r:Identity THEN [r] ELSE [] END AS identities
      WITH r, identities,
           EXISTS { (:Internet)-[:CAN_REACH]->(r) } AS internet,
           // coalesce: an identity with unread capabilities (a stub) must not turn the answer into null.
           any(i IN identities WHERE coalesce(i.isAdmin, false) OR coalesce(i.canPassRole, false)) AS privileged,
           any(t IN coalesce(r.tags, []) WHERE toLower(t) =~ '(env|environment|stage)=(prod|production)') AS production
      OPTIONAL MATCH (r)-[:RUNS_AS]->(:Identity)-[:CAN_READ|CAN_WRITE]->(viaRole:DataStore)
      OPTIONAL MATCH (r)-[:READS|WRITES]->(:DataObject)-[:IN_BUCKET]->(viaJob:DataStore)
      WITH r, internet, privileged, production,
           collect(DISTINCT viaRole) + collect(DISTINCT viaJob)
             + CASE WHEN r:DataStore THEN [r] ELSE [] END
             + [(r:Identity)-[:CAN_READ|CAN_WRITE]->(d:DataStore) | d] AS stores
      WITH r, internet, privileged, production, stores,
           r.scope AS scope,
           (coalesce(r.secretCount, 0) + coalesce(r.piiCount, 0)) > 0
             OR any(s IN stores WHERE EXISTS {
                  (s)<-[:IN_BUCKET]-(o:DataObject) WHERE coalesce(o.secretCount, 0) + coalesce(o.piiCount, 0) > 0 })
             OR EXISTS { (r)-[:READS]->(o:DataObject) WHERE coalesce(o.secretCount, 0) + coalesce(o.piiCount, 0) > 0 }
             AS sensitive
      UNWIND (stores + [null]) AS s
      WITH r, internet, privileged, production, sensitive, scope, count(DISTINCT s) AS blast
      RETURN r.id AS id, scope, internet, privileged, production, sensitive, blast
      """;

  private final Driver driver;
  private final SessionConfig session;

  public ContextAnalyzer(Driver driver, String database) {
    this.driver = driver;
    this.session = Sessions.forDatabase(database);
  }

  /** Context per resource id, plus its scope; ids not in the graph are absent from the result. */
  public Map<String, ResourceContext> analyze(Collection<String> ids) {
    Map<String, ResourceContext> out = new HashMap<>();
    List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    try (Session s = driver.session(session)) {
      for (int from = 0; from < all.size(); from += 5000) {
        List<String> batch = all.subList(from, Math.min(all.size(), from + 5000));
        s.executeRead(tx -> tx.run(QUERY, Map.of("ids", batch)).list()).forEach(r -> out.put(
            r.get("id").asString(),
            new ResourceContext(r.get("scope").asString(null), new ContextFactors(
                r.get("internet").asBoolean(), r.get("sensitive").asBoolean(),
                r.get("privileged").asBoolean(), r.get("production").asBoolean(),
                r.get("blast").asInt()))));
      }
    }
    return out;
  }

  /** Merges the context of several resources: any exposure counts, blast radii add up to the largest. */
  public static ContextFactors combine(Collection<ContextFactors> parts) {
    boolean internet = false;
    boolean sensitive = false;
    boolean privileged = false;
    boolean production = false;
    int blast = 0;
    for (ContextFactors c : parts) {
      internet |= c.internetExposed();
      sensitive |= c.sensitiveData();
      privileged |= c.privilegedIdentity();
      production |= c.production();
      blast = Math.max(blast, c.blastRadius());
    }
    return new ContextFactors(internet, sensitive, privileged, production, blast);
  }

  /** A resource's context and the scope it was collected in. */
  public record ResourceContext(String scope, ContextFactors factors) {}
}
