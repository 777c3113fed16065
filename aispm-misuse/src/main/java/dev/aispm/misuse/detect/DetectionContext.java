package dev.aispm.misuse.detect;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What detectors read and learn in one run: the AI assets the graph knows, the thresholds, and
 * the baselines loaded for this run (created on first use and written back when changed).
 */
public final class DetectionContext {
  private final AiAssets assets;
  private final DetectorSettings settings;
  private final Map<String, Baseline> baselines = new HashMap<>();

  public DetectionContext(AiAssets assets, DetectorSettings settings, Collection<Baseline> loaded) {
    this.assets = assets;
    this.settings = settings;
    loaded.forEach(b -> baselines.put(b.id(), b));
  }

  public AiAssets assets() {
    return assets;
  }

  public DetectorSettings settings() {
    return settings;
  }

  /** The baseline of {@code subject}, starting one at {@code first} when there is none. */
  public Baseline baseline(String kind, String subject, Instant first) {
    return baselines.computeIfAbsent(Baseline.id(kind, subject),
        id -> Baseline.fresh(kind, subject, first, settings.learning()));
  }

  /** Baselines changed in this run. */
  public List<Baseline> changed() {
    return baselines.values().stream().filter(Baseline::changed).toList();
  }
}
