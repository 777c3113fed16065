package dev.aispm.collectors.aws.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * The trails whose log files can be read: DescribeTrails with shadow trails, so a multi-region or
 * organization trail created elsewhere is found too; one entry per bucket and prefix.
 */
final class TrailFetcher {
  /** A trail's log location. */
  record TrailLocation(String name, String bucket, String prefix, String homeRegion) {}

  private TrailFetcher() {}

  static List<TrailLocation> trails(CloudTrailClient cloudtrail) {
    Map<String, TrailLocation> byLocation = new LinkedHashMap<>();
    for (Trail t : cloudtrail.describeTrails(r -> r.includeShadowTrails(true)).trailList()) {
      if (t.s3BucketName() == null) {
        continue;
      }
      byLocation.putIfAbsent(t.s3BucketName() + "/" + (t.s3KeyPrefix() == null ? "" : t.s3KeyPrefix()),
          new TrailLocation(t.name(), t.s3BucketName(), t.s3KeyPrefix(), t.homeRegion()));
    }
    return new ArrayList<>(byLocation.values());
  }
}
