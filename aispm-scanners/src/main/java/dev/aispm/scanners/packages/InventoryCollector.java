package dev.aispm.scanners.packages;

import java.util.ArrayList;
import java.util.List;

/**
 * What the inventory saw while one input was read: package records, the layer order of any
 * container image manifest, and layer whiteouts. Kept apart from the scanner because a
 * {@code docker save} tarball stores its manifest after the layers, so which packages an image
 * really contains is known only at the end ({@link #packages()}).
 */
public final class InventoryCollector {
  private final List<SoftwarePackage> found = new ArrayList<>();
  private final List<ImageLayers.Manifest> manifests = new ArrayList<>();
  private final List<String> whiteouts = new ArrayList<>();

  synchronized void add(SoftwarePackage p) {
    found.add(p);
  }

  synchronized void manifest(ImageLayers.Manifest m) {
    manifests.add(m);
  }

  synchronized void whiteout(String location) {
    whiteouts.add(location);
  }

  /**
   * The packages the input holds: every record found, minus those inside an image layer that a
   * later layer of the same image deletes (a whiteout or an opaque folder).
   */
  public synchronized List<SoftwarePackage> packages() {
    return ImageLayers.visible(found, manifests, whiteouts);
  }

  /** Every record found, deleted or not, in the order found. */
  public synchronized List<SoftwarePackage> allRecords() {
    return List.copyOf(found);
  }
}
