package dev.aispm.scanners.packages;

import java.util.ArrayList;
import java.util.List;

/**
 * What the inventory saw while one input was read: package records, the package indexes they
 * name, the layer order of any container image manifest, and layer whiteouts. Kept apart from the scanner because a
 * {@code docker save} tarball stores its manifest after the layers, so which packages an image
 * really contains is known only at the end ({@link #packages()}).
 */
public final class InventoryCollector {
  private final List<SoftwarePackage> found = new ArrayList<>();
  private final List<ImageLayers.Manifest> manifests = new ArrayList<>();
  private final List<String> whiteouts = new ArrayList<>();

  private final java.util.Set<String> indexes = new java.util.LinkedHashSet<>();

  synchronized void add(SoftwarePackage p) {
    found.add(p);
  }

  /** A package index or channel a record names, credentials already removed. */
  synchronized void index(String url) {
    if (indexes.size() < PackageManifests.MAX_INDEXES) {
      indexes.add(url);
    }
  }

  /** The package indexes and channels the records name, as first seen, defaults included. */
  public synchronized List<String> indexes() {
    return List.copyOf(indexes);
  }

  synchronized void manifest(ImageLayers.Manifest m) {
    manifests.add(m);
  }

  /**
   * The layer order of an image read layer by layer from a registry rather than from one
   * archive: its layers were scanned as {@code root!/blobs/sha256/<hex>}, lowest first, so later
   * layers' whiteouts apply to earlier ones exactly as in an OCI layout tarball.
   *
   * @param root   the location naming the image, e.g. {@code ecr://account/region/repo@sha256:..}
   * @param layers layer digests ({@code sha256:<hex>}), lowest first
   */
  public synchronized void imageLayers(String root, java.util.List<String> layers) {
    manifests.add(new ImageLayers.Manifest(root, layers.stream().map(ImageLayers::blobPath).toList()));
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
