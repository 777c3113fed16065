package dev.aispm.scanners.policy.gate;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.policy.Dimension;
import dev.aispm.scanners.policy.ModelFacts;
import dev.aispm.scanners.policy.ModelNames;
import dev.aispm.scanners.policy.ModelPolicy;
import dev.aispm.scanners.policy.PolicyViolation;
import dev.aispm.scanners.policy.ScanVerdict;
import dev.aispm.scanners.policy.ScanVerdictRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds the model files of a {@code scan-files} run to a policy: each file's source (the
 * {@code --source} given, or the URI it was read from), base model, format and licence, and the
 * verdict the content findings give it. Every way a file falls outside the policy is one
 * finding, high, under the dimension's rule id ({@code policy.format-not-approved} ...), so a CI
 * log, JSON and SARIF name the file and the reason.
 */
public final class FileModelGate {
  /** Dimensions a file is judged on; vendors are the clouds' managed models' and files name none. */
  static final Set<Dimension> FILE_DIMENSIONS = EnumSet.of(Dimension.SOURCE, Dimension.BASE_MODEL,
      Dimension.FORMAT, Dimension.LICENCE, Dimension.SCAN_VERDICT);

  private final ModelPolicy policy;
  private final String source;

  /**
   * @param policy the policy to hold files to
   * @param source where every scanned file came from ({@code --source}), or null to take the URI
   *               each was read from (local files then have no known source)
   */
  public FileModelGate(ModelPolicy policy, String source) {
    this.policy = policy;
    this.source = source;
  }

  /** The findings for every model outside the policy, in the order the models were found. */
  public List<ContentFinding> judge(List<ModelFile> models, List<ContentFinding> findings) {
    List<ContentFinding> out = new ArrayList<>();
    for (ModelFile model : models) {
      ModelFacts facts = facts(model, findings);
      for (PolicyViolation v : policy.judge(facts)) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("policy", policy.name());
        details.put("format", model.format());
        put(details, "licence", facts.licence());
        put(details, "baseModel", String.join(", ", facts.baseModels()));
        put(details, "source", String.join(", ", facts.sources()));
        put(details, "scanVerdict", facts.verdict() == null ? null : facts.verdict().label());
        put(details, "metadataFrom", model.metadata().from());
        put(details, "refused", v.value());
        out.add(new ContentFinding(v.ruleId(), Severity.HIGH,
            "Model outside policy " + policy.name() + ": " + v.message(), model.location(), 0, 0, details));
      }
    }
    return out;
  }

  /** What the policy judges about one file. */
  ModelFacts facts(ModelFile model, List<ContentFinding> findings) {
    String from = source != null ? source : uriSource(model.location());
    return new ModelFacts(model.location(), FILE_DIMENSIONS,
        from == null ? List.of() : List.of(ModelNames.source(from)), null,
        model.metadata().baseModels(), model.format(), model.metadata().licence(),
        verdict(model.location(), findings));
  }

  /**
   * The content scanners' verdict on the file, from the findings in it (archive members
   * included), with the cloud scan's meaning of each finding ({@link ScanVerdictRule}); the worst
   * one counts, so a suspicious file that also hit a scanner's limit is still refused as suspicious.
   */
  static ScanVerdict verdict(String location, List<ContentFinding> findings) {
    return ScanVerdictRule.worst(findings.stream().filter(f -> within(f.location(), location)).toList());
  }

  private static boolean within(String findingLocation, String model) {
    return findingLocation.equals(model) || findingLocation.startsWith(model + "!/")
        || findingLocation.startsWith(model + "#");
  }

  /** A file read from a URI came from there; a local file's origin is not known from its path. */
  private static String uriSource(String location) {
    if (!location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return null;
    }
    int member = location.indexOf("!/");
    return member > 0 ? location.substring(0, member) : location;
  }

  private static void put(Map<String, String> details, String key, String value) {
    if (value != null && !value.isBlank()) {
      details.put(key, value);
    }
  }
}
