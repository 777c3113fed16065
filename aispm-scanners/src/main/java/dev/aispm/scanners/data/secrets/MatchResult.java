package dev.aispm.scanners.data.secrets;

/**
 * Where a format matched: the whole span (used to resolve overlaps between formats) and the value
 * range (what gets fingerprinted). Mutable and reused, so the hot path allocates nothing per miss.
 */
public final class MatchResult {
  int spanStart;
  int spanEnd;
  int valueStart;
  int valueEnd;
  String detail;
  String canonical;

  void set(int spanStart, int spanEnd, int valueStart, int valueEnd, String detail) {
    this.spanStart = spanStart;
    this.spanEnd = spanEnd;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
    this.detail = detail;
    this.canonical = null;
  }
}
