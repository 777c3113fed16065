package dev.aispm.graph.schema;

import dev.aispm.graph.schema.aws.AwsSchemas;
import dev.aispm.graph.schema.azure.AzureSchemas;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.RecordSchemas;
import dev.aispm.graph.schema.gcp.GcpSchemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every node and relationship type the graph knows, in one place.
 *
 * <p>The catalogue is what the schema installer derives indexes from, what stale cleanup looks up
 * a type's owned relationships in, and what docs/graph-model.md is generated from; a type that is
 * not listed here cannot be cleaned up, so each provider's list must be complete.
 */
public final class SchemaCatalog {
  private final Map<String, NodeSchema> nodes = new LinkedHashMap<>();
  private final List<RelSchema> rels = new ArrayList<>();

  public SchemaCatalog(List<NodeSchema> nodeSchemas, List<RelSchema> relSchemas) {
    for (NodeSchema n : nodeSchemas) {
      if (nodes.putIfAbsent(n.type(), n) != null) {
        throw new IllegalArgumentException("node type declared twice: " + n.type());
      }
    }
    for (RelSchema r : relSchemas) {
      for (NodeSchema end : List.of(r.from(), r.to(), r.owner())) {
        if (!nodes.containsKey(end.type())) {
          throw new IllegalArgumentException(r.type() + " refers to unlisted node type " + end.type());
        }
      }
      rels.add(r);
    }
  }

  /** The catalogue of everything aispm collects. */
  public static SchemaCatalog standard() {
    List<NodeSchema> n = new ArrayList<>(CommonSchemas.NODES);
    n.addAll(AwsSchemas.NODES);
    n.addAll(AzureSchemas.NODES);
    n.addAll(GcpSchemas.NODES);
    List<RelSchema> r = new ArrayList<>(CommonSchemas.RELS);
    r.addAll(AwsSchemas.RELS);
    r.addAll(AzureSchemas.RELS);
    r.addAll(GcpSchemas.RELS);
    return new SchemaCatalog(n, r);
  }

  public List<NodeSchema> nodes() {
    return List.copyOf(nodes.values());
  }

  public List<RelSchema> rels() {
    return List.copyOf(rels);
  }

  public Optional<NodeSchema> node(String type) {
    return Optional.ofNullable(nodes.get(type));
  }

  /** Relationship types whose cleanup belongs to {@code owner}. */
  public List<RelSchema> relsOwnedBy(NodeSchema owner) {
    return rels.stream().filter(r -> r.owner().type().equals(owner.type())).toList();
  }

  /** The records kept beside the assets (findings, content findings, scan runs, tokens, audit). */
  public List<RecordSchema> records() {
    return RecordSchemas.RECORDS;
  }

  /** Relationships from records to what they are about. */
  public List<RecordLink> recordLinks() {
    return RecordSchemas.LINKS;
  }

  /** Distinct relationship type names. */
  public List<String> relTypes() {
    return rels.stream().map(RelSchema::type).distinct().toList();
  }
}
