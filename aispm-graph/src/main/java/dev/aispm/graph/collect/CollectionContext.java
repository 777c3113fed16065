package dev.aispm.graph.collect;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.write.GraphWriter;
import dev.aispm.graph.write.SyncTag;

/**
 * What a collector needs for one scan: where to write, the scan's tag, the ledger to report
 * outcomes to, and where to report progress.
 */
public record CollectionContext(GraphConnection graph, ScanLedger ledger, SyncTag tag,
    ScanProgress progress) {

  public GraphWriter writer() {
    return graph.writer();
  }
}
