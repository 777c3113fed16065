package dev.aispm.collectors.aws.activity;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.misuse.event.PromptRecord;
import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.aws.InvocationLogParser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;

/**
 * Reads Bedrock model invocation logs that a region's logging configuration delivers only to
 * CloudWatch Logs, through {@code FilterLogEvents} on the configured log group. A log group has no
 * key order to resume from, so the source is read by time: each scan asks from a short overlap
 * before the latest event time read (or the backfill floor on a first run) up to now, and the
 * checkpoint's boundary ids drop what the overlap reads again. The overlap is what catches events
 * CloudWatch ingested after a scan had already read past their time; a region that also delivers
 * to S3 is read there only, so no invocation is counted twice.
 */
final class InvocationLogGroupReader {
  /** A region's CloudWatch Logs destination of invocation logs. */
  record LogGroup(String account, String region, String name) {
    /** The source's stable id, its checkpoint's key. */
    String source() {
      return "aws/bedrock-invocations-cwl/" + account + "/" + region + "/" + name;
    }
  }

  /**
   * How much event time one window of requests covers. A window is admitted in time order once
   * read whole, so a commit never moves the high-water mark past an event not yet admitted, while
   * the memory a run holds stays bounded by one window's events.
   */
  static final Duration WINDOW = Duration.ofHours(1);

  private static final String LOCATIONS = """
      MATCH (l:AWSBedrockModelInvocationLogging)
      WHERE l.lastScanId = $scanId AND l.enabled = true AND l.s3BucketName IS NULL
        AND l.cloudWatchLogGroup IS NOT NULL
      RETURN l.account AS account, l.region AS region, l.cloudWatchLogGroup AS logGroup
      ORDER BY account, region""";

  private final CloudWatchLogsClient logs;

  InvocationLogGroupReader(CloudWatchLogsClient logs) {
    this.logs = logs;
  }

  /** The log groups of regions that the inventory of scan {@code scanId} found logging to CloudWatch Logs only. */
  static List<LogGroup> locations(GraphConnection graph, String scanId) {
    try (Session s = graph.session()) {
      return s.run(LOCATIONS, Map.of("scanId", scanId)).list(r -> new LogGroup(r.get("account").asString(),
          r.get("region").asString(), r.get("logGroup").asString()));
    }
  }

  /**
   * Where a scan starts reading: the overlap before the later of the high-water mark and the end of
   * the last window read (its position), so a quiet log group is not re-read from its last event
   * on every scan, while events ingested late within the overlap are still caught.
   */
  static Instant readFrom(Instant fromHighWater, String position, Duration overlap) {
    if (position == null) {
      return fromHighWater;
    }
    Instant lastEnd;
    try {
      lastEnd = Instant.parse(position);
    } catch (java.time.format.DateTimeParseException e) {
      return fromHighWater;
    }
    Instant fromPosition = lastEnd.minus(overlap);
    return fromPosition.isAfter(fromHighWater) ? fromPosition : fromHighWater;
  }

  /**
   * Reads the log group's events from {@code from} to {@code to}, one window at a time, into
   * {@code run}'s prompt detectors.
   *
   * @return log events read
   */
  long read(LogGroup at, Instant from, Instant to, MisuseEngine.SourceRun run) {
    long read = 0;
    for (Instant start = from; start.isBefore(to); start = start.plus(WINDOW)) {
      Instant end = start.plus(WINDOW).isBefore(to) ? start.plus(WINDOW) : to;
      List<FilteredLogEvent> events = new ArrayList<>();
      // Both bounds are inclusive; the window's last millisecond is the next window's first.
      long startMs = start.toEpochMilli();
      long endMs = end.toEpochMilli() - 1;
      for (FilterLogEventsResponse page : logs.filterLogEventsPaginator(r -> r.logGroupName(at.name())
          .startTime(startMs).endTime(endMs))) {
        events.addAll(page.events());
      }
      InvocationLogParser.Result unit = records(events);
      run.acceptPrompts(unit.records(), unit.malformed(), end.toString());
      read += events.size();
    }
    return read;
  }

  /**
   * The invocation records of one window's log events, oldest first, each timed by its log event:
   * the high-water mark must be on the axis {@code FilterLogEvents} filters by, or the next
   * window could start after events it never read. Messages that are not invocation records are
   * counted malformed and skipped.
   */
  static InvocationLogParser.Result records(List<FilteredLogEvent> events) {
    List<PromptRecord> out = new ArrayList<>();
    int malformed = 0;
    List<FilteredLogEvent> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(e -> e.timestamp() == null ? Long.MIN_VALUE : e.timestamp()));
    for (FilteredLogEvent e : ordered) {
      if (e.timestamp() == null) {
        malformed++;
        continue;
      }
      try {
        PromptRecord r = InvocationLogParser.parseMessage(e.message());
        // The request id, not the log event id, names the record: a record delivered twice as two
        // log events is still one invocation.
        out.add(new PromptRecord(r.id(), Instant.ofEpochMilli(e.timestamp()), r.provider(), r.account(), r.region(),
            r.principal(), r.model(), r.operation(), r.prompt(), r.completion()));
      } catch (IllegalArgumentException ex) {
        malformed++;
      }
    }
    return new InvocationLogParser.Result(out, malformed);
  }
}
