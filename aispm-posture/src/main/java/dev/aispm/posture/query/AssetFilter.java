package dev.aispm.posture.query;

/**
 * What an inventory page is restricted to. Every field is optional (null: no restriction); values
 * are compared exactly, except {@code search}, a lower-case substring of the id or name.
 *
 * @param kind     a graph label, concept or type, e.g. {@code Model}
 * @param aiOnly   only the AI assets the AI-BOM lists ({@link AssetQueries#AI_KINDS})
 * @param afterId  the last id of the previous page
 */
public record AssetFilter(String provider, String account, String region, String type, String tag, String kind,
    boolean aiOnly, String search, String afterId) {

  /** No restriction. */
  public static final AssetFilter ALL = new AssetFilter(null, null, null, null, null, null, false, null, null);

  public AssetFilter {
    if (kind != null && !kind.matches("[A-Za-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("a kind is a graph label such as Model or Endpoint");
    }
  }
}
