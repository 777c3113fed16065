package dev.aispm.collectors.gcp;

/**
 * The result of reading one setting: known with a value, known to be absent, or unknown because
 * the read failed. Keeping "absent" and "unknown" apart is what lets a transform write false for
 * the first and leave the flag unset for the second.
 */
public record Read<T>(boolean known, T value) {
  public static <T> Read<T> of(T value) {
    return new Read<>(true, value);
  }

  public static <T> Read<T> unknown() {
    return new Read<>(false, null);
  }

  /** Known and present. */
  public boolean present() {
    return known && value != null;
  }
}
