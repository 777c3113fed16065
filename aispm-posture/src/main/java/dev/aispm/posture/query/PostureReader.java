package dev.aispm.posture.query;

import dev.aispm.graph.connect.GraphConnection;

/** The three query sets over one graph, for readers that show a whole posture (reports, summaries). */
public record PostureReader(AssetQueries assets, FindingQueries findings, ScanQueries scans) {
  public static PostureReader of(GraphConnection graph) {
    return new PostureReader(new AssetQueries(graph), new FindingQueries(graph), new ScanQueries(graph));
  }
}
