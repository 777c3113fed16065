package dev.aispm.graph.write;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import java.util.stream.Collectors;

/**
 * Builds the Cypher that loads and cleans each declared type. Pure string functions, derived
 * only from the schema, so that every type is written the same way and tests can read the text.
 *
 * <p>Every statement is {@code UNWIND $rows}: one round trip per batch instead of per record, and
 * MERGE on {@code Asset.id}, which the uniqueness constraint backs with an index.
 */
public final class UpsertQueries {
  private UpsertQueries() {}

  /**
   * MERGE a batch of nodes of one type; parameters {@code rows}, {@code now}, {@code scanId}. Only
   * a node that existed can be a stub (made by a relationship that creates its target), so only a
   * matched node has its stub mark removed: a new node is spared removing a property it lacks.
   */
  public static String upsertNodes(NodeSchema schema) {
    return """
        UNWIND $rows AS row
        MERGE (n:Asset {id: row.id})
        ON CREATE SET n.firstSeen = $now
        ON MATCH SET n.stub = null
        SET n%s,
            n += row.props,
            n.type = '%s',
            n.provider = row.provider, n.account = row.account, n.region = row.region,
            n.scope = row.scope,
            n.lastSeen = $now, n.lastScanId = $scanId
        """.formatted(labelsExceptAsset(schema), schema.type());
  }

  /** MERGE a batch of relationships of one type; parameters as for nodes. */
  public static String upsertRels(RelSchema rel) {
    String target = rel.createsTarget()
        ? """
          MERGE (b:Asset {id: row.to})
          ON CREATE SET b%s, b += row.stub, b.type = '%s', b.stub = true, b.firstSeen = $now,
                        b.lastSeen = $now, b.lastScanId = $scanId
          """.formatted(labelsExceptAsset(rel.to()), rel.to().type())
        : "MATCH (b:Asset {id: row.to})\n";
    return """
        UNWIND $rows AS row
        MATCH (a:Asset {id: row.from})
        %sMERGE (a)-[r:%s]->(b)
        ON CREATE SET r.firstSeen = $now
        SET r += row.props, r.scope = row.scope, r.owner = '%s',
            r.lastSeen = $now, r.lastScanId = $scanId
        RETURN count(r) AS written
        """.formatted(target, rel.type(), rel.owner().type());
  }

  /** Deletes up to {@code $limit} stale nodes of one type in one scope; returns how many. */
  public static String deleteStaleNodes(NodeSchema schema) {
    return """
        MATCH (n:%s {scope: $scope})
        WHERE n.lastScanId <> $scanId
        WITH n LIMIT $limit
        DETACH DELETE n
        RETURN count(*) AS deleted
        """.formatted(schema.type());
  }

  /** Deletes up to {@code $limit} stale relationships a type owns in one scope. */
  public static String deleteStaleRels(RelSchema rel) {
    return """
        MATCH ()-[r:%s {scope: $scope}]->()
        WHERE r.owner = '%s' AND r.lastScanId <> $scanId
        WITH r LIMIT $limit
        DELETE r
        RETURN count(*) AS deleted
        """.formatted(rel.type(), rel.owner().type());
  }

  private static String labelsExceptAsset(NodeSchema schema) {
    return schema.labels().stream()
        .filter(l -> !l.equals(NodeSchema.ASSET))
        .map(l -> ":" + l)
        .collect(Collectors.joining());
  }
}
