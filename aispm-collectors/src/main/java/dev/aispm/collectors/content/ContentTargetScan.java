package dev.aispm.collectors.content;

import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.StepRunner;
import dev.aispm.graph.schema.NodeSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The loop every cloud's content stage runs over its targets: model artifacts first, then the
 * data training jobs read, each drawing on its bucket's budget, each verdict written on its node
 * with the listing of a data prefix for the provenance ledger and the AI packages and AI use of
 * the code found under it, and each failure recorded on the scan as a failed {@code content-scan}
 * step without stopping the next target. A cloud supplies how one target is read and how its
 * SDK's failures are named.
 */
public final class ContentTargetScan {
  /** The step failed reads are recorded under. */
  public static final String STEP = "content-scan";

  private final ContentBudget budget;
  private final NodeSchema artifactNode;
  private final NodeSchema prefixNode;
  private final SupplyChainGraph.Holder prefixCode;
  private final SupplyChainGraph.Holder artifactCode;

  /**
   * @param artifactNode the cloud's model artifact type, which carries the model verdict
   * @param prefixNode   the cloud's data prefix type, which carries the data verdict and the listing
   */
  public ContentTargetScan(ContentBudget budget, NodeSchema artifactNode, NodeSchema prefixNode) {
    this(budget, artifactNode, prefixNode, null);
  }

  /**
   * @param prefixCode how the data prefix type reaches the AI packages and AI use of the code under
   *                   it; null: code found under a prefix is not written
   */
  public ContentTargetScan(ContentBudget budget, NodeSchema artifactNode, NodeSchema prefixNode,
      SupplyChainGraph.Holder prefixCode) {
    this(budget, artifactNode, prefixNode, prefixCode, null);
  }

  /**
   * @param artifactCode how the model artifact type reaches the AI packages and AI use of the code
   *                     packaged with the model; null: code found in an artifact is not written
   */
  public ContentTargetScan(ContentBudget budget, NodeSchema artifactNode, NodeSchema prefixNode,
      SupplyChainGraph.Holder prefixCode, SupplyChainGraph.Holder artifactCode) {
    this.budget = budget;
    this.artifactNode = artifactNode;
    this.prefixNode = prefixNode;
    this.prefixCode = prefixCode;
    this.artifactCode = artifactCode;
  }

  /** How the target's type reaches the code it holds; null when its code is not written. */
  private SupplyChainGraph.Holder codeHolder(ContentTarget t) {
    return t.artifact() ? artifactCode : prefixCode;
  }

  /** Reads one target within its bucket's spend; null when it cannot be read at all (no verdict). */
  @FunctionalInterface
  public interface TargetReader<T extends ContentTarget> {
    PrefixScan.Result read(T target, BucketSpend spend) throws Exception;
  }

  /** Names a failed read of a target: the call, the error and the permission the cloud said was missing. */
  @FunctionalInterface
  public interface FailureNamer<T extends ContentTarget> {
    StepRunner.Failure describe(T target, Exception e);
  }

  /** The targets this scan's inventory wrote, read with {@code query} (parameter {@code $scanId}). */
  public static <T extends ContentTarget> List<T> targets(CollectionContext context, String query,
      Function<Record, T> target) {
    try (Session s = context.graph().session()) {
      return s.run(query, Map.of("scanId", context.tag().scanId())).list(target::apply);
    }
  }

  /**
   * Reads every target in order and writes what was found.
   *
   * @param progress the progress line's stage, e.g. {@code aws content}
   * @param label    how the progress line names a target
   */
  public <T extends ContentTarget> void run(CollectionContext context, String progress, List<T> targets,
      Function<T, String> label, TargetReader<T> reader, FailureNamer<T> failures) {
    StepRunner steps = new StepRunner(context, STEP);
    Map<String, BucketSpend> spent = new HashMap<>();
    int done = 0;
    for (T t : targets) {
      context.progress().step(progress, label.apply(t), ++done, targets.size());
      BucketSpend spend = spent.computeIfAbsent(t.spendKey(), k -> new BucketSpend(budget));
      boolean[] written = new boolean[1];
      steps.run(t.scopeKey(), attempt -> {
        PrefixScan.Result result = reader.read(t, spend);
        if (result != null) {
          write(context, t, result);
          written[0] = true;
        }
      }, e -> failures.describe(t, e));
      if (!written[0] && codeHolder(t) != null) {
        // Not read this time: what its code held before still stands until a read says otherwise.
        steps.run(t.scopeKey(), attempt -> PrefixCodeWriter.keep(context, t.id()),
            e -> new StepRunner.Failure("keep code records of " + t.id(), e.getMessage(), null));
      }
    }
  }

  /**
   * Writes the verdict onto the target's node; for data, also what the listing said about each
   * object (keys, ETags, versions, times, and hashes where they were taken) for the provenance ledger.
   */
  void write(CollectionContext context, ContentTarget t, PrefixScan.Result result) {
    SupplyChainGraph.Holder holder = codeHolder(t);
    boolean code = holder != null && result.code() != null;
    if (t.artifact()) {
      Map<String, Object> verdict = ContentResultWriter.artifactVerdict(result);
      if (code) {
        verdict.putAll(result.code().properties());
      }
      ContentResultWriter.write(context.graph(), artifactNode, t.id(), verdict, result.objects(), context.tag().scanId());
    } else {
      Map<String, Object> verdict = ContentResultWriter.dataVerdict(result.verdict());
      if (code) {
        verdict.putAll(result.code().properties());
      }
      ContentResultWriter.write(context.graph(), prefixNode, t.id(), verdict, result.objects(), context.tag().scanId());
      ObjectListingWriter.write(context.graph(), prefixNode, t.id(), result.listing(), result.listingComplete(),
          context.tag().scanId(), context.tag().at());
    }
    if (code) {
      PrefixCodeWriter.write(context, holder, t.id(), t.scopeKey(), result.code());
    }
  }
}
