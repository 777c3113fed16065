package dev.aispm.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.aispm.simulator.aws.AwsOrganization;
import dev.aispm.simulator.aws.AwsResponder;
import dev.aispm.simulator.aws.AwsRouter;
import dev.aispm.simulator.aws.SimulatedObjects;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated cloud: one in-process WireMock server on 127.0.0.1 that answers the AWS APIs the
 * collectors call, in their real wire protocols, for the fictional organization "acme".
 *
 * <p>It exists so that the demo and the integration tests run the real SDKs end to end (signing,
 * retries, paging, unmarshalling) without an AWS account: the SDKs are pointed here through their
 * standard endpoint configuration ({@link #awsSdkSystemProperties()} or
 * {@link #awsSdkEnvironment()}), so the collectors contain no test-only path. Tests reach the
 * {@link #server()} to stub faults in front of the simulated organization.
 */
public final class SimulatedCloud implements AutoCloseable {
  /** The AWS services the fake answers, as the SDK names their endpoint settings. */
  private static final Map<String, String> AWS_SERVICES = Map.ofEntries(
      Map.entry("SageMaker", "SAGEMAKER"), Map.entry("Bedrock", "BEDROCK"), Map.entry("BedrockAgent", "BEDROCK_AGENT"),
      Map.entry("S3", "S3"), Map.entry("S3Control", "S3_CONTROL"), Map.entry("Iam", "IAM"), Map.entry("Sts", "STS"),
      Map.entry("Ec2", "EC2"), Map.entry("Organizations", "ORGANIZATIONS"), Map.entry("Lambda", "LAMBDA"),
      Map.entry("CloudWatchLogs", "CLOUDWATCH_LOGS"),

      Map.entry("Ecs", "ECS"));

  private final WireMockServer server;
  private final AwsOrganization organization;
  private final AwsRouter router;

  private SimulatedCloud(WireMockServer server, AwsOrganization organization, AwsRouter router) {
    this.server = server;
    this.organization = organization;
    this.router = router;
  }

  /** Starts the fake with the acme organization on a free port. */
  public static SimulatedCloud start() {
    return start(Options.DEFAULT);
  }

  /** Starts the fake with extra generated data, added latency or no request journal. */
  public static SimulatedCloud start(Options options) {
    AwsOrganization org = AwsOrganization.load("simulator/aws/organization.json");
    AwsRouter router = new AwsRouter(org, options.responders(), options.latency());
    WireMockConfiguration config = options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .containerThreads(Math.max(32, options.threads()))
        .jettyAcceptors(2)
        .gzipDisabled(true)
        .asynchronousResponseEnabled(!options.latency().isZero())
        .asynchronousResponseThreads(Math.max(8, options.threads()))
        .extensions(router);
    if (!options.journal()) {
      config.disableRequestJournal();
    }
    WireMockServer server = new WireMockServer(config);
    server.start();
    routeEverything(server);
    return new SimulatedCloud(server, org, router);
  }

  private static void routeEverything(WireMockServer server) {
    // Lowest priority: a test's own stub (a fault, a throttle) matches first.
    server.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withTransformers(AwsRouter.NAME)));
  }

  /** Removes every stub a test added in front of the organization (faults, throttles). */
  public void resetFaults() {
    server.resetMappings();
    routeEverything(server);
  }

  /** How to start the fake. */
  public record Options(Duration latency, List<AwsResponder> responders, boolean journal, int threads) {
    public static final Options DEFAULT = new Options(Duration.ZERO, List.of(), true, 32);

    public Options {
      responders = List.copyOf(responders);
    }
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * JVM system properties that point the SDK's default client builders here: the global endpoint
   * override {@code aws.endpointUrl}, the per-service ones ({@code aws.endpointUrlSageMaker} ...,
   * which win over an {@code AWS_ENDPOINT_URL_*} variable that may be set in the environment), the
   * region, and the management account's access key.
   */
  public Map<String, String> awsSdkSystemProperties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("aws.endpointUrl", baseUrl());
    AWS_SERVICES.keySet().stream().sorted().forEach(s -> p.put("aws.endpointUrl" + s, baseUrl()));
    p.put("aws.region", "us-east-1");
    p.put("aws.accessKeyId", organization.management().accessKeyId());
    p.put("aws.secretAccessKey", organization.management().secretAccessKey());
    return p;
  }

  /** The same configuration as environment variables, for a child process. */
  public Map<String, String> awsSdkEnvironment() {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("AWS_ENDPOINT_URL", baseUrl());
    AWS_SERVICES.values().stream().sorted().forEach(s -> e.put("AWS_ENDPOINT_URL_" + s, baseUrl()));
    e.put("AWS_REGION", "us-east-1");
    e.put("AWS_ACCESS_KEY_ID", organization.management().accessKeyId());
    e.put("AWS_SECRET_ACCESS_KEY", organization.management().secretAccessKey());
    return e;
  }

  /** The simulated organization: accounts, keys, cross-account role and external id. */
  public AwsOrganization awsOrganization() {
    return organization;
  }

  /** AWS requests answered so far. */
  public long awsCallCount() {
    return router.calls();
  }

  /** The CloudWatch Logs log groups of the Bedrock invocation logs, for tests that deliver events late. */
  public dev.aispm.simulator.aws.InvocationLogGroups awsLogGroups() {
    return router.logGroups();
  }

  /** Every {@code service:Operation} called so far. */
  public Set<String> awsOperationsSeen() {
    return router.operationsSeen();
  }

  /**
   * The objects in the simulated S3 buckets, so a test can rewrite one between two scans (a
   * training object changed after its job ended) and see the scan notice.
   */
  public SimulatedObjects awsObjects() {
    return router.objects();
  }

  /** The WireMock server, so tests can add faults in front of the organization. */
  public WireMockServer server() {
    return server;
  }

  @Override
  public void close() {
    server.stop();
  }
}
