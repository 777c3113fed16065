package dev.aispm.collectors.aws.bench;

import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.ScanProgress;
import dev.aispm.collectors.aws.AwsCollector;
import dev.aispm.collectors.aws.AwsSettings;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.simulator.SimulatedCloud;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Measures a full collection of one account holding thousands of SageMaker and Bedrock resources behind a
 * fake that adds a fixed latency to every call, into an in-process Neo4j. It exists to keep the
 * collector's parallelism honest: with 20 ms per call, 5,000 resources take minutes if describes
 * run one by one. Not a unit test; run it with {@code -Pbench} (see docs/collectors-aws.md).
 *
 * <p>Arguments: {@code [resources] [latencyMillis] [describeConcurrency]}, default 5000 20 32.
 */
public final class AwsCollectionBenchmark {
  private AwsCollectionBenchmark() {}

  public static void main(String[] args) {
    run(args, System.out);
    System.exit(0);
  }

  public static void run(String[] args, PrintStream out) {
    int resources = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int latency = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int describes = args.length > 2 ? Integer.parseInt(args[2]) : AwsSettings.DEFAULT_DESCRIBE_CONCURRENCY;
    int perType = resources / GeneratedAiAccount.TYPES;
    GeneratedAiAccount account = new GeneratedAiAccount(perType);
    SimulatedCloud cloud = SimulatedCloud.start(new SimulatedCloud.Options(Duration.ofMillis(latency),
        List.of(account), false, describes * 2));
    try {
      cloud.awsOrganization().register(GeneratedAiAccount.ACCOUNT, GeneratedAiAccount.ACCESS_KEY);
      cloud.awsSdkSystemProperties().forEach(System::setProperty);
      System.setProperty("aws.accessKeyId", GeneratedAiAccount.ACCESS_KEY);
      GraphConnection graph = InProcessNeo4j.connection();
      InProcessNeo4j.reset();
      AwsSettings settings = AwsSettings.fromEnvironment(Map.of("AISPM_AWS_REGIONS", "us-east-1"))
          .withConcurrency(AwsSettings.DEFAULT_CONCURRENCY, describes);
      ScanLedger ledger = new ScanLedger("bench");
      long callsBefore = cloud.awsCallCount();
      Instant start = Instant.now();
      new AwsCollector(settings).collect(new CollectionContext(graph, ledger, new SyncTag("bench", start),
          ScanProgress.NONE));
      double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
      long collected = InProcessNeo4j.count("MATCH (n:Asset) WHERE n.account = '" + GeneratedAiAccount.ACCOUNT
          + "' AND (n:Notebook OR n:TrainingJob OR n:Model OR n:Endpoint OR n:Guardrail) RETURN count(n)");
      long calls = cloud.awsCallCount() - callsBefore;
      out.printf("aws collection benchmark: %d resources collected (of %d), %d API calls at %d ms each, "
          + "%.2f s elapsed, %d failures, %d cores%n", collected, perType * GeneratedAiAccount.TYPES, calls, latency, seconds,
          ledger.failures().size(), Runtime.getRuntime().availableProcessors());
    } finally {
      cloud.awsSdkSystemProperties().keySet().forEach(System::clearProperty);
      cloud.close();
    }
  }
}
