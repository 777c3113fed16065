package dev.aispm.scanners.packages;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The inventory's reader inside the file-scan engine: the engine unwraps folders, zips (Lambda
 * and Functions packages, wheels, jars inside them), tars and compressed layers within its limits
 * and bomb guards, and offers each member here; this scanner picks the package records
 * ({@link PackageManifests}), container image manifests and layer whiteouts, and hands them to
 * an {@link InventoryCollector}. It reports no finding for a package: what a package means is
 * decided later, once the whole input is read (a later image layer may delete it).
 */
public final class PackageInventoryScanner implements ContentScanner {
  /**
   * A package record that is not valid for its format, or a declaration naming dependencies it
   * does not spell out (a computed {@code install_requires}, a Gradle version catalogue entry):
   * the inventory of the input is incomplete, though the rest of it is still read.
   */
  public static final String UNPARSEABLE = "packages.unparseable";
  /** Package records and image manifests are small; a larger one is cut here and noted. */
  static final int MAX_RECORD_BYTES = 32 * 1024 * 1024;

  private final InventoryCollector collector;

  /** A scanner that reports to {@code collector}; one collector per scanned input. */
  public PackageInventoryScanner(InventoryCollector collector) {
    this.collector = collector;
  }

  @Override
  public String name() {
    return "packages";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    return PackageManifests.kindOf(location).isPresent() || ImageLayers.isWhiteout(location)
        || ImageLayers.isManifestCandidate(location, head);
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    String location = input.location();
    if (ImageLayers.isWhiteout(location)) {
      collector.whiteout(location);
      return;
    }
    int cap = (int) Math.min(MAX_RECORD_BYTES, limits.maxBytesPerObject());
    byte[] bytes = input.stream().readNBytes(cap + 1);
    if (bytes.length > cap) {
      findings.accept(problem(location, "record is larger than " + cap + " bytes; not read"));
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (ImageLayers.isManifestCandidate(location, bytes)) {
      ImageLayers.readManifest(location, text).ifPresent(collector::manifest);
      if (PackageManifests.kindOf(location).isEmpty()) {
        return;
      }
    }
    Optional<PackageManifests.Kind> kind = PackageManifests.kindOf(location);
    if (kind.isEmpty()) {
      return;
    }
    try {
      DeclaredDependencies read = PackageManifests.read(kind.get(), text, location);
      read.packages().forEach(collector::add);
      read.indexes().forEach(collector::index);
      if (read.unresolved() > 0) {
        findings.accept(problem(location, kind.get().source() + " declares " + read.unresolved()
            + (read.unresolved() == 1 ? " dependency that is" : " dependencies that are")
            + " not literal (computed or from a variable or catalogue); not read"));
      }
    } catch (PackageManifests.UnreadableRecord e) {
      findings.accept(problem(location, kind.get().source() + " record could not be parsed: " + e.getMessage()));
    } catch (IOException | RuntimeException e) {
      // Jackson's message can quote the offending token; say where, not what.
      findings.accept(problem(location, kind.get().source() + " record could not be parsed"
          + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
              && j.getLocation() != null ? " (line " + j.getLocation().getLineNr() + ")" : "")));
    }
  }

  private static ContentFinding problem(String location, String reason) {
    return new ContentFinding(UNPARSEABLE, Severity.LOW,
        "Package inventory incomplete: " + reason, location, 0, 0, Map.of("reason", reason));
  }
}
