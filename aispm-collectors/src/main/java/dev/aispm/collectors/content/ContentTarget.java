package dev.aispm.collectors.content;

import dev.aispm.graph.write.ScopeKey;

/**
 * One model artifact or data prefix a content stage reads, as the inventory wrote it. Each cloud
 * keeps its own record (an S3 target knows its region, a blob its account's endpoint); this is
 * what {@link ContentTargetScan} needs of every one of them.
 */
public interface ContentTarget {
  /** The node the verdict goes onto. */
  String id();

  /** A model file or folder (else data). */
  boolean artifact();

  /** Data that a training job reads: its objects' hashes go into the provenance ledger. */
  boolean trainingInput();

  /** The bucket or container whose budget the target draws on. */
  String spendKey();

  /** Where a failed read of the target is recorded. */
  ScopeKey scopeKey();

  /**
   * Whether what is read is hashed. A model is named by its SHA-256; the provenance ledger
   * records the SHA-256 of the objects training jobs read. Hashing reads each object to its end
   * (within the per-object bound) even where the scanners stop early, so other data is not hashed
   * and costs the bucket's budget only what the scanners read.
   */
  default boolean hashed() {
    return artifact() || trainingInput();
  }

  /**
   * The scope written on the target's node ({@code provider/account/region}), or the account's
   * global scope when the node has none.
   */
  static ScopeKey scopeOf(String scope, String provider, String account) {
    if (scope != null) {
      String[] parts = scope.split("/");
      if (parts.length == 3) {
        return new ScopeKey(parts[0], parts[1], parts[2]);
      }
    }
    return new ScopeKey(provider, account == null ? "unknown" : account, ScopeKey.GLOBAL);
  }
}
