package dev.aispm.rules.findings;

/**
 * One step of an attack path: a node (its id, type and name) or the edge between two nodes
 * (its relationship type). Paths alternate node, edge, node..., from the entry point to the target.
 */
public record PathStep(String kind, String id, String type, String name) {
  public static PathStep node(String id, String type, String name) {
    return new PathStep("node", id, type, name);
  }

  public static PathStep edge(String type) {
    return new PathStep("edge", null, type, null);
  }
}
