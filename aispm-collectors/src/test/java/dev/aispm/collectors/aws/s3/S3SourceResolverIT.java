package dev.aispm.collectors.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.files.ScanFilesCommand;
import dev.aispm.simulator.SimulatedCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code scan-files s3://bucket/prefix} through the real S3 client and the standard endpoint
 * settings, against the simulated organization's model bucket.
 */
class S3SourceResolverIT {
  @Test
  void scanFilesReadsS3PrefixesAndFlagsTheMaliciousArtifact() {
    try (SimulatedCloud cloud = SimulatedCloud.start()) {
      cloud.awsSdkSystemProperties().forEach(System::setProperty);
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ScanFilesCommand.run(new String[] {"s3://acme-models/", "--format", "json"},
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(report).contains("s3://acme-models/fraud-detector/model.tar.gz")
            .contains("os.system");
        assertThat(report).doesNotContain("churn-predictor/model.tar.gz!/model.pkl\",\"severity\":\"CRITICAL");

        int missing = ScanFilesCommand.run(new String[] {"s3://"}, new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()));
        assertThat(missing).isEqualTo(2);
      } finally {
        cloud.awsSdkSystemProperties().keySet().forEach(System::clearProperty);
      }
    }
  }
}
