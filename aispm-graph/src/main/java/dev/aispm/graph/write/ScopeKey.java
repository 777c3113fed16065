package dev.aispm.graph.write;

import java.util.Objects;

/**
 * Where a resource lives, as far as collection and cleanup are concerned: provider, account
 * (AWS account id, Azure subscription id, GCP project id) and region ({@code global} for
 * resources such as IAM roles and S3 buckets that a region-wide call does not own).
 *
 * <p>Stale cleanup runs per scope and resource type, so the scope is the unit a failed API call
 * protects: if {@code ListNotebookInstances} fails in eu-west-1 of one account, nothing in that
 * scope of that type is deleted.
 */
public record ScopeKey(String provider, String account, String region) {
  /** Region value for resources that belong to the account rather than a region. */
  public static final String GLOBAL = "global";

  public ScopeKey {
    requirePart(provider, "provider");
    requirePart(account, "account");
    requirePart(region, "region");
  }

  private static void requirePart(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank() || value.contains("/")) {
      throw new IllegalArgumentException("invalid scope " + what + ": '" + value + "'");
    }
  }

  /** The account-wide scope of the same account. */
  public ScopeKey global() {
    return new ScopeKey(provider, account, GLOBAL);
  }

  /** The string stored on nodes and relationships, e.g. {@code aws/123456789012/us-east-1}. */
  public String key() {
    return provider + "/" + account + "/" + region;
  }

  @Override
  public String toString() {
    return key();
  }
}
