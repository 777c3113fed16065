package dev.aispm.collectors.content;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import java.util.ArrayList;
import java.util.List;

/**
 * One object a content stage read: which object and version, how much of it was read, and what
 * the scanners found in it. A responder acts on an object, not on a prefix, so every content
 * finding is stored with the object it came from; and an object larger than the per-object
 * budget is judged as "not fully scanned", not by what a parser says about its cut-off end.
 *
 * @param uri       the object, e.g. {@code s3://bucket/key}
 * @param versionId the version read (S3 version id, Cloud Storage generation), null when unversioned
 * @param etag      the ETag the store answered with, null when it gave none
 * @param size      the object's size in bytes, -1 when the store did not say
 * @param bytesRead how many bytes the scanners consumed
 * @param truncated whether the object is larger than the per-object budget, so part of it was never read
 * @param findings  what the scanners reported, as they reported it
 */
public record ScannedObject(String uri, String bucket, String key, String versionId, String etag, long size,
    long bytesRead, boolean truncated, List<ContentFinding> findings) {

  /** Rule id of the finding that says an object was read only up to the budget. */
  public static final String NOT_FULLY_SCANNED = "content.not-fully-scanned";

  public ScannedObject {
    findings = List.copyOf(findings);
  }

  /**
   * The findings to judge and store. For a cut object, "could not parse" and "stopped at a limit"
   * describe the cut, not the content: they are replaced by one finding that says how much was
   * read. What the scanners found in the part they read (a dangerous import, a secret) is kept.
   */
  public List<ContentFinding> reportedFindings() {
    if (!truncated) {
      return findings;
    }
    List<ContentFinding> out = new ArrayList<>();
    for (ContentFinding f : findings) {
      if (!f.ruleId().equals(ModelFindings.UNPARSEABLE) && !f.ruleId().equals(ModelFindings.LIMIT_EXCEEDED)) {
        out.add(f);
      }
    }
    out.add(ModelFindings.finding(NOT_FULLY_SCANNED, Severity.LOW,
        "Object is larger than the per-object scan budget: read " + bytesRead + " of "
            + (size < 0 ? "an unknown number of" : String.valueOf(size)) + " bytes; the rest was not scanned",
        uri, "bytesRead", String.valueOf(bytesRead), "size", size < 0 ? null : String.valueOf(size)));
    return out;
  }
}
