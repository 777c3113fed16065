package dev.aispm.rules.engine;

import dev.aispm.rules.findings.PathStep;
import dev.aispm.graph.driver.Sessions;
import dev.aispm.rules.catalog.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rules against the graph. Each query runs in a read transaction, so a rule (including a
 * user's custom rule) cannot change the graph; a rule that fails is reported and the others run.
 */
public final class RuleEngine {
  private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

  private final Driver driver;
  private final SessionConfig session;

  public RuleEngine(Driver driver, String database) {
    this.driver = driver;
    this.session = Sessions.forDatabase(database);
  }

  /**
   * Evaluates one rule and returns every row, PASS included (what the fixture tests check);
   * throws {@link RuleExecutionException} if its query fails or breaks the contract.
   */
  public List<RuleMatch> evaluate(Rule rule) {
    return run(rule, rule.query());
  }

  /**
   * Evaluates one rule and returns only its FAIL and UNKNOWN rows. The filter runs in the database:
   * on a large graph most rows pass, and shipping them to be thrown away would cost most of a pass.
   */
  public List<RuleMatch> evaluateFailing(Rule rule) {
    return run(rule, failingOnly(rule.query()));
  }

  static String failingOnly(String query) {
    String q = query.strip();
    while (q.endsWith(";")) {
      q = q.substring(0, q.length() - 1).strip();
    }
    return "CALL {\n" + q + "\n}\nWITH * WHERE status <> 'PASS'\nRETURN *";
  }

  private List<RuleMatch> run(Rule rule, String query) {
    try (Session s = driver.session(session)) {
      return s.executeRead(tx -> tx.run(query).list(r -> toMatch(rule, r)));
    } catch (RuleExecutionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RuleExecutionException(rule.id(), e.getMessage(), e);
    }
  }

  /**
   * Evaluates every rule for its failing (and unknown) rows, collecting rule errors instead of
   * stopping at the first.
   */
  public Evaluation evaluateAll(List<Rule> rules) {
    // Rules are independent read queries: running them on every core is the cheapest speed-up a
    // pass over a large graph can get. Results are gathered in catalogue order, so a pass is
    // deterministic whatever finishes first.
    int threads = Math.max(1, Math.min(rules.size(), Runtime.getRuntime().availableProcessors()));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "rule-eval");
      t.setDaemon(true);
      return t;
    });
    try {
      List<java.util.concurrent.Future<List<RuleMatch>>> futures = new ArrayList<>();
      for (Rule rule : rules) {
        futures.add(pool.submit(() -> evaluateFailing(rule)));
      }
      List<RuleMatch> matches = new ArrayList<>();
      List<RuleExecutionException> errors = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        try {
          matches.addAll(futures.get(i).get());
        } catch (java.util.concurrent.ExecutionException e) {
          RuleExecutionException failure = e.getCause() instanceof RuleExecutionException r ? r
              : new RuleExecutionException(rules.get(i).id(), String.valueOf(e.getCause()), e.getCause());
          LOG.warn("rule {} failed: {}", rules.get(i).id(), failure.getMessage());
          errors.add(failure);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("rule pass interrupted", e);
        }
      }
      return new Evaluation(matches, errors);
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a pass over many rules produced. */
  public record Evaluation(List<RuleMatch> matches, List<RuleExecutionException> errors) {}

  static RuleMatch toMatch(Rule rule, Record r) {
    if (!r.containsKey("resourceId") || !r.containsKey("status")) {
      throw new RuleExecutionException(rule.id(), "query must return resourceId and status", null);
    }
    String resourceId = r.get("resourceId").asString(null);
    if (resourceId == null) {
      throw new RuleExecutionException(rule.id(), "query returned a null resourceId", null);
    }
    RuleMatch.Status status;
    try {
      status = RuleMatch.Status.valueOf(r.get("status").asString("").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleExecutionException(rule.id(), "status must be PASS, FAIL or UNKNOWN, was "
          + r.get("status"), null);
    }
    String reason = r.containsKey("reason") ? r.get("reason").asString("") : "";
    List<PathStep> path = r.containsKey("path") ? steps(r.get("path")) : List.of();
    Set<String> ids = new LinkedHashSet<>();
    ids.add(resourceId);
    if (r.containsKey("resourceIds") && !r.get("resourceIds").isNull()) {
      r.get("resourceIds").asList(v -> v.asString(null)).stream()
          .filter(java.util.Objects::nonNull).forEach(ids::add);
    }
    path.stream().filter(p -> p.kind().equals("node") && !"Internet".equals(p.type()))
        .forEach(p -> ids.add(p.id()));
    return new RuleMatch(rule, resourceId, status, reason, List.copyOf(ids), path);
  }

  static List<PathStep> steps(Value value) {
    if (value.isNull()) {
      return List.of();
    }
    Path path = value.asPath();
    List<PathStep> steps = new ArrayList<>();
    steps.add(nodeStep(path.start()));
    for (Path.Segment seg : path) {
      Relationship rel = seg.relationship();
      steps.add(PathStep.edge(rel.type()));
      steps.add(nodeStep(seg.end()));
    }
    return steps;
  }

  private static PathStep nodeStep(Node n) {
    String type = n.get("type").asString(null);
    if (type == null) {
      type = n.labels().iterator().hasNext() ? lastLabel(n) : "Node";
    }
    return PathStep.node(n.get("id").asString(null), type, n.get("name").asString(null));
  }

  private static String lastLabel(Node n) {
    String last = null;
    for (String l : n.labels()) {
      last = l;
    }
    return last;
  }
}
