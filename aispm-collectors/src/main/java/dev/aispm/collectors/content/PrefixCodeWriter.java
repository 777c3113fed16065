package dev.aispm.collectors.content;

import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Writes what the code under a data prefix holds (AI packages, AI use, advisories) from the
 * prefix's node, replacing what the previous scan found there, as its content findings are
 * replaced. A prefix that could not be read this time keeps what was found before: its records are
 * carried into this scan, so neither this stage nor the scan's cleanup reads the gap as "no AI here".
 *
 * <p>The records are the holder's own (their ids start with the prefix's id and {@code #}), so
 * replacing them never touches what a function, image or training job holds.
 */
final class PrefixCodeWriter {
  private static final String OWNED = """
      MATCH (o:Asset {id: $id})-[r:USES_PACKAGE|USES_AI]->(n:Asset)
      WHERE n.id STARTS WITH $owned
      OPTIONAL MATCH (n)-[ra:AFFECTED_BY]->(a:Advisory) WHERE a.id STARTS WITH $owned
      """;
  private static final String REMOVE_STALE = OWNED + """
      WITH collect(DISTINCT n) + collect(DISTINCT a) AS owned
      UNWIND owned AS x
      WITH x WHERE x.lastScanId <> $scanId
      DETACH DELETE x
      """;
  private static final String KEEP = OWNED + """
      SET r.lastScanId = $scanId, n.lastScanId = $scanId
      FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | SET ra.lastScanId = $scanId, a.lastScanId = $scanId)
      """;

  private PrefixCodeWriter() {}

  /** Writes the code found under one prefix and removes what an earlier scan found there and this one did not. */
  static void write(CollectionContext context, SupplyChainGraph.Holder holder, String prefixId, ScopeKey scope,
      CodeObjects.Report report) {
    WriteBatch out = new WriteBatch();
    SupplyChainGraph.write(out, prefixId, report.code(), scope, holder);
    out.load(context.writer(), context.tag());
    run(context, REMOVE_STALE, prefixId);
  }

  /** Carries what an earlier scan found under a prefix that could not be read into this scan. */
  static void keep(CollectionContext context, String prefixId) {
    run(context, KEEP, prefixId);
  }

  private static void run(CollectionContext context, String query, String prefixId) {
    try (Session s = context.graph().session()) {
      s.executeWriteWithoutResult(tx -> tx.run(query, Map.of("id", prefixId, "owned", prefixId + "#",
          "scanId", context.tag().scanId())).consume());
    }
  }
}
