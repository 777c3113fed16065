package dev.aispm.graph.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.schema.aws.sagemaker.EndpointSchema;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.write.ScopeKey;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanLedgerTest {
  static final ScopeKey EAST = new ScopeKey("aws", "1", "us-east-1");

  @Test
  void aPairIsCleanableOnlyWhenItSucceededAndNothingFailedForIt() {
    ScanLedger ledger = new ScanLedger("s");
    ledger.succeeded(EAST, NotebookInstanceSchema.NODE, 2, Duration.ZERO);
    ledger.succeeded(EAST, EndpointSchema.NODE, 2, Duration.ZERO);
    ledger.failed(EAST, EndpointSchema.NODE, "sagemaker:DescribeEndpointConfig", "boom", null, Duration.ZERO);
    assertThat(ledger.cleanable()).containsExactly(Map.entry(EAST, "AWSSageMakerNotebookInstance"));
    assertThat(ledger.failures()).hasSize(1);
  }

  @Test
  void nothingIsCleanableInAScopeThatFailedAsAWhole() {
    ScanLedger ledger = new ScanLedger("s");
    ledger.succeeded(EAST, NotebookInstanceSchema.NODE, 2, Duration.ZERO);
    ledger.failed(EAST, null, "ec2:DescribeRegions", "timeout", null, Duration.ZERO);
    assertThat(ledger.cleanable()).isEmpty();
  }
}
