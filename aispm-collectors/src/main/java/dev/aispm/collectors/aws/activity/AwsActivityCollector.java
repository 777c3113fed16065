package dev.aispm.collectors.aws.activity;

import dev.aispm.collectors.aws.AwsFailures;
import dev.aispm.collectors.aws.AwsSettings;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.collect.CollectorStage;
import dev.aispm.graph.collect.StepRunner;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.misuse.detect.DetectorSettings;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.ingest.IngestSettings;
import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.aws.CloudTrailParser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS misuse stage: reads CloudTrail incrementally into the misuse engine after the inventory
 * and content stages, so detectors see which buckets feed AI and what the scanner said about each
 * artifact. It reads the trails' log files from S3 (data events included); where no trail bucket
 * is readable it falls back to LookupEvents (management events, per region). It also reads the
 * Bedrock model invocation logs of each region through the prompt detectors (from S3, or from the
 * CloudWatch Logs log group where the region logs there only), and what SageMaker endpoints and
 * batch transform jobs with data capture recorded in S3, through the prompt and model-call
 * detectors. Failures are recorded on the scan as failed {@code activity} steps, never thrown.
 */
public final class AwsActivityCollector implements Collector {
  static final String STEP = "activity";

  private final AwsSettings settings;
  private final IngestSettings ingest;
  private final Clock clock;

  public AwsActivityCollector(AwsSettings settings, IngestSettings ingest, Clock clock) {
    this.settings = settings;
    this.ingest = ingest;
    this.clock = clock;
  }

  @Override
  public String provider() {
    return "aws";
  }

  @Override
  public CollectorStage stage() {
    return CollectorStage.ACTIVITY;
  }

  @Override
  public void collect(CollectionContext context) {
    Region home = home();
    String account;
    try (StsClient sts = StsClient.builder().region(home).build()) {
      account = sts.getCallerIdentity().account();
    } catch (RuntimeException e) {
      new StepRunner(context, STEP).failed(new ScopeKey("aws", "unknown", ScopeKey.GLOBAL),
          failure("sts:GetCallerIdentity", e));
      return;
    }
    ScopeKey scope = new ScopeKey("aws", account, ScopeKey.GLOBAL);
    MisuseEngine engine = new MisuseEngine(context.graph(), ingest, DetectorSettings.DEFAULTS, clock);
    StepRunner steps = new StepRunner(context, STEP);
    boolean readTrail = false;
    try (CloudTrailClient cloudtrail = CloudTrailClient.builder().region(home).build();
        S3Client s3 = S3Client.builder().region(home).forcePathStyle(settings.usePathStyle())
            .crossRegionAccessEnabled(true).build()) {
      List<TrailFetcher.TrailLocation> trails = List.of();
      try {
        trails = TrailFetcher.trails(cloudtrail);
      } catch (RuntimeException e) {
        steps.failed(scope, failure("cloudtrail:DescribeTrails", e));
      }
      TrailLogReader reader = new TrailLogReader(s3);
      Instant floor = clock.instant().minus(ingest.backfill());
      for (TrailFetcher.TrailLocation trail : trails) {
        readTrail |= steps.run(scope, attempt -> {
          for (String folder : reader.regionFolders(trail.bucket(), trail.prefix())) {
            context.progress().step("aws activity", "trail " + trail.name() + " " + folder, 0, -1);
            MisuseEngine.SourceRun run = engine.openByKey("aws/cloudtrail/" + trail.bucket() + "/" + folder, "aws",
                accountOf(folder, account));
            reader.read(trail.bucket(), folder, TrailLogReader.startAfter(folder, run, floor), run,
                (key, e) -> attempt.fail(failure("s3:GetObject s3://" + trail.bucket() + "/" + key, e)));
            run.commit();
          }
        }, e -> failure("s3:ListBucket s3://" + trail.bucket(), e));
      }
      invocationLogs(context, steps, engine, new InvocationLogReader(s3), floor);
      dataCapture(context, steps, engine, new DataCaptureReader(s3), floor);
      transformCapture(context, steps, engine, new TransformCaptureReader(s3), floor);
    }
    invocationLogGroups(context, steps, engine, account, home);
    if (!readTrail) {
      lookupEvents(context, steps, engine, account, home);
    }
  }

  /**
   * Bedrock model invocation logs of every region whose logging configuration delivers to S3,
   * through the prompt detectors; one source per account and region, read by key like a trail.
   */
  private void invocationLogs(CollectionContext context, StepRunner steps, MisuseEngine engine,
      InvocationLogReader reader, Instant floor) {
    for (InvocationLogReader.LogLocation at : InvocationLogReader.locations(context.graph(), context.tag().scanId())) {
      context.progress().step("aws activity", "Bedrock invocation logs " + at.account() + " " + at.region(), 0, -1);
      steps.run(new ScopeKey("aws", at.account(), at.region()), attempt -> {
        MisuseEngine.SourceRun run = engine.openByKey("aws/bedrock-invocations/" + at.bucket() + "/" + at.folder(),
            "aws", at.account());
        reader.read(at, TrailLogKeys.startAfter(at.folder(), run.checkpoint().position(), floor), run,
            (key, e) -> attempt.fail(failure("s3:GetObject s3://" + at.bucket() + "/" + key, e)));
        run.commit();
      }, e -> failure("s3:ListBucket s3://" + at.bucket(), e));
    }
  }

  /**
   * Bedrock model invocation logs of every region whose logging configuration delivers to
   * CloudWatch Logs only, through the prompt detectors; one source per account, region and log
   * group, read by time. Another account's log group is read through the cross-account role.
   */
  private void invocationLogGroups(CollectionContext context, StepRunner steps, MisuseEngine engine, String caller,
      Region home) {
    for (InvocationLogGroupReader.LogGroup at : InvocationLogGroupReader.locations(context.graph(),
        context.tag().scanId())) {
      ScopeKey scope = new ScopeKey("aws", at.account(), at.region());
      String operation = "logs:FilterLogEvents " + at.name();
      context.progress().step("aws activity", "Bedrock invocation logs " + at.account() + " " + at.region()
          + " (CloudWatch Logs)", 0, -1);
      if (!at.account().equals(caller) && settings.roleName() == null) {
        steps.failed(scope, new StepRunner.Failure(operation, "the log group is in account " + at.account()
            + " and no cross-account role (AISPM_AWS_ROLE_NAME) is configured to read it", null));
        continue;
      }
      steps.run(scope, attempt -> {
        try (AccountCredentials credentials = AccountCredentials.of(at.account(), caller, settings, home);
            CloudWatchLogsClient logs = CloudWatchLogsClient.builder().region(Region.of(at.region()))
                .credentialsProvider(credentials.provider()).build()) {
          MisuseEngine.SourceRun run = engine.openByTime(at.source(), "aws", at.account());
          Instant from = InvocationLogGroupReader.readFrom(run.readFrom(), run.checkpoint().position(),
              engine.settings().overlap());
          new InvocationLogGroupReader(logs).read(at, from, clock.instant(), run);
          run.commit();
        }
      }, e -> failure(operation, e));
    }
  }

  /**
   * What SageMaker endpoints with data capture enabled wrote to S3, through the prompt and
   * model-call detectors; one source per endpoint variant folder, read by key like a trail.
   */
  private void dataCapture(CollectionContext context, StepRunner steps, MisuseEngine engine, DataCaptureReader reader,
      Instant floor) {
    List<DataCaptureReader.CaptureLocation> locations = DataCaptureReader.locations(context.graph(),
        context.tag().scanId(), u -> steps.failed(new ScopeKey("aws", u.account(), u.region()),
            new StepRunner.Failure("s3:ListBucket " + u.uri(), "the data capture destination of " + u.endpointArn()
                + " is not an S3 location", null)));
    for (DataCaptureReader.CaptureLocation at : locations) {
      context.progress().step("aws activity", "SageMaker data capture " + at.endpointName(), 0, -1);
      steps.run(new ScopeKey("aws", at.account(), at.region()), attempt -> {
        for (String variant : reader.variantFolders(at)) {
          MisuseEngine.SourceRun run = engine.openByKey("aws/sagemaker-capture/" + at.bucket() + "/" + variant, "aws",
              at.account());
          reader.read(at, variant, TrailLogKeys.startAfter(variant, run.checkpoint().position(), floor), run,
              (key, e) -> attempt.fail(failure("s3:GetObject s3://" + at.bucket() + "/" + key, e)));
          run.commit();
        }
      }, e -> failure("s3:ListBucket s3://" + at.bucket(), e));
    }
  }

  /**
   * What SageMaker batch transform jobs with data capture recorded in S3, through the prompt and
   * model-call detectors; one source per job and direction (input, output), read by key.
   */
  private void transformCapture(CollectionContext context, StepRunner steps, MisuseEngine engine,
      TransformCaptureReader reader, Instant floor) {
    List<TransformCaptureReader.CaptureLocation> locations = TransformCaptureReader.locations(context.graph(),
        context.tag().scanId(), u -> steps.failed(new ScopeKey("aws", u.account(), u.region()),
            new StepRunner.Failure("s3:ListBucket " + u.uri(), "the data capture destination of " + u.endpointArn()
                + " is not an S3 location", null)));
    for (TransformCaptureReader.CaptureLocation at : locations) {
      ScopeKey scope = new ScopeKey("aws", at.account(), at.region());
      context.progress().step("aws activity", "SageMaker transform capture " + at.jobName(), 0, -1);
      for (String direction : TransformCaptureReader.DIRECTIONS) {
        String folder = at.folder(direction);
        // Each direction is its own source: a failed listing of one leaves the other to be read.
        steps.run(scope, attempt -> {
          MisuseEngine.SourceRun run = engine.openByKey("aws/sagemaker-transform-capture/" + at.bucket() + "/" + folder,
              "aws", at.account());
          reader.read(at, direction, TrailLogKeys.startAfter(folder, run.checkpoint().position(), floor), run,
              (key, e) -> attempt.fail(failure("s3:GetObject s3://" + at.bucket() + "/" + key, e)));
          run.commit();
        }, e -> failure("s3:ListBucket s3://" + at.bucket() + "/" + folder, e));
      }
    }
  }

  /** Management events of each region through LookupEvents, oldest first, committed once per region. */
  private void lookupEvents(CollectionContext context, StepRunner steps, MisuseEngine engine, String account,
      Region home) {
    List<String> regions = settings.regions().isEmpty() ? List.of(home.id()) : settings.regions();
    for (String region : regions) {
      context.progress().step("aws activity", "LookupEvents " + region, 0, -1);
      steps.run(new ScopeKey("aws", account, region), attempt -> lookupEvents(engine, account, region),
          e -> failure("cloudtrail:LookupEvents", e));
    }
  }

  private void lookupEvents(MisuseEngine engine, String account, String region) {
    try (CloudTrailClient cloudtrail = CloudTrailClient.builder().region(Region.of(region)).build()) {
      MisuseEngine.SourceRun run = engine.openByTime("aws/" + account + "/lookup-events/" + region, "aws", account);
      Instant from = run.readFrom();
      Instant to = clock.instant();
      // Pages come newest first; they are gathered and replayed oldest first, so the checkpoint's
      // high-water mark only moves once the whole window has been read.
      List<ParseResult> pages = new ArrayList<>();
      for (LookupEventsResponse page : cloudtrail.lookupEventsPaginator(r -> r.startTime(from).endTime(to))) {
        pages.add(CloudTrailParser.parseRecords(page.events().stream().map(Event::cloudTrailEvent).toList(),
            page.nextToken()));
      }
      Collections.reverse(pages);
      for (ParseResult page : pages) {
        run.accept(page, null);
      }
      run.commit();
    }
  }

  /** The account of a folder {@code .../ACCOUNT/CloudTrail/REGION/}, or {@code fallback}. */
  static String accountOf(String folder, String fallback) {
    String[] parts = folder.split("/");
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].equals("CloudTrail")) {
        return parts[i - 1];
      }
    }
    return fallback;
  }

  private static StepRunner.Failure failure(String operation, Exception e) {
    AwsFailures.Failure f = AwsFailures.describe(e, operation);
    return new StepRunner.Failure(operation, f.error(), f.missingPermission());
  }

  private static Region home() {
    try {
      return new software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain().getRegion();
    } catch (RuntimeException e) {
      return Region.US_EAST_1;
    }
  }
}
