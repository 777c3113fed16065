package dev.aispm.collectors.content;

import java.io.IOException;
import java.util.Iterator;

/**
 * The two calls a content stage makes on an object store (S3, Cloud Storage, Azure Blob): list
 * the objects under a prefix and open one within a byte bound. Each cloud implements it over its
 * own SDK; {@link PrefixScan} spends the budget over it the same way for every cloud.
 */
public interface ObjectStore {
  /** The object's URI as findings and verdicts name it, e.g. {@code s3://bucket/key}. */
  String uri(String bucket, String key);

  /**
   * The objects under {@code prefix}, folder placeholders left out, fetched lazily as the caller
   * iterates: a scan whose budget runs out stops listing there.
   *
   * @param max objects the caller may want at most (a page-size hint; the caller stops by itself)
   */
  Iterator<ListedObject> list(String bucket, String prefix, int max) throws IOException;

  /** Opens at most {@code maxBytes} of the listed object. */
  OpenedObject open(String bucket, ListedObject object, long maxBytes) throws IOException;
}
