package dev.aispm.collectors.content;

import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.advisory.AdvisoryMatch;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.AiComponent;
import dev.aispm.scanners.packages.InstallCommands;
import dev.aispm.scanners.packages.InstallCommands.Installs;
import dev.aispm.scanners.packages.SoftwarePackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the install commands of a notebook's startup scripts (a SageMaker lifecycle configuration's
 * hooks, a Workbench instance's post-startup script) put into its environment: the AI packages, as
 * a {@link CodeReport} that {@link SupplyChainGraph} writes like a function's, with their
 * advisories; and what the scripts install from without saying which packages (requirements files,
 * package indexes). Pure: the scripts are text already read, and nothing they name is fetched.
 */
public final class StartupScriptInstalls {
  /** Some scripts could not be read whole (undecodable, or cut at the parser's bound). */
  public static final String PARTIAL = "partial";

  private StartupScriptInstalls() {}

  /**
   * What the scripts install.
   *
   * @param code             AI packages and their advisories; status scanned, partial or failed
   * @param requirementFiles requirements files the scripts install from, not read
   * @param customIndexes    non-default package indexes, credentials removed
   * @param unresolved       install arguments known only at run time
   */
  public record Report(CodeReport code, List<String> requirementFiles, List<String> customIndexes, int unresolved) {
    public Report {
      requirementFiles = List.copyOf(requirementFiles);
      customIndexes = List.copyOf(customIndexes);
    }

    /** Sets the properties every startup-script holder declares for what its scripts install. */
    public NodeRecord.Builder describe(NodeRecord.Builder node) {
      return node.set("installScan", code.status())
          .set("requirementFiles", requirementFiles.isEmpty() ? null : requirementFiles)
          .set("packageIndexes", customIndexes.isEmpty() ? null : customIndexes)
          .set("unresolvedInstalls", unresolved);
    }
  }

  /**
   * Reads scripts.
   *
   * @param scripts    decoded script text by the name evidence gives it (e.g. {@code CONFIG/OnStart[0]})
   * @param unreadable how many scripts could not be decoded at all
   */
  public static Report read(Map<String, String> scripts, int unreadable, AiCatalogue catalogue,
      AdvisoryIndex advisories) {
    List<SoftwarePackage> packages = new ArrayList<>();
    Set<String> files = new LinkedHashSet<>();
    Set<String> indexes = new LinkedHashSet<>();
    int unresolved = 0;
    boolean truncated = false;
    for (var e : scripts.entrySet()) {
      Installs i = InstallCommands.parse(e.getValue(), e.getKey());
      packages.addAll(i.packages());
      files.addAll(i.requirementFiles());
      indexes.addAll(i.customIndexes());
      unresolved += i.unresolved();
      truncated |= i.truncated();
    }
    Map<SoftwarePackage, AiComponent> ai = new LinkedHashMap<>();
    for (SoftwarePackage p : packages) {
      catalogue.classify(p).ifPresent(c -> ai.putIfAbsent(p, c));
    }
    List<AdvisoryMatch> vulnerable = new ArrayList<>();
    ai.keySet().forEach(p -> vulnerable.addAll(advisories.matches(p)));
    String status;
    String error = null;
    if (unreadable > 0 && scripts.isEmpty()) {
      status = CodeReport.FAILED;
      error = unreadable + " script(s) could not be decoded";
    } else if (unreadable > 0 || truncated) {
      status = PARTIAL;
      error = unreadable > 0 ? unreadable + " script(s) could not be decoded"
          : "a script is longer than " + InstallCommands.MAX_CHARS + " characters or installs more than "
              + InstallCommands.MAX_PACKAGES + " packages; the rest was not read";
    } else {
      status = CodeReport.SCANNED;
    }
    return new Report(new CodeReport(status, error, ai, List.of(), vulnerable, 0), List.copyOf(files),
        List.copyOf(indexes), unresolved);
  }
}
