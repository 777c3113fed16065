package dev.aispm.collectors.content;

import java.util.Map;

/**
 * How much object content a cloud scan may read: per object, and per bucket in bytes and objects.
 * A bucket's budget is spent first on the prefixes training and fine-tuning jobs read, because
 * that is the data models learn from.
 */
public record ContentBudget(long maxBytesPerObject, long maxBytesPerBucket, int maxObjectsPerBucket) {
  public ContentBudget {
    if (maxBytesPerObject < 1 || maxBytesPerBucket < 1 || maxObjectsPerBucket < 1) {
      throw new IllegalArgumentException("content budgets must be positive: " + this);
    }
  }

  /** 64 MiB per object, 512 MiB and 1,000 objects per bucket, unless the environment says otherwise. */
  public static ContentBudget fromEnvironment(Map<String, String> env) {
    return new ContentBudget(
        BudgetVariables.number(env, "AISPM_CONTENT_MAX_BYTES_PER_OBJECT", 64L << 20),
        BudgetVariables.number(env, "AISPM_CONTENT_MAX_BYTES_PER_BUCKET", 512L << 20),
        BudgetVariables.count(env, "AISPM_CONTENT_MAX_OBJECTS_PER_BUCKET", 1000));
  }
}
