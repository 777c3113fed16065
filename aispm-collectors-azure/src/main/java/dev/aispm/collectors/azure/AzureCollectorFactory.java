package dev.aispm.collectors.azure;

import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.collect.CollectorFactory;
import java.util.List;
import java.util.Map;

/** Registers the Azure collector under {@code azure} in {@code AISPM_PROVIDERS}. */
public final class AzureCollectorFactory implements CollectorFactory {
  @Override
  public String provider() {
    return AzureCollector.PROVIDER;
  }

  @Override
  public List<Collector> create(Map<String, String> environment) {
    return List.of(new AzureCollector(AzureSettings.fromEnvironment(environment)));
  }
}
