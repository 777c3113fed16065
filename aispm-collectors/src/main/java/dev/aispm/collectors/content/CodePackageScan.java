package dev.aispm.collectors.content;

import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.advisory.AdvisoryMatch;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.AiComponent;
import dev.aispm.scanners.aiusage.AiEvidence;
import dev.aispm.scanners.aiusage.SupplyChainScan;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.files.ContentScanEngine;
import dev.aispm.scanners.packages.SoftwarePackage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a function's code package (a zip already downloaded within the content budget) the way
 * {@code scan-files} reads a file: the content scanners (secrets, unsafe model files) and the
 * package inventory, AI classification and advisory match, in memory. Nothing is extracted to
 * disk, executed or deserialized; archive limits (nesting, entries, bomb ratios) are the engine's.
 */
public final class CodePackageScan {
  private static final Logger LOG = LoggerFactory.getLogger(CodePackageScan.class);

  private final ContentScanEngine engine;
  private final AiCatalogue catalogue;
  private final AdvisoryIndex advisories;
  private final ContentBudget budget;

  public CodePackageScan(ContentScanEngine engine, AiCatalogue catalogue, AdvisoryIndex advisories,
      ContentBudget budget) {
    this.engine = engine;
    this.catalogue = catalogue;
    this.advisories = advisories;
    this.budget = budget;
  }

  /**
   * The installed scanners, the built-in AI catalogue and the advisory index of
   * {@code AISPM_DATA_DIR} (the bundled snapshot when none was imported, or when the imported one
   * cannot be read: a cloud scan still matches what it can, and says why in the log).
   */
  public static CodePackageScan withDefaults(ContentScanEngine engine, ContentBudget budget) {
    AdvisoryIndex index;
    try {
      index = AdvisoryStore.fromEnvironment().load();
    } catch (IOException | RuntimeException e) {
      LOG.warn("the advisory index could not be read ({}); using the bundled snapshot; run 'advisories update' again",
          e.getMessage());
      index = AdvisoryStore.bundled();
    }
    return new CodePackageScan(engine, AiCatalogue.builtIn(), index, budget);
  }

  /** The AI catalogue packages are classified with. */
  public AiCatalogue catalogue() {
    return catalogue;
  }

  /** The advisory index packages are matched against. */
  public AdvisoryIndex advisories() {
    return advisories;
  }

  /** The most bytes of one code package that are read. */
  public long maxBytes() {
    return budget.maxBytesPerObject();
  }

  /** Scans one package's bytes; {@code location} names it in evidence (e.g. {@code lambda://fn.zip}). */
  public CodeReport scan(byte[] code, String location) {
    SupplyChainScan supplyChain = supplyChain();
    List<ContentFinding> findings = engine.withExtraScanners(supplyChain.scanners())
        .scan(new ByteArrayInputStream(code), location);
    return report(supplyChain, CodeReport.SCANNED, null, findings.size());
  }

  /**
   * A fresh check of one input (a package, an image, the code objects under a bucket prefix)
   * against this scan's catalogue and advisories; its scanners join the engine run that reads it.
   */
  public SupplyChainScan supplyChain() {
    return new SupplyChainScan(catalogue, advisories);
  }

  /** What a check found once its input is read: AI packages, AI use and their advisories. */
  public static CodeReport report(SupplyChainScan supplyChain, String status, String error, int contentFindings) {
    return new CodeReport(status, error, supplyChain.aiPackages(), supplyChain.evidence(),
        supplyChain.vulnerabilities(), contentFindings);
  }

  /**
   * Scans a container image layer by layer, lowest first, as its registry serves them: each layer
   * blob is streamed through the engine (gzip, zstd and tar unwrapped within its guards, so a zstd
   * layer is bounded like a gzip one) and never held whole in memory or written to
   * disk. Only the inventory and the AI source scanners run: an image is a whole operating system,
   * and its package records and first-party code are what tell its AI use.
   *
   * @param root   names the image in evidence, e.g. {@code ecr://account/region/repo@sha256:...}
   * @param layers the layers to read, lowest first; their order decides which whiteouts apply
   * @param opener opens one layer blob; a failure loses only that layer
   */
  public ImageReport scanImage(String root, List<ImageLayer> layers, LayerOpener opener) {
    SupplyChainScan supplyChain = supplyChain();
    ContentScanEngine packagesOnly = new ContentScanEngine(supplyChain.scanners(), engine.limits());
    supplyChain.imageLayers(root, layers.stream().map(ImageLayer::digest).toList());
    List<String> problems = new java.util.ArrayList<>();
    int read = 0;
    for (ImageLayer layer : layers) {
      String where = root + "!/blobs/" + layer.digest().replaceFirst(":", "/");
      if (!layer.readable()) {
        problems.add(layer.digest() + ": unsupported media type " + layer.mediaType());
        continue;
      }
      try (InputStream in = opener.open(layer)) {
        // The two scanners report no finding of their own but unreadable records; the engine
        // adds limits, bombs and formats it cannot open: each is a gap in what the layer told.
        for (ContentFinding f : packagesOnly.scan(in, where)) {
          problems.add(layer.digest() + ": " + f.message());
        }
        read++;
      } catch (IOException | RuntimeException e) {
        problems.add(layer.digest() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
    }
    String status = problems.isEmpty() ? CodeReport.SCANNED : read == 0 ? CodeReport.FAILED : ImageReport.PARTIAL;
    CodeReport contents = report(supplyChain, status, problems.isEmpty() ? null : String.join("; ", problems), 0);
    return new ImageReport(contents, layers.size(), read, problems);
  }

  /**
   * One layer of an image manifest.
   *
   * @param digest    the blob digest, {@code sha256:<hex>}
   * @param mediaType as the manifest gives it
   * @param size      compressed size in bytes as the manifest gives it
   */
  public record ImageLayer(String digest, String mediaType, long size) {
    /** Tar layers, plain, gzip or zstd, OCI or Docker; foreign (non-distributable) layers are not read. */
    public boolean readable() {
      String t = mediaType == null ? "" : mediaType;
      return !t.contains("foreign") && !t.contains("nondistributable")
          && (t.endsWith(".tar") || t.endsWith("tar+gzip") || t.endsWith("tar.gzip") || t.endsWith("tar+zstd")
              || t.isEmpty());
    }
  }

  /** Opens a layer blob; the stream is closed by the scan. */
  @FunctionalInterface
  public interface LayerOpener {
    InputStream open(ImageLayer layer) throws IOException;
  }

  /**
   * What reading an image found.
   *
   * @param contents   packages, AI use and advisories, with status scanned, partial or failed
   * @param layers     layers in the manifest
   * @param layersRead layers read through
   * @param problems   per layer, why it was not (fully) read
   */
  public record ImageReport(CodeReport contents, int layers, int layersRead, List<String> problems) {
    /** Some layers were read, others not: what was found stands, what was not read is unknown. */
    public static final String PARTIAL = "partial";

    public ImageReport {
      problems = List.copyOf(problems);
    }

    /** An image that was not read at all, and why. */
    public static ImageReport notRead(String status, String error) {
      return new ImageReport(CodeReport.notRead(status, error), 0, 0, List.of(error));
    }
  }

  /**
   * What reading one code package found, or why it was not read.
   *
   * @param status          {@link #SCANNED}, {@link #OVER_BUDGET}, {@link #IMAGE} or {@link #FAILED}
   * @param error           why it was not read, null when scanned
   * @param aiPackages      the AI packages with their catalogue entries
   * @param evidence        AI use seen in code and configuration
   * @param vulnerabilities known vulnerabilities of the AI packages
   * @param contentFindings content findings of the other scanners (secrets, unsafe files)
   */
  public record CodeReport(String status, String error, Map<SoftwarePackage, AiComponent> aiPackages,
      List<AiEvidence> evidence, List<AdvisoryMatch> vulnerabilities, int contentFindings) {
    public static final String SCANNED = "scanned";
    public static final String OVER_BUDGET = "over-budget";
    public static final String IMAGE = "image";
    public static final String FAILED = "failed";

    public CodeReport {
      aiPackages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aiPackages));
      evidence = List.copyOf(evidence);
      vulnerabilities = List.copyOf(vulnerabilities);
    }

    /** No code package the scan could find: only settings may show AI use, nothing says the code is clean. */
    public static final String NONE = "none";

    /** The same report with AI-use evidence found outside the code (settings' names) added. */
    public CodeReport withEvidence(List<AiEvidence> more) {
      if (more.isEmpty()) {
        return this;
      }
      List<AiEvidence> all = new java.util.ArrayList<>(evidence);
      all.addAll(more);
      return new CodeReport(status, error, aiPackages, all, vulnerabilities, contentFindings);
    }

    /** A package that was not read, and why: never a silent pass. */
    public static CodeReport notRead(String status, String error) {
      return new CodeReport(status, error, Map.of(), List.of(), List.of(), 0);
    }
  }
}
