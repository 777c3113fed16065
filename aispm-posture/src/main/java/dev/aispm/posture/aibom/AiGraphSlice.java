package dev.aispm.posture.aibom;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the graph an AI-BOM describes, read once and then interpreted without the database:
 * the AI assets (by concept label), the relationships between them, who may write the stores that
 * hold their data, and what the content scan found in each object. Keeping the read and the
 * mapping apart lets the mapping be tested on hand-built slices and keeps every query in one
 * place ({@link AiGraphReader}).
 *
 * @param nodes assets by id
 * @param links relationships between the assets of the slice
 * @param writers identities allowed to write a data store, by store id ({@code CAN_WRITE} edges)
 * @param contentKinds distinct content-scan rule ids found in an object, by object id
 * @param truncated whether the read stopped at {@link AiGraphReader#MAX_NODES}
 */
public record AiGraphSlice(Map<String, Node> nodes, List<Link> links, Map<String, List<String>> writers,
    Map<String, List<String>> contentKinds, boolean truncated) {

  public AiGraphSlice {
    nodes = Map.copyOf(nodes);
    links = List.copyOf(links);
    writers = Map.copyOf(writers);
    contentKinds = Map.copyOf(contentKinds);
  }

  /**
   * One asset: its labels (concept and type labels) and properties as the graph holds them.
   *
   * @param id the asset id
   * @param labels every label of the node
   * @param props the node's properties
   */
  public record Node(String id, Set<String> labels, Map<String, Object> props) {
    public Node {
      labels = Set.copyOf(labels);
      props = Map.copyOf(props);
    }

    public boolean is(String label) {
      return labels.contains(label);
    }

    /** A property as text, or null when absent or empty. */
    public String text(String key) {
      Object v = props.get(key);
      if (v == null) {
        return null;
      }
      String s = v.toString();
      return s.isBlank() ? null : s;
    }

    /** A list property as text values; a scalar becomes a one-element list. */
    public List<String> texts(String key) {
      Object v = props.get(key);
      if (v instanceof List<?> l) {
        return l.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
      }
      return v == null ? List.of() : List.of(v.toString());
    }

    public boolean flag(String key) {
      return Boolean.TRUE.equals(props.get(key));
    }

    /** The display name: {@code name}, else the id. */
    public String name() {
      String n = text("name");
      return n == null ? id : n;
    }
  }

  /**
   * A relationship {@code (from)-[type]->(to)}.
   *
   * @param from id of the start node
   * @param type relationship type
   * @param to id of the end node
   */
  public record Link(String from, String type, String to) {}
}
