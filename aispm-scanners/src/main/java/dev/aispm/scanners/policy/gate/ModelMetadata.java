package dev.aispm.scanners.policy.gate;

import java.util.List;

/**
 * The licence and base models that a model file's own metadata, or a model card or config beside
 * it, states.
 *
 * @param licence    licence id or expression, null when not stated
 * @param baseModels base models, empty when not stated
 * @param from       what stated them, e.g. {@code README.md front matter} or {@code GGUF metadata}
 */
public record ModelMetadata(String licence, List<String> baseModels, String from) {
  /** Nothing stated. */
  public static final ModelMetadata NONE = new ModelMetadata(null, List.of(), null);

  public ModelMetadata {
    baseModels = List.copyOf(baseModels);
    // only what states something is named as the origin of the facts
    from = licence == null && baseModels.isEmpty() ? null : from;
  }

  /** Whether it states anything. */
  public boolean isEmpty() {
    return licence == null && baseModels.isEmpty();
  }

  /** This, with what it leaves unstated taken from {@code fallback}. */
  public ModelMetadata orElse(ModelMetadata fallback) {
    if (fallback == null || fallback.isEmpty()) {
      return this;
    }
    boolean usesFallback = licence == null && fallback.licence() != null
        || baseModels.isEmpty() && !fallback.baseModels().isEmpty();
    String origin = !usesFallback ? from : from == null ? fallback.from() : from + ", " + fallback.from();
    return new ModelMetadata(licence != null ? licence : fallback.licence(),
        !baseModels.isEmpty() ? baseModels : fallback.baseModels(), origin);
  }
}
