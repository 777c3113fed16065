package dev.aispm.collectors.aws.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrailLogKeysTest {
  static final String FOLDER = "AWSLogs/o-abc123/111111111111/CloudTrail/us-east-1/";

  @Test
  void aFirstReadStartsAtTheBackfillDayAndLaterReadsAfterTheLastKey() {
    Instant floor = Instant.parse("2026-12-05T12:00:00Z");
    assertThat(TrailLogKeys.startAfter(FOLDER, null, floor)).isEqualTo(FOLDER + "2026/12/05/");
    String last = FOLDER + "2026/12/06/111111111111_CloudTrail_us-east-1_20261206T0905Z_x.json.gz";
    assertThat(TrailLogKeys.startAfter(FOLDER, last, floor)).isEqualTo(last);
    // A stored key older than the window (a source idle for weeks) does not replay beyond it.
    assertThat(TrailLogKeys.startAfter(FOLDER, FOLDER + "2026/10/01/a.json.gz", floor)).isEqualTo(FOLDER + "2026/12/05/");
  }

  @Test
  void logFilesFoldersAndAccounts() {
    assertThat(TrailLogKeys.root(null)).isEqualTo("AWSLogs/");
    assertThat(TrailLogKeys.root("audit")).isEqualTo("audit/AWSLogs/");
    assertThat(TrailLogKeys.isLogFile(FOLDER + "2026/12/05/f.json.gz")).isTrue();
    assertThat(TrailLogKeys.isLogFile("AWSLogs/111111111111/CloudTrail-Digest/us-east-1/2026/12/05/d.json.gz")).isFalse();
    assertThat(TrailLogKeys.isLogFile(FOLDER)).isFalse();
    assertThat(TrailLogKeys.isOrganization("o-abc123")).isTrue();
    assertThat(TrailLogKeys.isOrganization("111111111111")).isFalse();
    assertThat(AwsActivityCollector.accountOf(FOLDER, "x")).isEqualTo("111111111111");
    assertThat(AwsActivityCollector.accountOf("weird/", "x")).isEqualTo("x");
  }
}
