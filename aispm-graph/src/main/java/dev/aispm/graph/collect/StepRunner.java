package dev.aispm.graph.collect;

import dev.aispm.graph.write.ScopeKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Session;

/**
 * Runs one named step of a stage once per scope (an account, a trail, a bucket prefix), timing
 * each and recording a failure on the scan ledger instead of throwing it. Every stage that reads
 * what the inventory wrote (content, activity) loops this way: a scope that cannot be read is a
 * failed step with the call and the missing permission the cloud named, and the next scope is
 * still read. The cloud-specific part is only how an exception is described.
 */
public final class StepRunner {
  private final CollectionContext context;
  private final String step;

  /**
   * @param context the scan the failures are recorded on
   * @param step    the step name failures are recorded under, e.g. {@code activity}
   */
  public StepRunner(CollectionContext context, String step) {
    this.context = context;
    this.step = step;
  }

  /**
   * A failed call as the ledger records it.
   *
   * @param operation         the call that failed, e.g. {@code s3:ListBucket s3://bucket/prefix}
   * @param missingPermission the permission the cloud said was missing, null when it did not say
   */
  public record Failure(String operation, String error, String missingPermission) {}

  /** The work of one scope; it may record failures of its own calls and go on. */
  @FunctionalInterface
  public interface Work {
    void run(Attempt attempt) throws Exception;
  }

  /** One scope's run: records further failures under the same scope, timed from its start. */
  public final class Attempt {
    private final ScopeKey scope;
    private final long start = System.nanoTime();

    private Attempt(ScopeKey scope) {
      this.scope = scope;
    }

    public ScopeKey scope() {
      return scope;
    }

    /** Records a failed call of this scope; the run goes on. */
    public void fail(Failure f) {
      context.ledger().failedStep(scope, step, f.operation(), f.error(), f.missingPermission(),
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * Runs {@code work} for one scope. What it throws is described by {@code describe} and recorded
   * on the scan, never thrown on, so one scope's failure leaves the others to run.
   *
   * @return whether the work ran to its end without throwing
   */
  public boolean run(ScopeKey scope, Work work, Function<Exception, Failure> describe) {
    Attempt attempt = new Attempt(scope);
    try {
      work.run(attempt);
      return true;
    } catch (Exception e) {
      attempt.fail(describe.apply(e));
      return false;
    }
  }

  /** Records a failure that happened before any scope could be read (credentials, a client). */
  public void failed(ScopeKey scope, Failure f) {
    context.ledger().failedStep(scope, step, f.operation(), f.error(), f.missingPermission(), Duration.ZERO);
  }

  /**
   * The accounts (subscriptions, projects) whose {@code label} node this scan's inventory wrote
   * and read in full, in order: a stage after the inventory reads only those, so a scan narrowed
   * to some accounts already narrows it.
   */
  public static List<String> accountsWritten(CollectionContext context, String label) {
    // A label cannot be a query parameter; it is a schema name, checked so it stays one.
    if (!label.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("not a node label: " + label);
    }
    String query = "MATCH (a:" + label + ") WHERE a.lastScanId = $scanId AND coalesce(a.scanned, true)\n"
        + "RETURN a.account AS id ORDER BY id";
    try (Session s = context.graph().session()) {
      return s.run(query, Map.of("scanId", context.tag().scanId())).list(r -> r.get("id").asString());
    }
  }
}
