package dev.aispm.collectors.content;

import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.scanners.aiusage.SupplyChainScan;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.files.ContentScanEngine;
import dev.aispm.scanners.model.ModelFindings;
import dev.aispm.scanners.packages.PackageInventoryScanner;
import dev.aispm.scanners.packages.PackageManifests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The code and dependency manifests found among the objects under one bucket prefix (training
 * code, requirements files, lock files, notebooks next to the data a job reads), read for AI
 * packages, AI use and their advisories as a function's package is ({@link CodePackageScan}).
 *
 * <p>They are read in the same pass, and within the same per-object bound, as the data scanners
 * read them: nothing more is fetched. Only objects whose name says they are code are offered to
 * the inventory and the AI use catalogue: a data set in JSON Lines may quote an AI provider's host
 * in its text, which says nothing about what the code using the bucket calls.
 */
public final class CodeObjects {
  /** Extensions of source files the AI use catalogue reads (Python, notebooks, JavaScript / TypeScript, JVM). */
  private static final Set<String> SOURCE = Set.of("py", "pyw", "ipynb", "js", "mjs", "cjs", "ts", "tsx", "jsx",
      "mts", "cts", "java", "kt", "kts", "scala", "groovy");

  private final SupplyChainScan supplyChain;
  private final ContentScanEngine engine;
  private final List<String> cut = new ArrayList<>();
  private int read;

  /**
   * The code objects of one prefix.
   *
   * @param scan the catalogue and advisories to read them against
   * @param data the engine the data scanners run in; code objects run it with the supply-chain scanners added
   */
  public CodeObjects(CodePackageScan scan, ContentScanEngine data) {
    this.supplyChain = scan.supplyChain();
    this.engine = data.withExtraScanners(supplyChain.scanners());
  }

  /**
   * Whether an object is code or a dependency manifest, judged from its key alone ({@code /}
   * separated): a package record or declaration the inventory reads ({@code requirements*.txt},
   * {@code poetry.lock}, {@code pyproject.toml}, {@code environment.yml}, {@code pom.xml},
   * {@code package.json}, notebooks...; {@link PackageManifests#kindOf}), or a source file.
   */
  public static boolean isCode(String key) {
    if (key == null || key.isEmpty() || key.endsWith("/")) {
      return false;
    }
    if (PackageManifests.kindOf(key).isPresent()) {
      return true;
    }
    String name = key.substring(key.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && SOURCE.contains(name.substring(dot + 1));
  }

  /** The engine to read one code object with: the data scanners and the supply-chain scanners, in one pass. */
  public ContentScanEngine engine() {
    return engine;
  }

  /** Records one code object read through {@link #engine()}. */
  public void read(ScannedObject object) {
    read++;
    if (object.truncated()) {
      cut.add(object.uri() + " read only up to the per-object budget");
      return;
    }
    for (ContentFinding f : object.findings()) {
      if (f.ruleId().equals(PackageInventoryScanner.UNPARSEABLE) || f.ruleId().equals(ModelFindings.LIMIT_EXCEEDED)) {
        cut.add(object.uri() + ": " + f.message());
        return;
      }
    }
  }

  /**
   * What the code under the prefix says, once every object the budget allowed was read.
   *
   * @param prefixComplete whether every object under the prefix was listed and read: code left
   *                       unread may use AI too
   */
  public Report report(boolean prefixComplete) {
    List<String> problems = new ArrayList<>(cut);
    if (!prefixComplete) {
      problems.add("objects under the prefix were left unread when the budget ran out");
    }
    String status = problems.isEmpty() ? CodeReport.SCANNED : CodePackageScan.ImageReport.PARTIAL;
    return new Report(CodePackageScan.report(supplyChain, status, problems.isEmpty() ? null
        : String.join("; ", problems), 0), read, problems.isEmpty(), supplyChain.customIndexes());
  }

  /**
   * The code found under one prefix.
   *
   * @param code     AI packages, AI use and advisories, status scanned or partial
   * @param objects  code objects read
   * @param complete whether every code object was read in full and nothing under the prefix was left unread
   * @param packageIndexes package indexes and channels other than the public defaults that the
   *                 manifests name (credentials removed), as first seen
   */
  public record Report(CodeReport code, int objects, boolean complete, List<String> packageIndexes) {
    public Report {
      packageIndexes = List.copyOf(packageIndexes);
    }

    /**
     * The properties the prefix node carries; {@code packageIndexes} is null when none is named,
     * so that an index a later scan no longer sees is cleared.
     */
    public Map<String, Object> properties() {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("codeObjectsScanned", objects);
      props.put("codeScanComplete", complete);
      props.put("packageIndexes", packageIndexes.isEmpty() ? null : packageIndexes);
      return props;
    }
  }
}
