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

  /** The most bytes of one code package that are read. */
  public long maxBytes() {
    return budget.maxBytesPerObject();
  }

  /** Scans one package's bytes; {@code location} names it in evidence (e.g. {@code lambda://fn.zip}). */
  public CodeReport scan(byte[] code, String location) {
    SupplyChainScan supplyChain = new SupplyChainScan(catalogue, advisories);
    List<ContentFinding> findings = engine.withExtraScanners(supplyChain.scanners())
        .scan(new ByteArrayInputStream(code), location);
    return new CodeReport(CodeReport.SCANNED, null, supplyChain.aiPackages(), supplyChain.evidence(),
        supplyChain.vulnerabilities(), findings.size());
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

    /** A package that was not read, and why: never a silent pass. */
    public static CodeReport notRead(String status, String error) {
      return new CodeReport(status, error, Map.of(), List.of(), List.of(), 0);
    }
  }
}
