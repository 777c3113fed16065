package dev.aispm.graph.collect;

/**
 * One cloud provider's collector. A collector never throws for a failing account, region or API
 * call: it records the failure on the context's ledger and goes on, so one broken permission
 * costs one scope, not the scan.
 *
 * <p>The contract lives beside the graph, not in a cloud module, so the scan pipeline and the
 * service see every provider's collectors without any cloud SDK on their class path.
 */
public interface Collector {
  /** {@code aws}, {@code azure} or {@code gcp}. */
  String provider();

  /**
   * Where in the scan pipeline this collector runs. Every inventory collector of the scan runs
   * before any content stage, because content stages read what the inventory linked to AI assets.
   */
  default CollectorStage stage() {
    return CollectorStage.INVENTORY;
  }

  /** Collects every configured scope of the provider into the graph. */
  void collect(CollectionContext context);
}
