package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.s3.S3ObjectReader;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.NodeSchema;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/**
 * Reads the source package of a script-mode training job: the SageMaker Python SDK uploads the
 * entry point's folder as {@code sourcedir.tar.gz} and passes it in the hyperparameter
 * {@code sagemaker_submit_directory}, so the training code's AI SDKs and pinned requirements are
 * only visible there. The package is read with one ranged S3 GetObject within the content budget
 * and scanned in memory; nothing is extracted, run or deserialized.
 */
public final class TrainingJobSource {
  /** The hyperparameter the SageMaker Python SDK sets for script mode. */
  static final String SUBMIT_DIRECTORY = "sagemaker_submit_directory";

  private TrainingJobSource() {}

  /** Where a source package lives. */
  public record S3Location(String bucket, String key) {
    public String uri() {
      return "s3://" + bucket + "/" + key;
    }
  }

  /**
   * The job's source package, when it names one in S3. Hyperparameter values are JSON-encoded by
   * the SDK, so the URI arrives in quotes; a bare one is accepted too. A local or non-S3 value (a
   * job started with a {@code file://} directory) has no package to read.
   */
  public static Optional<S3Location> location(DescribeTrainingJobResponse job) {
    if (!job.hasHyperParameters()) {
      return Optional.empty();
    }
    String raw = job.hyperParameters().get(SUBMIT_DIRECTORY);
    if (raw == null) {
      return Optional.empty();
    }
    String v = SageMakerSettings.unquoted(raw.strip()).strip();
    if (!v.startsWith("s3://")) {
      return Optional.empty();
    }
    String rest = v.substring("s3://".length());
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new S3Location(rest.substring(0, slash), rest.substring(slash + 1)));
  }

  /** Reads the source packages of the jobs that have one, one at a time; keyed by job ARN. */
  static Map<String, CodeReport> read(AwsScope scope, CodePackageScan codeScan, S3ObjectReader objects,
      Iterable<DescribeTrainingJobResponse> jobs) {
    Map<String, CodeReport> out = new java.util.HashMap<>();
    for (DescribeTrainingJobResponse job : jobs) {
      Optional<S3Location> where = location(job);
      if (where.isPresent() && job.trainingJobArn() != null) {
        out.put(job.trainingJobArn(), read(scope, codeScan, objects, job.trainingJobName(), where.get()));
      }
    }
    return out;
  }

  /** One package; every failure becomes a report and a scan entry, never an exception. */
  static CodeReport read(AwsScope scope, CodePackageScan codeScan, S3ObjectReader objects, String job,
      S3Location where) {
    Instant start = Instant.now();
    long max = codeScan.maxBytes();
    try {
      // One byte over the budget is asked for, so that a package whose size the answer does not
      // report is still known to be over the budget instead of being cut there and scanned.
      S3ObjectReader.Opened opened = objects.open(where.bucket(), where.key(), max + 1);
      String over = overBudget(opened.size(), -1, max);
      if (over != null) {
        opened.stream().close();
        return failed(scope, job, over, start, CodeReport.OVER_BUDGET);
      }
      byte[] bytes;
      try (InputStream in = opened.stream()) {
        bytes = in.readAllBytes();
      }
      over = overBudget(opened.size(), bytes.length, max);
      if (over != null) {
        return failed(scope, job, over, start, CodeReport.OVER_BUDGET);
      }
      return codeScan.scan(bytes, where.uri());
    } catch (IOException | RuntimeException e) {
      return failed(scope, job, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), start,
          CodeReport.FAILED);
    }
  }

  /**
   * Why a package is over the per-object budget, or null when it fits: by the size the answer
   * reported, or (size unknown, -1) by having read more than the budget when one byte more was
   * asked for. {@code read} is -1 before the body is read.
   */
  static String overBudget(long reportedSize, long read, long max) {
    if (reportedSize > max) {
      return "source package of " + reportedSize + " bytes is over the content budget of " + max
          + " bytes per object";
    }
    if (read > max) {
      return "source package is over the content budget of " + max
          + " bytes per object (its size was not reported; more than the budget was read)";
    }
    return null;
  }

  private static CodeReport failed(AwsScope scope, String job, String error, Instant start, String status) {
    // Functions, images and models of the same region write these types too: none may be cleaned.
    for (NodeSchema t : SupplyChainGraph.TYPES) {
      scope.context().ledger().failed(scope.key(), t, "s3:GetObject training source package",
          "training job " + job + ": " + error, null, Duration.between(start, Instant.now()));
    }
    return CodeReport.notRead(status, error);
  }
}
