package dev.aispm.collectors.aws.activity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where a trail's log files are and where to resume listing them. CloudTrail writes
 * {@code [prefix/]AWSLogs/[org-id/]ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/ACCOUNT_CloudTrail_REGION_TIME_ID.json.gz},
 * so within one account-and-region folder keys sort by delivery time: listing after the last key
 * read gets exactly the files delivered since.
 */
final class TrailLogKeys {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd/").withZone(ZoneOffset.UTC);

  private TrailLogKeys() {}

  /** The folder that holds the account folders (or organization folders) of a trail's logs. */
  static String root(String trailPrefix) {
    return trailPrefix == null || trailPrefix.isBlank() ? "AWSLogs/" : trailPrefix + "/AWSLogs/";
  }

  /**
   * The key to list after: the last key read, or on a first read the start of the backfill
   * window's day, whichever is later.
   */
  static String startAfter(String regionFolder, String lastKey, Instant backfillFloor) {
    String floor = regionFolder + DAY.format(backfillFloor);
    if (lastKey == null || lastKey.compareTo(floor) < 0) {
      return floor;
    }
    return lastKey;
  }

  /** Whether a key is a log file (not a digest, not a folder marker). */
  static boolean isLogFile(String key) {
    return key.endsWith(".json.gz") && !key.contains("/CloudTrail-Digest/");
  }

  /** Whether a folder name under AWSLogs/ is an organization id (org trails add it). */
  static boolean isOrganization(String folderName) {
    return folderName.startsWith("o-");
  }
}
