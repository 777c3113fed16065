package dev.aispm.collectors.content;

import java.time.Instant;

/**
 * What a store's listing said about one object under a data prefix an AI asset reads, plus its
 * SHA-256 when the content scan happened to read all of it. The provenance ledger records these
 * per scan, so that a training object rewritten after the job that read it can be told apart
 * from the one the model learnt from.
 *
 * @param uri          the object, e.g. {@code s3://bucket/key}
 * @param size         bytes, -1 when the listing did not say
 * @param etag         the ETag (S3, Azure) or MD5 (Cloud Storage), without quotes; null when not listed
 * @param versionId    the version (S3 version id, Cloud Storage generation), null when the listing gives none
 * @param lastModified when the object was last written, null when the listing did not say
 * @param sha256       hex SHA-256 of the whole content, null when it was not read in full
 */
public record ObjectListing(String uri, String bucket, String key, long size, String etag, String versionId,
    Instant lastModified, String sha256) {

  /** The same object with the hash of its content. */
  public ObjectListing withSha256(String hash) {
    return new ObjectListing(uri, bucket, key, size, etag, versionId, lastModified, hash);
  }
}
