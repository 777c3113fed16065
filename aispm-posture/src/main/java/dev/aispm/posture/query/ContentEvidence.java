package dev.aispm.posture.query;

import java.util.Locale;

/**
 * One piece of evidence behind a finding: what a content scanner found in one stored object,
 * named so a responder can go to it (bucket, key, the version and ETag that were read, the
 * archive member, line and field) and recognise it elsewhere (the secret's fingerprint), without
 * the value itself: only a redacted preview is ever kept.
 *
 * @param assetId     the asset (artifact or data prefix) the finding concerns and the object was read under
 * @param objectUri   the object read, e.g. {@code s3://bucket/key}
 * @param versionId   the object version read (S3 version id, Cloud Storage generation), null when unversioned
 * @param etag        the object's ETag when it was read
 * @param member      the archive member it was in ({@code model.pth!/archive/data.pkl}), null for a plain object
 * @param line        line or record number (a notebook's cell), 0 when the format has none
 * @param column      column, 0 when unknown
 * @param field       the column or JSON field the value was in, when the format has fields
 * @param ruleId      the scanner rule, e.g. {@code secret.aws-access-key} or {@code pii.email}
 * @param kind        secret, pii, model, archive or content: what sort of thing was found
 * @param fingerprint SHA-256 of the secret value, to find the same secret elsewhere; null for other kinds
 * @param preview     the redacted preview of the value
 */
public record ContentEvidence(String assetId, String objectUri, String bucket, String key, String versionId,
    String etag, String member, long line, long column, String field, String ruleId, String kind, String severity,
    String message, String fingerprint, String preview) {

  /** What sort of thing a scanner rule id names: the part before its first dot. */
  public static String kindOf(String ruleId) {
    int dot = ruleId == null ? -1 : ruleId.indexOf('.');
    return dot < 0 ? "content" : ruleId.substring(0, dot).toLowerCase(Locale.ROOT);
  }

  /** The archive member of a location such as {@code s3://b/model.tar.gz!/model.pth}, or null. */
  public static String memberOf(String location) {
    int bang = location == null ? -1 : location.indexOf("!/");
    return bang < 0 ? null : location.substring(bang + 2);
  }
}
