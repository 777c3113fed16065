package dev.aispm.collectors.gcp;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.write.GraphWriter;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.SyncTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a transform step produced: nodes and relationships grouped by their declared type, in
 * the order they were added. Loading writes every node type before any relationship, so an edge
 * never misses an endpoint that the same batch carries.
 */
public final class Records {
  private final Map<NodeSchema, List<NodeRecord>> nodes = new LinkedHashMap<>();
  private final Map<RelSchema, List<RelRecord>> rels = new LinkedHashMap<>();

  public Records node(NodeSchema type, NodeRecord record) {
    nodes.computeIfAbsent(type, t -> new ArrayList<>()).add(record);
    return this;
  }

  public Records rel(RelSchema type, RelRecord record) {
    rels.computeIfAbsent(type, t -> new ArrayList<>()).add(record);
    return this;
  }

  public Records addAll(Records other) {
    other.nodes.forEach((t, l) -> nodes.computeIfAbsent(t, x -> new ArrayList<>()).addAll(l));
    other.rels.forEach((t, l) -> rels.computeIfAbsent(t, x -> new ArrayList<>()).addAll(l));
    return this;
  }

  public List<NodeRecord> nodes(NodeSchema type) {
    return nodes.getOrDefault(type, List.of());
  }

  public List<RelRecord> rels(RelSchema type) {
    return rels.getOrDefault(type, List.of());
  }

  /** Node and relationship types present. */
  public java.util.Set<NodeSchema> nodeTypes() {
    return nodes.keySet();
  }

  public int size() {
    return nodes.values().stream().mapToInt(List::size).sum() + rels.values().stream().mapToInt(List::size).sum();
  }

  /** Writes everything; returns the number of nodes written. */
  public int load(GraphWriter writer, SyncTag tag) {
    int written = 0;
    for (var e : nodes.entrySet()) {
      written += writer.upsertNodes(e.getKey(), dedupe(e.getValue()), tag);
    }
    for (var e : rels.entrySet()) {
      writer.upsertRels(e.getKey(), e.getValue(), tag);
    }
    return written;
  }

  /** The last record of an id wins: two jobs naming the same prefix must not write it twice per batch. */
  private static List<NodeRecord> dedupe(List<NodeRecord> records) {
    Map<String, NodeRecord> byId = new LinkedHashMap<>();
    for (NodeRecord r : records) {
      byId.put(r.id(), r);
    }
    return new ArrayList<>(byId.values());
  }
}
