package dev.aispm.collectors.aws.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The key-ordered read every S3-delivered activity source shares (trail log files, Bedrock
 * invocation logs, SageMaker endpoint and batch transform data capture): list a folder after the
 * last key read, parse each log file in key order and hand it on with its key as the position
 * reached. A file that cannot be read stops the walk there, so the checkpoint never moves past it
 * and the next scan retries it instead of skipping it.
 */
final class S3KeyWalk {
  /**
   * Parses one log file's bytes (its listing entry gives the key and the time it was written);
   * never interprets them beyond the parser's own format.
   */
  @FunctionalInterface
  interface Parser<T> {
    T parse(S3Object file, InputStream in) throws IOException;
  }

  private final S3Client s3;

  S3KeyWalk(S3Client s3) {
    this.s3 = s3;
  }

  /**
   * Reads the files under {@code folder} after {@code startAfter} whose key {@code isLogFile}, in key
   * order, handing each parsed file to {@code read} with its key; the first file that cannot be
   * fetched or parsed goes to {@code failed} and ends the walk.
   *
   * @return files read
   */
  <T> int walk(String bucket, String folder, String startAfter, Predicate<String> isLogFile, Parser<T> parser,
      BiConsumer<T, String> read, BiConsumer<String, RuntimeException> failed) {
    int files = 0;
    for (S3Object o : s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(folder)
        .startAfter(startAfter).build()).contents()) {
      if (!isLogFile.test(o.key())) {
        continue;
      }
      T unit;
      try (InputStream in = s3.getObject(r -> r.bucket(bucket).key(o.key()))) {
        unit = parser.parse(o, in);
      } catch (IOException e) {
        failed.accept(o.key(), new UncheckedIOException(e));
        return files;
      } catch (RuntimeException e) {
        failed.accept(o.key(), e);
        return files;
      }
      read.accept(unit, o.key());
      files++;
    }
    return files;
  }
}
