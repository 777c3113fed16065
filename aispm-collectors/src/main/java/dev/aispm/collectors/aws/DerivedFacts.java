package dev.aispm.collectors.aws;

import dev.aispm.graph.collect.CollectionContext;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Facts that only exist once several syncs have written their part, such as "an AI asset uses
 * this bucket". They are derived in the graph after collection rather than guessed by one sync.
 */
final class DerivedFacts {
  private DerivedFacts() {}

  static void update(CollectionContext context, List<String> accounts) {
    try (Session s = context.graph().session()) {
      s.executeWriteWithoutResult(tx -> tx.run("""
          MATCH (b:AWSS3Bucket) WHERE b.account IN $accounts AND b.stub IS NULL
          SET b.usedByAi = EXISTS {
            MATCH (b)<-[:IN_BUCKET]-(o)<-[r]-(user:Asset)
            WHERE type(r) IN ['READS', 'WRITES', 'PRODUCED', 'USES_ARTIFACT', 'TRAINED_ON', 'INDEXES', 'CAPTURES_TO']
          } OR EXISTS { MATCH (b)<-[r]-(:Asset) WHERE type(r) IN ['TRAINED_ON', 'INDEXES', 'LOGS_TO'] }
          """, Map.of("accounts", accounts)).consume());
    }
  }
}
