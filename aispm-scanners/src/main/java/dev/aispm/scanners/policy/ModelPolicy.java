package dev.aispm.scanners.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An organisation's approved models, loaded from a policy file by {@link ModelPolicyLoader}: where
 * models may come from, which vendors' managed models may be used, which base models, file formats
 * and licences are approved, and the worst scan verdict a model may have. A section the file
 * leaves out (null here) is not judged, except formats, which default to every format that is
 * not pickle-based.
 *
 * @param name       a name for messages and the graph, e.g. the team's policy name
 * @param sources    approved sources, or null
 * @param vendors    approved foundation-model vendors, or null
 * @param baseModels approved base models, or null
 * @param formats    approved file formats (lower case)
 * @param licences   approved licences, or null
 * @param block      the scan verdict from which a model is refused, or null to refuse none
 */
public record ModelPolicy(String name, Approval sources, Approval vendors, Approval baseModels,
    Set<String> formats, LicenceRule licences, ScanVerdict block) {
  public ModelPolicy {
    formats = Set.copyOf(formats);
  }

  /** Every way the model falls outside this policy, in dimension order; empty when it is inside. */
  public List<PolicyViolation> judge(ModelFacts facts) {
    List<PolicyViolation> out = new ArrayList<>();
    if (facts.judged().contains(Dimension.SOURCE) && sources != null) {
      judgeAll(Dimension.SOURCE, sources, facts.sources(), out);
    }
    if (facts.judged().contains(Dimension.VENDOR) && vendors != null) {
      judgeAll(Dimension.VENDOR, vendors, facts.vendor() == null ? List.of() : List.of(facts.vendor()), out);
    }
    if (facts.judged().contains(Dimension.BASE_MODEL) && baseModels != null) {
      judgeAll(Dimension.BASE_MODEL, baseModels, facts.baseModels(), out);
    }
    if (facts.judged().contains(Dimension.FORMAT) && facts.format() != null && !formats.contains(facts.format())) {
      out.add(new PolicyViolation(Dimension.FORMAT, facts.format(), "format " + facts.format()
          + " is not approved" + (ModelFormats.PICKLE_BASED.contains(facts.format())
              ? " (pickle-based: loading it runs code)" : "")));
    }
    if (facts.judged().contains(Dimension.LICENCE) && licences != null) {
      if (facts.licence() == null || facts.licence().isBlank()) {
        if (!licences.allowUnknown()) {
          out.add(new PolicyViolation(Dimension.LICENCE, null,
              "licence is unknown (no model card or metadata states it) and the policy refuses unknown licences"));
        }
      } else if (!licences.approves(facts.licence())) {
        out.add(new PolicyViolation(Dimension.LICENCE, facts.licence(),
            "licence " + facts.licence() + " is not approved"));
      }
    }
    if (facts.judged().contains(Dimension.SCAN_VERDICT) && block != null && facts.verdict() != null
        && facts.verdict().atLeast(block)) {
      out.add(new PolicyViolation(Dimension.SCAN_VERDICT, facts.verdict().label(),
          "scan verdict is " + facts.verdict().label() + ", and the policy blocks " + block.label()
              + (block == ScanVerdict.MALICIOUS ? "" : " or worse")));
    }
    return out;
  }

  private static void judgeAll(Dimension dimension, Approval approval, List<String> values,
      List<PolicyViolation> out) {
    if (values.isEmpty()) {
      if (approval.judge(null) == Approval.Outcome.UNKNOWN) {
        out.add(new PolicyViolation(dimension, null, dimension.noun() + " is unknown and the policy refuses an"
            + " unknown " + dimension.noun()));
      }
      return;
    }
    for (String value : values) {
      if (approval.judge(value) == Approval.Outcome.NOT_APPROVED) {
        out.add(new PolicyViolation(dimension, value, dimension.noun() + " " + value + " is not approved"));
      }
    }
  }
}
