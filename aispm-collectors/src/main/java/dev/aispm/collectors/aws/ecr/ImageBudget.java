package dev.aispm.collectors.aws.ecr;

import java.util.Map;

/**
 * How much of a registry a scan reads: images per region and compressed bytes per image. Layers
 * are streamed, never held whole, so the byte budget bounds transfer time, not memory. An image
 * over it is recorded as not read, never as clean.
 *
 * @param maxImagesPerRegion images read per region (each repository's newest image, by name)
 * @param maxBytesPerImage   compressed layer bytes read per image
 */
public record ImageBudget(int maxImagesPerRegion, long maxBytesPerImage) {
  public ImageBudget {
    if (maxImagesPerRegion < 0 || maxBytesPerImage < 1) {
      throw new IllegalArgumentException("image budgets must be positive: " + this);
    }
  }

  /** 50 images per region and 2 GiB per image, unless the environment says otherwise; 0 images turns reading off. */
  public static ImageBudget fromEnvironment(Map<String, String> env) {
    return new ImageBudget((int) number(env, "AISPM_IMAGE_MAX_PER_REGION", 50),
        number(env, "AISPM_IMAGE_MAX_BYTES", 2L << 30));
  }

  private static long number(Map<String, String> env, String name, long fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + v + "'");
    }
  }
}
