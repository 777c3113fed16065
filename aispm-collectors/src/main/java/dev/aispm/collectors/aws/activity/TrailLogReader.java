package dev.aispm.collectors.aws.activity;

import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.aws.CloudTrailParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * Reads one trail's log files: finds the account-and-region folders, then in each lists the
 * files after its checkpoint and hands every file, parsed, to the misuse engine. Each folder is a
 * source of its own, so a new file in one region never hides behind another region's keys.
 */
final class TrailLogReader {
  private final S3Client s3;
  private final S3KeyWalk walk;

  TrailLogReader(S3Client s3) {
    this.s3 = s3;
    this.walk = new S3KeyWalk(s3);
  }

  /** The account-and-region folders of a trail: {@code .../ACCOUNT/CloudTrail/REGION/}. */
  List<String> regionFolders(String bucket, String trailPrefix) {
    List<String> accounts = new ArrayList<>();
    for (String folder : folders(bucket, TrailLogKeys.root(trailPrefix))) {
      String name = folder.substring(0, folder.length() - 1);
      name = name.substring(name.lastIndexOf('/') + 1);
      if (TrailLogKeys.isOrganization(name)) {
        accounts.addAll(folders(bucket, folder));
      } else {
        accounts.add(folder);
      }
    }
    List<String> regions = new ArrayList<>();
    for (String account : accounts) {
      regions.addAll(folders(bucket, account + "CloudTrail/"));
    }
    return regions;
  }

  private List<String> folders(String bucket, String prefix) {
    List<String> out = new ArrayList<>();
    s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).delimiter("/").build())
        .commonPrefixes().stream().map(CommonPrefix::prefix).forEach(out::add);
    return out;
  }

  /**
   * Reads the files of one folder after {@code startAfter}, in key order, into {@code run}; a file
   * that cannot be read is reported to {@code failed} and not skipped past, so the next scan
   * retries it.
   *
   * @return files read
   */
  int read(String bucket, String folder, String startAfter, MisuseEngine.SourceRun run,
      BiConsumer<String, RuntimeException> failed) {
    return walk.walk(bucket, folder, startAfter, TrailLogKeys::isLogFile, (o, in) -> CloudTrailParser.parseLogFile(in),
        run::accept, failed);
  }

  static String startAfter(String folder, MisuseEngine.SourceRun run, Instant floor) {
    return TrailLogKeys.startAfter(folder, run.checkpoint().position(), floor);
  }
}
