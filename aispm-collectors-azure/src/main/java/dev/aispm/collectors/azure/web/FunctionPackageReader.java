package dev.aispm.collectors.azure.web;

import dev.aispm.collectors.azure.storage.BlobStore;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.ListedObject;
import dev.aispm.collectors.content.OpenedObject;
import dev.aispm.collectors.content.PackageBytes;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads a function app's package from Blob storage with the scan's own token (List Blobs and Get
 * Blob, the blob read data action the content stage already needs) and scans it with
 * {@link CodePackageScan}: the zip is held in memory within the per-object budget, never
 * extracted, run or deserialized. For a Flex Consumption deployment container, the most recently
 * written zip is the deployed package.
 */
public final class FunctionPackageReader {
  /** Blobs looked at at most in a deployment container; each deployment writes one. */
  static final int MAX_LISTED = 1000;

  private final CodePackageScan scan;

  public FunctionPackageReader(CodePackageScan scan) {
    this.scan = scan;
  }

  /** Thrown when the container holds no zip package. */
  public static final class NoPackageException extends IOException {
    public NoPackageException(String where) {
      super("no .zip package in deployment container " + where);
    }
  }

  /**
   * Reads and scans; Blob errors are thrown as they come (the caller records them with the missing
   * data action), an over-budget package as {@link PackageBytes.OverBudgetException}.
   */
  public CodeReport read(BlobStore store, PackageSource source) throws IOException {
    String container = source.location().container();
    ListedObject blob;
    if (PackageSource.FLEX.equals(source.kind())) {
      blob = newestZip(store.list(container, source.location().path(), MAX_LISTED));
      if (blob == null) {
        throw new NoPackageException(source.uri());
      }
    } else {
      blob = new ListedObject(source.location().path(), null, null, null, null, null);
    }
    if (blob.size() != null && blob.size() > scan.maxBytes()) {
      throw new PackageBytes.OverBudgetException(blob.size(), scan.maxBytes());
    }
    // One byte more than the budget: a package that fills it exactly is read, a larger one fails.
    OpenedObject opened = store.open(container, blob, scan.maxBytes() + 1);
    if (opened.size() > scan.maxBytes()) {
      opened.stream().close();
      throw new PackageBytes.OverBudgetException(opened.size(), scan.maxBytes());
    }
    byte[] zip = PackageBytes.read(opened.stream(), scan.maxBytes());
    return scan.scan(zip, store.uri(container, blob.key()));
  }

  static ListedObject newestZip(Iterator<ListedObject> listed) {
    ListedObject best = null;
    Comparator<ListedObject> newer = Comparator
        .comparing((ListedObject o) -> o.lastModified() == null ? Instant.EPOCH : o.lastModified())
        .thenComparing(ListedObject::key);
    for (int n = 0; listed.hasNext() && n < MAX_LISTED; n++) {
      ListedObject o = listed.next();
      if (o.key().toLowerCase(Locale.ROOT).endsWith(".zip") && (best == null || newer.compare(o, best) > 0)) {
        best = o;
      }
    }
    return best;
  }
}
