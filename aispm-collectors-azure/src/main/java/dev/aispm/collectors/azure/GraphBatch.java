package dev.aispm.collectors.azure;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the transformers of one subscription produced, by declared type. Every node is written
 * before any relationship, so an edge that does not create its target never misses a node that the
 * same subscription produced later.
 */
public final class GraphBatch {
  private final Map<NodeSchema, Map<String, NodeRecord>> nodes = new LinkedHashMap<>();
  private final Map<RelSchema, List<RelRecord>> rels = new LinkedHashMap<>();

  /** Adds nodes; a second record of the same id replaces the first. */
  public void add(NodeSchema type, List<NodeRecord> records) {
    Map<String, NodeRecord> byId = nodes.computeIfAbsent(type, t -> new LinkedHashMap<>());
    records.forEach(r -> byId.put(r.id(), r));
  }

  public void add(NodeSchema type, NodeRecord record) {
    add(type, List.of(record));
  }

  public void link(RelSchema type, List<RelRecord> records) {
    rels.computeIfAbsent(type, t -> new ArrayList<>()).addAll(records);
  }

  public void link(RelSchema type, RelRecord record) {
    link(type, List.of(record));
  }

  /** Takes over what a shared transform wrote into a {@link WriteBatch}: all its nodes, and its edges of {@code rels}. */
  public void addAll(WriteBatch batch, List<RelSchema> relTypes) {
    batch.nodeTypes().forEach(t -> add(t, batch.nodes(t)));
    relTypes.forEach(t -> {
      if (!batch.rels(t).isEmpty()) {
        link(t, batch.rels(t));
      }
    });
  }

  public List<NodeRecord> nodes(NodeSchema type) {
    return List.copyOf(nodes.getOrDefault(type, Map.of()).values());
  }

  public List<RelRecord> rels(RelSchema type) {
    return List.copyOf(rels.getOrDefault(type, List.of()));
  }

  public Map<NodeSchema, Map<String, NodeRecord>> allNodes() {
    return nodes;
  }

  public Map<RelSchema, List<RelRecord>> allRels() {
    return rels;
  }
}
