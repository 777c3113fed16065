package dev.aispm.posture.query;

/**
 * What a page of findings is restricted to; every field optional (null: no restriction).
 *
 * @param severity   lower case, e.g. {@code critical}
 * @param status     a {@code FindingStatus} name
 * @param resource   an asset id among the finding's resources
 * @param control    a control as stored, {@code framework:control}
 * @param framework  a framework: findings with any control of it
 * @param provider   findings that affect an asset of this provider
 * @param after      the position after which the page starts
 */
public record FindingFilter(String severity, String status, String rule, String category, String resource,
    String control, String framework, String provider, Position after) {

  /** No restriction. */
  public static final FindingFilter ALL = new FindingFilter(null, null, null, null, null, null, null, null, null);

  /** A position in the queue's order: score descending, then id. */
  public record Position(int score, String id) {}
}
