package dev.aispm.collectors.content;

/**
 * What a content stage has read so far from one bucket or container, against the per-bucket
 * budget. Every artifact and prefix of the same bucket draws on one spend, so a bucket named by
 * many AI assets costs no more than one.
 */
public final class BucketSpend {
  private final ContentBudget budget;
  private long bytes;
  private int objects;

  public BucketSpend(ContentBudget budget) {
    this.budget = budget;
  }

  /** Whether one more object of {@code nextBytes} still fits. */
  public boolean allows(long nextBytes) {
    return objects < budget.maxObjectsPerBucket() && bytes + nextBytes <= budget.maxBytesPerBucket();
  }

  /** Objects that may still be read from the bucket. */
  public int objectsLeft() {
    return Math.max(0, budget.maxObjectsPerBucket() - objects);
  }

  /** Records one object read, of which {@code bytesRead} bytes were fetched. */
  public void charge(long bytesRead) {
    bytes += Math.max(0, bytesRead);
    objects++;
  }

  public long bytes() {
    return bytes;
  }

  public int objects() {
    return objects;
  }
}
