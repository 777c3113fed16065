package dev.aispm.scanners.policy;

import java.util.List;
import java.util.Set;

/**
 * The model file formats a policy can name, as the content scanners detect them. The
 * pickle-based ones run code when loaded by design, so a policy that lists no formats approves
 * every other format and none of these.
 */
public final class ModelFormats {
  /** Every format name a policy may use. */
  public static final List<String> ALL = List.of("safetensors", "gguf", "onnx", "keras", "keras-h5",
      "savedmodel", "numpy", "pickle", "pytorch", "joblib");
  /** Formats whose loading unpickles: code runs at load unless the file is judged first. */
  public static final Set<String> PICKLE_BASED = Set.of("pickle", "pytorch", "joblib");
  /** What a policy without a {@code formats} section approves. */
  public static final Set<String> DEFAULT_APPROVED = Set.copyOf(ALL.stream()
      .filter(f -> !PICKLE_BASED.contains(f)).toList());

  private ModelFormats() {}
}
