package dev.aispm.collectors.aws.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvocationLogReaderTest {
  @Test
  void theFolderFollowsTheLoggingPrefixWithOrWithoutItsSlash() {
    assertThat(new InvocationLogReader.LogLocation("111111111111", "eu-west-1", "b", "bedrock-logs/").folder())
        .isEqualTo("bedrock-logs/AWSLogs/111111111111/BedrockModelInvocationLogs/eu-west-1/");
    assertThat(new InvocationLogReader.LogLocation("111111111111", "eu-west-1", "b", "bedrock-logs").folder())
        .isEqualTo("bedrock-logs/AWSLogs/111111111111/BedrockModelInvocationLogs/eu-west-1/");
    assertThat(new InvocationLogReader.LogLocation("111111111111", "us-east-1", "b", null).folder())
        .isEqualTo("AWSLogs/111111111111/BedrockModelInvocationLogs/us-east-1/");
  }

  @Test
  void aFirstReadStartsAtTheBackfillDayAndALaterOneAfterTheLastKey() {
    String folder = "AWSLogs/1/BedrockModelInvocationLogs/eu-west-1/";
    java.time.Instant floor = java.time.Instant.parse("2026-12-05T10:00:00Z");
    assertThat(TrailLogKeys.startAfter(folder, null, floor)).isEqualTo(folder + "2026/12/05/");
    String last = folder + "2026/12/06/09/20261206T091500000Z_ab.json.gz";
    assertThat(TrailLogKeys.startAfter(folder, last, floor)).isEqualTo(last);
  }
}
