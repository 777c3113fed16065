package dev.aispm.graph.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds the installed {@link CollectorFactory} services and builds the collectors a comma-separated
 * provider list names. An unknown provider is a configuration error that names the installed ones,
 * never a scan that silently collects less than asked.
 */
public final class CollectorRegistry {
  private final Map<String, CollectorFactory> factories;

  CollectorRegistry(List<CollectorFactory> installed) {
    Map<String, CollectorFactory> byName = new TreeMap<>();
    for (CollectorFactory f : installed) {
      if (byName.putIfAbsent(f.provider(), f) != null) {
        throw new IllegalStateException("two collector factories for provider " + f.provider());
      }
    }
    this.factories = byName;
  }

  /** The factories on the class path. */
  public static CollectorRegistry installed() {
    List<CollectorFactory> found = new ArrayList<>();
    ServiceLoader.load(CollectorFactory.class, CollectorRegistry.class.getClassLoader()).forEach(found::add);
    return new CollectorRegistry(found);
  }

  /** Provider names that can be asked for. */
  public List<String> providers() {
    return List.copyOf(factories.keySet());
  }

  /**
   * Collectors of the providers in {@code providers} (e.g. {@code aws,azure}), in that order.
   *
   * @throws IllegalArgumentException for a provider no installed module collects
   */
  public List<Collector> create(String providers, Map<String, String> environment) {
    List<Collector> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String raw : providers.split(",")) {
      String p = raw.strip();
      if (p.isEmpty() || seen.contains(p)) {
        continue;
      }
      seen.add(p);
      CollectorFactory f = factories.get(p);
      if (f == null) {
        throw new IllegalArgumentException("unknown provider '" + p + "' in AISPM_PROVIDERS (supported: "
            + String.join(", ", factories.keySet()) + ")");
      }
      out.addAll(f.create(environment));
    }
    return out;
  }
}
