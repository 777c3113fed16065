package dev.aispm.collectors.content.image;

import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import java.io.IOException;

/**
 * Reads one image from its registry the same way on every cloud: its manifest (through an index
 * to the platform image a scan reads), the byte budget, then each layer streamed through the code
 * scan. It never throws: a registry error, an over-budget image or a broken manifest becomes a
 * report saying so, and the cloud's sync records it on the scan.
 */
public final class ImageReader {
  private final CodePackageScan codeScan;
  private final ImageBudget budget;

  public ImageReader(CodePackageScan codeScan, ImageBudget budget) {
    this.codeScan = codeScan;
    this.budget = budget;
  }

  public ImageBudget budget() {
    return budget;
  }

  /**
   * Reads {@code repository@digest}.
   *
   * @param root names the image in evidence, e.g. {@code acr://registry/repo@sha256:...}
   */
  public ImageReport read(RegistryClient registry, String repository, String digest, String root) {
    try {
      RegistryClient.Fetched doc = registry.manifest(repository, digest);
      if (ImageManifests.isIndex(doc.mediaType(), doc.body())) {
        String platform = ImageManifests.platformManifest(doc.body())
            .orElseThrow(() -> new IOException("image index names no platform image"));
        doc = registry.manifest(repository, platform);
      }
      ImageManifests.Manifest manifest = ImageManifests.manifest(doc.mediaType(), doc.body());
      if (manifest.size() > budget.maxBytesPerImage()) {
        return ImageReport.notRead(CodeReport.OVER_BUDGET, "image of " + manifest.size()
            + " compressed bytes is over the budget of " + budget.maxBytesPerImage()
            + " bytes per image (AISPM_IMAGE_MAX_BYTES)");
      }
      return codeScan.scanImage(root, manifest.layers(), layer -> registry.blob(repository, layer.digest(),
          layer.size() > 0 ? layer.size() : budget.maxBytesPerImage()));
    } catch (IOException | RuntimeException e) {
      return ImageReport.notRead(CodeReport.FAILED, e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage());
    }
  }

  /** An image left unread because the scope has more images than the budget. */
  public ImageReport notSelected() {
    return ImageReport.notRead(NOT_SELECTED, "more images in the scope than the " + budget.maxImagesPerScope()
        + " read per scan (AISPM_IMAGE_MAX_PER_REGION)");
  }

  /** An image kept as a node but not read: more images than the budget allows in the scope. */
  public static final String NOT_SELECTED = "not-selected";
}
