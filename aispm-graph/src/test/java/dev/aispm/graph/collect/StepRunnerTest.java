package dev.aispm.graph.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.SyncTag;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepRunnerTest {
  private final ScanLedger ledger = new ScanLedger("scan-1");
  private final CollectionContext context = new CollectionContext(null, ledger, new SyncTag("scan-1", Instant.EPOCH),
      ScanProgress.NONE);
  private final StepRunner steps = new StepRunner(context, "activity");
  private final ScopeKey a = new ScopeKey("aws", "111111111111", ScopeKey.GLOBAL);
  private final ScopeKey b = new ScopeKey("aws", "222222222222", ScopeKey.GLOBAL);

  @Test
  void aScopeThatRunsThroughRecordsNothing() {
    assertTrue(steps.run(a, attempt -> { }, e -> new StepRunner.Failure("never", "never", null)));
    assertTrue(ledger.outcomes().isEmpty());
  }

  @Test
  void aThrowingScopeIsRecordedAsDescribedAndTheNextStillRuns() {
    List<ScopeKey> ran = new ArrayList<>();
    for (ScopeKey scope : List.of(a, b)) {
      steps.run(scope, attempt -> {
        ran.add(scope);
        if (scope.equals(a)) {
          throw new IOException("denied");
        }
      }, e -> new StepRunner.Failure("s3:ListBucket s3://trail", e.getMessage(), "s3:ListBucket"));
    }
    assertEquals(List.of(a, b), ran);
    ScopeOutcome f = ledger.failures().get(0);
    assertEquals(1, ledger.failures().size());
    assertEquals(a, f.scope());
    assertEquals("activity", f.resourceType());
    assertEquals("s3:ListBucket s3://trail", f.operation());
    assertEquals("denied", f.error());
    assertEquals("s3:ListBucket", f.missingPermission());
  }

  @Test
  void failuresInsideAScopeAreRecordedUnderItAndItStillCounts() {
    boolean done = steps.run(b, attempt -> attempt.fail(new StepRunner.Failure("s3:GetObject s3://trail/k", "gone",
        null)), e -> new StepRunner.Failure("never", "never", null));
    assertTrue(done);
    assertEquals(b, ledger.failures().get(0).scope());
    assertEquals("s3:GetObject s3://trail/k", ledger.failures().get(0).operation());
    assertNull(ledger.failures().get(0).missingPermission());
  }

  @Test
  void aRuntimeFailureReportsFalse() {
    assertFalse(steps.run(a, attempt -> {
      throw new IllegalStateException("graph refused");
    }, e -> new StepRunner.Failure("write detections", e.toString(), null)));
    assertEquals("write detections", ledger.failures().get(0).operation());
  }

  @Test
  void aFailureBeforeAnyScopeIsRecordedWithoutDuration() {
    steps.failed(a, new StepRunner.Failure("credentials", "no credentials", null));
    assertEquals("credentials", ledger.failures().get(0).operation());
    assertTrue(ledger.failures().get(0).duration().isZero());
  }

  @Test
  void onlyANodeLabelIsAccepted() {
    assertThrows(IllegalArgumentException.class, () -> StepRunner.accountsWritten(context, "X) DETACH DELETE (n"));
  }
}
