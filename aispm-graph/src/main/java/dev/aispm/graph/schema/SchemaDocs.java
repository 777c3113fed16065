package dev.aispm.graph.schema;

import java.util.List;
import java.util.TreeSet;

/**
 * Renders docs/graph-model.md from the schema catalogue, so the documentation of labels,
 * properties and relationships cannot drift from what the loader writes. A test fails when the
 * checked-in file differs from this rendering.
 */
public final class SchemaDocs {
  private SchemaDocs() {}

  public static String markdown(SchemaCatalog catalog) {
    StringBuilder md = new StringBuilder();
    md.append("# Graph model\n\n");
    md.append("<!-- Generated from the schema declarations in aispm-graph (SchemaDocs); do not edit by hand. -->\n\n");
    md.append("""
        Every collected resource is a node with the label `Asset` (its `id`, the ARN, Azure resource id or
        GCP resource name, is unique: constraint `asset_id`), one or more **concept labels** shared by the
        clouds (`Notebook`, `TrainingJob`, `Model`, `Endpoint`, `DataStore`, `DataObject`, `Identity`...)
        that rules are written against, and its own **type label**. The loader writes on every asset:
        `id`, `type`, `provider`, `account`, `region`, `scope` (`provider/account/region`, region `global`
        for account-wide resources), `firstSeen`, `lastSeen` and `lastScanId`; relationships carry
        `scope`, `owner` (the type whose sync writes them), `firstSeen`, `lastSeen`, `lastScanId`.
        A node created only because something points at it (a bucket in an account that was not scanned)
        has `stub: true` until its own sync sees it.

        Writes are batched `UNWIND ... MERGE` statements (batch size `AISPM_GRAPH_BATCH_SIZE`). After a
        scan, stale cleanup deletes nodes of a type in a scope, and the relationships that type owns there,
        that the scan did not touch, **only** for (scope, type) pairs whose collection succeeded: a failed
        region, account or API call deletes nothing.

        Outside the assets: `(:ScanRun)-[:HAS_OUTCOME]->(:ScanOutcome)` records each scan and every
        per-scope success or failure; `(:Finding)-[:AFFECTS]->(:Asset)` holds rule findings with their
        fingerprint `id`, status, score and path; `(:ContentFinding)-[:FOUND_IN]->(:DataObject)` holds what
        the content scanners found in an object (rule, severity, location, and for secrets only a SHA-256
        fingerprint and a redacted preview, never the value).

        """);
    md.append("## Diagram\n\n```mermaid\nflowchart LR\n");
    for (RelSchema r : catalog.rels()) {
      md.append("  ").append(r.from().type()).append(" -- ").append(r.type()).append(" --> ")
          .append(r.to().type()).append('\n');
    }
    for (RecordLink l : catalog.recordLinks()) {
      md.append("  ").append(l.from()).append(" -- ").append(l.type()).append(" --> ").append(l.to()).append('\n');
    }
    md.append("```\n\n");
    md.append("## Concept labels\n\n| concept | node types |\n| --- | --- |\n");
    TreeSet<String> concepts = new TreeSet<>();
    catalog.nodes().forEach(n -> concepts.addAll(n.conceptLabels()));
    for (String c : concepts) {
      List<String> types = catalog.nodes().stream().filter(n -> n.conceptLabels().contains(c))
          .map(NodeSchema::type).toList();
      md.append("| `").append(c).append("` | ").append(String.join(", ", types.stream().map(t -> "`" + t + "`").toList()))
          .append(" |\n");
    }
    md.append("\n## Node types\n");
    for (NodeSchema n : catalog.nodes()) {
      md.append("\n### `").append(n.type()).append("`\n\n").append(n.description()).append("\n\n");
      md.append("Labels: ").append(String.join(", ", n.labels().stream().map(l -> "`" + l + "`").toList())).append("\n\n");
      if (!n.properties().isEmpty()) {
        md.append("| property | meaning |\n| --- | --- |\n");
        for (PropertySpec p : n.properties()) {
          md.append("| `").append(p.name()).append("` | ").append(p.description().replace("|", "\\|")).append(" |\n");
        }
      }
    }
    md.append("\n## Records\n");
    for (RecordSchema r : catalog.records()) {
      md.append("\n### `").append(r.label()).append("`\n\n").append(r.description()).append("\n\n");
      md.append("| property | meaning |\n| --- | --- |\n");
      for (PropertySpec p : r.properties()) {
        md.append("| `").append(p.name()).append("` | ").append(p.description().replace("|", "\\|")).append(" |\n");
      }
    }
    md.append("\n## Relationship types\n\n| from | relationship | to | written by | meaning |\n| --- | --- | --- | --- | --- |\n");
    for (RelSchema r : catalog.rels()) {
      md.append("| `").append(r.from().type()).append("` | `").append(r.type()).append("` | `")
          .append(r.to().type()).append("` | ").append(r.owner().type())
          .append(r.createsTarget() ? " (creates stub target)" : "").append(" | ")
          .append(r.description().replace("|", "\\|")).append(" |\n");
    }
    for (RecordLink l : catalog.recordLinks()) {
      md.append("| `").append(l.from()).append("` | `").append(l.type()).append("` | `").append(l.to())
          .append("` | the record's writer | ").append(l.description()).append(" |\n");
    }
    md.append("\n## Constraints and indexes\n\n```cypher\n");
    SchemaInstaller.statements(catalog).forEach(s -> md.append(s).append(";\n"));
    md.append("```\n");
    return md.toString();
  }
}
