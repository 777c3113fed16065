package dev.aispm.graph.collect;

import java.util.Set;

/**
 * A collector that can restrict one run to some of its accounts (subscriptions, projects), so a
 * per-account schedule scans only that account. A collector without this capability can only be
 * scheduled per provider: a per-account scan of it is recorded as a failed scope, not silently
 * widened to every account.
 */
public interface AccountScopedCollector extends Collector {
  /** Collects only the given accounts of the provider. */
  void collect(CollectionContext context, Set<String> accounts);
}
