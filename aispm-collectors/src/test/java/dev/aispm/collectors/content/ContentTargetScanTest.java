package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.ScanProgress;
import dev.aispm.graph.collect.StepRunner;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.SyncTag;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The target loop every content stage shares: spend per bucket, failures recorded, no verdict for what was not read. */
class ContentTargetScanTest {
  record Target(String id, String bucket, boolean artifact, boolean trainingInput, String scopeText)
      implements ContentTarget {
    @Override
    public String spendKey() {
      return bucket;
    }

    @Override
    public ScopeKey scopeKey() {
      return ContentTarget.scopeOf(scopeText, "aws", "111111111111");
    }
  }

  private final ScanLedger ledger = new ScanLedger("scan-1");
  private final List<String> progress = new ArrayList<>();
  // No graph: these runs write nothing, so a write would fail the test.
  private final CollectionContext context = new CollectionContext(null, ledger, new SyncTag("scan-1", Instant.EPOCH),
      (stage, message, done, total) -> progress.add(stage + " " + message + " " + done + "/" + total));
  private final ContentTargetScan scan = new ContentTargetScan(new ContentBudget(10, 100, 5),
      ModelArtifactSchema.NODE, DataPrefixSchema.NODE);

  @Test
  void targetsOfOneBucketShareItsSpendAndAFailureDoesNotStopTheNext() {
    Target a = new Target("s3://train/a/", "train", false, true, "aws/111111111111/eu-west-1");
    Target b = new Target("s3://train/b/", "train", false, false, null);
    Target c = new Target("s3://other/c/", "other", false, false, null);
    List<BucketSpend> spends = new ArrayList<>();
    scan.run(context, "aws content", List.of(a, b, c), Target::id, (t, spend) -> {
      spends.add(spend);
      spend.charge(7);
      throw new PrefixScan.StoreFailure(PrefixScan.Phase.LIST, t.id(), new IOException("403"));
    }, (t, e) -> new StepRunner.Failure("s3:ListBucket " + t.id(), e.getCause().getMessage(), "s3:ListBucket"));

    assertThat(spends.get(0)).isSameAs(spends.get(1)).isNotSameAs(spends.get(2));
    assertThat(spends.get(0).bytes()).isEqualTo(14);
    assertThat(progress).containsExactly("aws content s3://train/a/ 1/3", "aws content s3://train/b/ 2/3",
        "aws content s3://other/c/ 3/3");
    assertThat(ledger.failures()).extracting(ScopeOutcome::operation)
        .containsExactly("s3:ListBucket s3://train/a/", "s3:ListBucket s3://train/b/", "s3:ListBucket s3://other/c/");
    assertThat(ledger.failures()).allSatisfy(f -> assertThat(f.resourceType()).isEqualTo(ContentTargetScan.STEP));
    assertThat(ledger.failures().get(0).scope()).isEqualTo(new ScopeKey("aws", "111111111111", "eu-west-1"));
    assertThat(ledger.failures().get(1).scope()).isEqualTo(new ScopeKey("aws", "111111111111", ScopeKey.GLOBAL));
  }

  @Test
  void aTargetThatCannotBeReadAtAllGetsNoVerdictAndNoFailure() {
    scan.run(context, "azure content", List.of(new Target("blob", "c", true, false, null)), Target::id,
        (t, spend) -> null, (t, e) -> new StepRunner.Failure("never", "never", null));
    assertThat(ledger.outcomes()).isEmpty();
    assertThat(progress).hasSize(1);
  }

  @Test
  void onlyModelsAndTrainingInputsAreHashed() {
    assertThat(new Target("m", "b", true, false, null).hashed()).isTrue();
    assertThat(new Target("d", "b", false, true, null).hashed()).isTrue();
    assertThat(new Target("d", "b", false, false, null).hashed()).isFalse();
  }

  @Test
  void aScopeIsTakenFromTheNodeOrElseTheAccount() {
    assertThat(ContentTarget.scopeOf("gcp/proj/us-central1", "gcp", "proj"))
        .isEqualTo(new ScopeKey("gcp", "proj", "us-central1"));
    assertThat(ContentTarget.scopeOf("not-a-scope", "gcp", "proj")).isEqualTo(new ScopeKey("gcp", "proj", ScopeKey.GLOBAL));
    assertThat(ContentTarget.scopeOf(null, "azure", null)).isEqualTo(new ScopeKey("azure", "unknown", ScopeKey.GLOBAL));
  }
}
