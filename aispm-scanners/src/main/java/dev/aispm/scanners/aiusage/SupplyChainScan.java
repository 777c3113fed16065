package dev.aispm.scanners.aiusage;

import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.advisory.AdvisoryMatch;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.packages.InstallCommands;
import dev.aispm.scanners.packages.InventoryCollector;
import dev.aispm.scanners.packages.PackageInventoryScanner;
import dev.aispm.scanners.packages.SoftwarePackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The shadow-AI and vulnerable-AI-tooling check of one input (a file, folder member, function
 * package or image): its {@link #scanners()} join a file-scan engine run, and once the input is
 * read, {@link #packages()}, {@link #evidence()} and {@link #findings()} say which AI packages it
 * holds, where code uses AI, and which AI packages have known vulnerabilities.
 *
 * <p>Only packages the {@link AiCatalogue} knows are matched against the advisories: the point
 * is AI tooling (an MLflow or Ray server with a known hole), not a general dependency audit.
 */
public final class SupplyChainScan {
  /** An AI SDK, framework or ML server package is installed or pinned. */
  public static final String AI_PACKAGE = "ai-usage.package";
  /** Code imports an AI SDK or creates a Bedrock runtime client. */
  public static final String AI_CODE = "ai-usage.code";
  /** Code or configuration names an AI provider's API host. */
  public static final String AI_ENDPOINT = "ai-usage.endpoint";
  /** An AI package version with a known vulnerability. */
  public static final String VULNERABLE = "ai-tooling.vulnerable";

  private final AiCatalogue catalogue;
  private final Supplier<AdvisoryIndex> advisories;
  private final InventoryCollector collector = new InventoryCollector();
  private final List<AiEvidence> evidence = new ArrayList<>();
  private final List<ContentScanner> scanners;

  /** A check of one input against this catalogue and these advisories. */
  public SupplyChainScan(AiCatalogue catalogue, AdvisoryIndex advisories) {
    this(catalogue, new Given(advisories));
  }

  /**
   * A check whose advisories are fetched only when the input holds an AI package: most inputs of
   * a file scan (training data, model files) hold none, and reading the index then is wasted.
   */
  public SupplyChainScan(AiCatalogue catalogue, Supplier<AdvisoryIndex> advisories) {
    this.catalogue = catalogue;
    this.advisories = advisories;
    this.scanners = List.of(new PackageInventoryScanner(collector),
        new AiSourceScanner(catalogue, this::addEvidence));
  }

  private synchronized void addEvidence(AiEvidence e) {
    evidence.add(e);
  }

  /** The scanners to add to the engine that reads the input. */
  public List<ContentScanner> scanners() {
    return scanners;
  }

  /**
   * Declares the layer order of an image whose layers are scanned one by one (as
   * {@code root!/blobs/sha256/<hex>}), so that whiteouts in later layers hide earlier records.
   */
  public void imageLayers(String root, List<String> layerDigests) {
    collector.imageLayers(root, layerDigests);
  }

  /** Every package the input holds (after image layer deletions). */
  public List<SoftwarePackage> packages() {
    return collector.packages();
  }

  /**
   * The package indexes and channels the input's records name other than the ecosystems' public
   * defaults ({@link InstallCommands#isDefaultIndex}): with one of them in play, an unpinned
   * package resolves to whatever that index, or the default beside it, serves highest.
   */
  public List<String> customIndexes() {
    return collector.indexes().stream().filter(url -> !InstallCommands.isDefaultIndex(url)).toList();
  }

  /** The AI packages among them, each with its catalogue entry. */
  public Map<SoftwarePackage, AiComponent> aiPackages() {
    Map<SoftwarePackage, AiComponent> out = new LinkedHashMap<>();
    for (SoftwarePackage p : packages()) {
      catalogue.classify(p).ifPresent(c -> out.put(p, c));
    }
    return out;
  }

  /** AI use seen in code and configuration. */
  public synchronized List<AiEvidence> evidence() {
    return List.copyOf(evidence);
  }

  /** Known vulnerabilities of the AI packages. */
  public List<AdvisoryMatch> vulnerabilities() {
    List<AdvisoryMatch> out = new ArrayList<>();
    Map<SoftwarePackage, AiComponent> ai = aiPackages();
    if (ai.isEmpty()) {
      return out;
    }
    AdvisoryIndex index = advisories.get();
    ai.keySet().forEach(p -> out.addAll(index.matches(p)));
    return out;
  }

  /**
   * The findings: one per AI package (info), per piece of code evidence (low) and per known
   * vulnerability (the advisory's severity). A package listed by several records of the same
   * file set (say its metadata and a lock file) is reported once per version, where first seen.
   */
  public List<ContentFinding> findings() {
    List<ContentFinding> out = new ArrayList<>();
    Map<String, SoftwarePackage> firstSeen = new LinkedHashMap<>();
    for (SoftwarePackage p : aiPackages().keySet()) {
      firstSeen.putIfAbsent(p.ecosystem() + ":" + p.name() + "@" + p.version(), p);
    }
    AdvisoryIndex index = firstSeen.isEmpty() ? null : advisories.get();
    for (SoftwarePackage p : firstSeen.values()) {
      AiComponent c = catalogue.classify(p).orElseThrow();
      out.add(new ContentFinding(AI_PACKAGE, Severity.INFO,
          "Uses " + c.title() + ": " + p.ecosystem().osvName() + " package " + p.name()
              + (p.version() == null ? "" : " " + p.version()) + " (" + c.category() + ")",
          p.location(), 0, 0, details("package", p.name(), "version", p.version(),
              "ecosystem", p.ecosystem().osvName(), "purl", p.purl(), "category", c.category(),
              "component", c.title(), "record", p.source())));
      for (AdvisoryMatch m : index.matches(p)) {
        out.add(vulnerable(m));
      }
    }
    for (AiEvidence e : evidence()) {
      boolean endpoint = e.kind().equals("endpoint");
      out.add(new ContentFinding(endpoint ? AI_ENDPOINT : AI_CODE, Severity.LOW,
          endpoint ? "Calls the " + e.component() + " (" + e.subject() + ")"
              : e.kind().equals("client") ? "Creates an " + e.component() + " client"
              : "Imports " + e.subject() + " (" + e.component() + ")",
          e.location(), e.line(), 0, details("kind", e.kind(), "subject", e.subject(),
              "component", e.component(), "category", e.category())));
    }
    return out;
  }

  /** Advisories known up front. */
  private record Given(AdvisoryIndex index) implements Supplier<AdvisoryIndex> {
    @Override
    public AdvisoryIndex get() {
      return index;
    }
  }

  private static ContentFinding vulnerable(AdvisoryMatch m) {
    SoftwarePackage p = m.pkg();
    var a = m.advisory();
    String aliases = String.join(", ", a.aliases());
    return new ContentFinding(VULNERABLE, m.severity(),
        p.name() + " " + p.version() + " has a known vulnerability: " + a.id()
            + (aliases.isEmpty() ? "" : " (" + aliases + ")")
            + (a.summary().isEmpty() ? "" : ", " + a.summary())
            + (m.fixedVersion() == null ? "; no fixed version listed"
                : "; fixed in " + m.fixedVersion()),
        p.location(), 0, 0, details("advisory", a.id(), "aliases", aliases.isEmpty() ? null
            : aliases, "package", p.name(), "version", p.version(), "ecosystem",
            p.ecosystem().osvName(), "purl", p.purl(), "fixedVersion", m.fixedVersion(),
            "severitySource", a.severity() == null ? "unrated" : null));
  }

  private static Map<String, String> details(String... keyValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        out.put(keyValues[i], keyValues[i + 1]);
      }
    }
    return out;
  }
}
