package dev.aispm.collectors;

/**
 * One cloud provider's collector. A collector never throws for a failing account, region or API
 * call: it records the failure on the context's ledger and goes on, so one broken permission
 * costs one scope, not the scan.
 */
public interface Collector {
  /** {@code aws}, {@code azure} or {@code gcp}. */
  String provider();

  /** Collects every configured scope of the provider into the graph. */
  void collect(CollectionContext context);
}
