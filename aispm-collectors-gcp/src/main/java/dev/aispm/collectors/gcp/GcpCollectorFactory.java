package dev.aispm.collectors.gcp;

import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.collect.CollectorFactory;
import java.util.List;
import java.util.Map;

/** Registers the Google Cloud collector under the provider name {@code gcp}. */
public final class GcpCollectorFactory implements CollectorFactory {
  @Override
  public String provider() {
    return "gcp";
  }

  @Override
  public List<Collector> create(Map<String, String> environment) {
    return List.of(new GcpCollector(GcpSettings.fromEnvironment(environment)));
  }
}
