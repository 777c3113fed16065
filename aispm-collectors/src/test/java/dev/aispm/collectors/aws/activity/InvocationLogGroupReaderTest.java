package dev.aispm.collectors.aws.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.misuse.event.PromptRecord;
import dev.aispm.misuse.source.aws.InvocationLogParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;

class InvocationLogGroupReaderTest {
  static List<FilteredLogEvent> recorded() {
    try (CloudWatchLogsClient logs = CloudWatchLogsClient.builder().region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIARECORDED", "recorded")))
        .httpClient(RecordedAnswersAccess.replaying("logs/FilterLogEvents.json"))
        .endpointOverride(URI.create("http://recorded.invalid")).build()) {
      return logs.filterLogEvents(r -> r.logGroupName("/aws/bedrock/research")).events();
    }
  }

  @Test
  void eventsBecomeRecordsOldestFirstTimedByTheirLogEvent() {
    InvocationLogParser.Result r = InvocationLogGroupReader.records(recorded());

    assertThat(r.records()).extracting(PromptRecord::id).containsExactly("b7e1-0001", "b7e1-0002");
    PromptRecord first = r.records().get(0);
    // The message says 07:59:59.500; the log event's timestamp, which FilterLogEvents filters by, wins.
    assertThat(first.time()).isEqualTo(Instant.parse("2024-12-06T08:00:00Z"));
    assertThat(first.principal()).isEqualTo("arn:aws:iam::222222222222:role/research-notebook-role");
    assertThat(first.model()).isEqualTo("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1");
    assertThat(first.prompt()).contains("Summarise the abstract.");
    assertThat(first.completion()).contains("Two methods compared.");
    assertThat(r.records().get(1).prompt()).contains("DAN mode");
    // A truncated message and a record without identity or request id are counted, not read.
    assertThat(r.malformed()).isEqualTo(2);
  }

  @Test
  void noEventsNoRecords() {
    InvocationLogParser.Result r = InvocationLogGroupReader.records(List.of());
    assertThat(r.records()).isEmpty();
    assertThat(r.malformed()).isZero();
  }

  @Test
  void aLaterReadStartsOneOverlapBeforeTheLaterOfTheHighWaterMarkAndTheLastWindowEnd() {
    Duration overlap = Duration.ofMinutes(15);
    Instant fromHighWater = Instant.parse("2026-12-06T08:00:00Z");
    assertThat(InvocationLogGroupReader.readFrom(fromHighWater, null, overlap)).isEqualTo(fromHighWater);
    assertThat(InvocationLogGroupReader.readFrom(fromHighWater, "2026-12-06T12:00:00Z", overlap))
        .isEqualTo(Instant.parse("2026-12-06T11:45:00Z"));
    // A window end before the mark (a clock set back) never moves the start later than the mark allows.
    assertThat(InvocationLogGroupReader.readFrom(fromHighWater, "2026-12-06T08:05:00Z", overlap))
        .isEqualTo(fromHighWater);
    assertThat(InvocationLogGroupReader.readFrom(fromHighWater, "not-a-time", overlap)).isEqualTo(fromHighWater);
  }

  @Test
  void theSourceIdNamesAccountRegionAndGroup() {
    assertThat(new InvocationLogGroupReader.LogGroup("222222222222", "us-east-1", "/aws/bedrock/research").source())
        .isEqualTo("aws/bedrock-invocations-cwl/222222222222/us-east-1//aws/bedrock/research");
  }
}
