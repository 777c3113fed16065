package dev.aispm.collectors.content;

import java.time.Instant;

/**
 * One object a store listed under a prefix, as every content stage needs it: its key, its size
 * (null when the listing did not say, then the whole per-object budget is reserved for it), the
 * version and ETag the listing named, so the findings say which version they came from, and what
 * the provenance ledger records about it: when it was last written and the content hash the
 * listing gives (Cloud Storage's MD5), each null when the listing did not say.
 */
public record ListedObject(String key, Long size, String versionId, String etag, Instant lastModified,
    String md5) {

  /** An object whose listing gives no last-modified time and no content hash. */
  public ListedObject(String key, Long size, String versionId, String etag) {
    this(key, size, versionId, etag, null, null);
  }
}
