package dev.aispm.posture.report;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.rules.findings.FindingStatus;
import dev.aispm.rules.catalog.Compliance;
import dev.aispm.rules.catalog.Rule;
import dev.aispm.rules.catalog.RuleCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Session;

/**
 * Compliance per framework, computed when asked from the rule catalogue and the graph, not
 * persisted by the rule pass: for each rule, the resources it evaluates are the collected assets of
 * its declared resource types; those with an open FAIL finding of the rule fail, those with an open
 * UNKNOWN finding are unknown (never counted as passing), those with a suppressed finding are
 * suppressed, and the rest pass. A control fails if any resource fails one of its rules, passes if
 * its rules evaluated at least one resource and none failed, and is otherwise NOT_EVALUATED.
 *
 * <p>Computing it this way always agrees with the findings the API lists (suppressing a finding
 * shows at once), at the cost of one graph query per request; it assumes a rule evaluates every
 * asset of its resource types, which is how the catalogue's rules are written.
 */
public final class ComplianceReport {
  /** Resource ids listed per control and state; the counts are always complete. */
  public static final int SAMPLE = 20;

  private final GraphConnection graph;
  private final RuleCatalog catalog;

  public ComplianceReport(GraphConnection graph, RuleCatalog catalog) {
    this.graph = graph;
    this.catalog = catalog;
  }

  private record RuleState(Set<String> evaluated, Set<String> failing, Set<String> unknown, Set<String> suppressed) {}

  /** One line per framework: how many controls pass, fail or were not evaluated. */
  public List<FrameworkStatus> frameworks() {
    Map<String, RuleState> states = ruleStates();
    List<FrameworkStatus> out = new ArrayList<>();
    for (String fw : Compliance.FRAMEWORKS) {
      List<ControlStatus> controls = controls(fw, states);
      out.add(new FrameworkStatus(fw, controls.size(), count(controls, "PASS"), count(controls, "FAIL"),
          count(controls, "NOT_EVALUATED")));
    }
    return out;
  }

  private static long count(List<ControlStatus> controls, String status) {
    return controls.stream().filter(c -> status.equals(c.status())).count();
  }

  /** Every control of a framework that some rule maps to, with its resources by state. */
  public List<ControlStatus> controls(String framework) {
    return controls(framework, ruleStates());
  }

  private List<ControlStatus> controls(String framework, Map<String, RuleState> states) {
    Map<String, List<String>> rulesByControl = new TreeMap<>();
    for (Rule r : catalog.rules()) {
      for (String c : r.metadata().compliance().of(framework)) {
        rulesByControl.computeIfAbsent(c, k -> new ArrayList<>()).add(r.id());
      }
    }
    List<ControlStatus> out = new ArrayList<>();
    rulesByControl.forEach((control, ruleIds) -> {
      Set<String> evaluated = new LinkedHashSet<>();
      Set<String> failing = new LinkedHashSet<>();
      Set<String> unknown = new LinkedHashSet<>();
      Set<String> suppressed = new LinkedHashSet<>();
      for (String id : ruleIds) {
        RuleState s = states.get(id);
        evaluated.addAll(s.evaluated());
        failing.addAll(s.failing());
        unknown.addAll(s.unknown());
        suppressed.addAll(s.suppressed());
      }
      unknown.removeAll(failing);
      suppressed.removeAll(failing);
      suppressed.removeAll(unknown);
      Set<String> passing = new LinkedHashSet<>(evaluated);
      passing.removeAll(failing);
      passing.removeAll(unknown);
      passing.removeAll(suppressed);
      out.add(new ControlStatus(control, framework + ":" + control, List.copyOf(ruleIds),
          !failing.isEmpty() ? "FAIL" : evaluated.isEmpty() ? "NOT_EVALUATED" : "PASS",
          sample(passing), sample(failing), sample(unknown), sample(suppressed)));
    });
    return out;
  }

  private static ResourceSample sample(Set<String> ids) {
    return new ResourceSample(ids.size(), ids.stream().sorted().limit(SAMPLE).toList());
  }

  private Map<String, RuleState> ruleStates() {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (Rule r : catalog.rules()) {
      rules.add(Map.of("id", r.id(), "types", r.metadata().resourceTypes()));
    }
    Map<String, RuleState> out = new HashMap<>();
    try (Session s = graph.session()) {
      s.executeRead(tx -> tx.run("""
          UNWIND $rules AS rule
          CALL {
            WITH rule
            OPTIONAL MATCH (a:Asset) WHERE any(l IN labels(a) WHERE l IN rule.types) AND a.stub IS NULL
            RETURN collect(a.id) AS evaluated
          }
          CALL {
            WITH rule
            OPTIONAL MATCH (f:Finding {ruleId: rule.id})
            RETURN collect(CASE WHEN f.status IN $active AND f.result = 'FAIL' THEN f.resourceId END) AS failing,
                   collect(CASE WHEN f.status IN $active AND f.result = 'UNKNOWN' THEN f.resourceId END) AS unknown,
                   collect(CASE WHEN f.status = 'SUPPRESSED' THEN f.resourceId END) AS suppressed
          }
          RETURN rule.id AS id, evaluated, failing, unknown, suppressed
          """, Map.of("rules", rules, "active", FindingStatus.active())).list()).forEach(r -> out.put(r.get("id").asString(), new RuleState(
          Set.copyOf(r.get("evaluated").asList(v -> v.asString())), Set.copyOf(r.get("failing").asList(v -> v.asString())),
          Set.copyOf(r.get("unknown").asList(v -> v.asString())), Set.copyOf(r.get("suppressed").asList(v -> v.asString())))));
    }
    return out;
  }
}
