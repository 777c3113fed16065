package dev.aispm.rules.engine;

import dev.aispm.graph.write.SyncTag;
import dev.aispm.rules.catalog.Rule;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.findings.Finding;
import dev.aispm.rules.findings.FindingFingerprint;
import dev.aispm.rules.findings.FindingStore;
import dev.aispm.rules.scoring.ContextAnalyzer;
import dev.aispm.rules.scoring.ContextFactors;
import dev.aispm.rules.scoring.RiskScore;
import dev.aispm.rules.scoring.RiskScorer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Driver;

/**
 * One full rule pass: evaluate every rule, score each failing result in its context, store the
 * findings and resolve those no longer matched in successfully scanned scopes.
 */
public final class PostureEvaluator {
  private final RuleEngine engine;
  private final ContextAnalyzer context;
  private final FindingStore store;

  public PostureEvaluator(Driver driver, String database) {
    this.engine = new RuleEngine(driver, database);
    this.context = new ContextAnalyzer(driver, database);
    this.store = new FindingStore(driver, database);
  }

  /**
   * Runs the catalogue.
   *
   * @param succeededScopes scope keys the scan collected without error (findings there may resolve)
   */
  public Result run(RuleCatalog catalog, Collection<String> succeededScopes, SyncTag tag) {
    List<Rule> rules = catalog.rules();
    RuleEngine.Evaluation evaluation = engine.evaluateAll(rules);
    List<RuleMatch> failing = evaluation.matches().stream()
        .filter(m -> m.status() != RuleMatch.Status.PASS).toList();
    Map<String, ContextAnalyzer.ResourceContext> ctx = context.analyze(
        failing.stream().flatMap(m -> m.resourceIds().stream()).toList());
    List<Finding> findings = new ArrayList<>();
    for (RuleMatch m : failing) {
      List<ContextFactors> parts = m.resourceIds().stream().map(ctx::get).filter(Objects::nonNull)
          .map(ContextAnalyzer.ResourceContext::factors).toList();
      boolean unknown = m.status() == RuleMatch.Status.UNKNOWN;
      RiskScore score = RiskScorer.score(m.rule().metadata().severity(), ContextAnalyzer.combine(parts), unknown);
      ContextAnalyzer.ResourceContext primary = ctx.get(m.resourceId());
      findings.add(new Finding(FindingFingerprint.of(m.rule().id(), m.resourceIds()), m.rule().metadata(),
          m.status().name(), m.resourceId(), m.resourceIds(), m.reason(), m.path(), score,
          primary == null ? null : primary.scope()));
    }
    findings = dedupe(findings);
    List<String> evaluated = rules.stream().map(Rule::id)
        .filter(id -> evaluation.errors().stream().noneMatch(e -> e.ruleId().equals(id))).toList();
    long resolved = store.sync(findings, evaluated, succeededScopes, tag);
    findings.sort(Comparator.comparingInt((Finding f) -> f.score().score()).reversed()
        .thenComparing(Finding::id));
    return new Result(findings, resolved, evaluation.errors(), rules.size());
  }

  // A rule may return the same resource set twice (two paths to one target): keep the highest score.
  private static List<Finding> dedupe(List<Finding> findings) {
    Map<String, Finding> byId = new java.util.LinkedHashMap<>();
    for (Finding f : findings) {
      byId.merge(f.id(), f, (a, b) -> a.score().score() >= b.score().score() ? a : b);
    }
    return new ArrayList<>(byId.values());
  }

  /** What a rule pass produced; findings sorted by score, highest first. */
  public record Result(List<Finding> findings, long resolved,
      List<RuleExecutionException> errors, int rulesEvaluated) {}
}
