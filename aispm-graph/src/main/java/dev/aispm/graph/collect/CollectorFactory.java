package dev.aispm.graph.collect;

import java.util.List;
import java.util.Map;

/**
 * Builds one provider's collectors from the environment. Each cloud module registers one factory
 * as a {@link java.util.ServiceLoader} service, so adding a cloud means adding a module, not
 * editing a switch in the application.
 */
public interface CollectorFactory {
  /** The name users put in {@code AISPM_PROVIDERS}: {@code aws}, {@code azure}, {@code gcp}. */
  String provider();

  /**
   * The provider's collectors, inventory and content stages alike.
   *
   * @throws IllegalArgumentException when a setting of the provider is malformed
   */
  List<Collector> create(Map<String, String> environment);
}
