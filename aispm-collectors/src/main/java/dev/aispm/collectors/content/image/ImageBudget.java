package dev.aispm.collectors.content.image;

import dev.aispm.collectors.content.BudgetVariables;
import java.util.Map;

/**
 * How much of the registries a scan reads: images per scan scope (an AWS region for ECR, an Azure
 * subscription for ACR, a Google Cloud project for Artifact Registry) and compressed bytes per
 * image. Layers are streamed, never held whole, so the byte budget bounds transfer time, not
 * memory. An image over it is recorded as not read, never as clean.
 *
 * @param maxImagesPerScope images read per scope (each repository's newest image, by name, then on ECR the
 *                          older images workloads pin)
 * @param maxBytesPerImage  compressed layer bytes read per image
 */
public record ImageBudget(int maxImagesPerScope, long maxBytesPerImage) {
  public ImageBudget {
    if (maxImagesPerScope < 0 || maxBytesPerImage < 1) {
      throw new IllegalArgumentException("image budgets must be positive: " + this);
    }
  }

  /** 50 images per scope and 2 GiB per image, unless the environment says otherwise; 0 images turns reading off. */
  public static ImageBudget fromEnvironment(Map<String, String> env) {
    return new ImageBudget(BudgetVariables.count(env, "AISPM_IMAGE_MAX_PER_REGION", 50),
        BudgetVariables.number(env, "AISPM_IMAGE_MAX_BYTES", 2L << 30));
  }
}
