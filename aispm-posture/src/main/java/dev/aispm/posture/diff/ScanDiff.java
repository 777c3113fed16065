package dev.aispm.posture.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed from one scan to another: assets, relationships and findings added, removed and
 * changed (an asset whose properties differ; a finding whose severity or status differs). Each
 * list is sorted and cut at a limit; the counts are always whole.
 *
 * @param from the earlier scan
 * @param to the later scan
 * @param assets asset ids
 * @param edges relationship keys {@code from\tTYPE\tto}
 * @param findings finding changes
 */
public record ScanDiff(String from, String to, Section<String> assets, Section<String> edges,
    Section<FindingChange> findings) {

  /**
   * One kind of thing compared.
   *
   * @param addedCount how many are only in the later scan
   * @param removedCount how many are only in the earlier scan
   * @param changedCount how many are in both but differ
   * @param added the first of them, sorted
   * @param removed the first of them, sorted
   * @param changed the first of them, sorted
   * @param truncated whether a list was cut at the limit
   */
  public record Section<T>(int addedCount, int removedCount, int changedCount, List<T> added, List<T> removed,
      List<T> changed, boolean truncated) {}

  /**
   * A finding as the two scans saw it (null fields where a scan did not have it).
   *
   * @param id finding fingerprint
   * @param ruleId rule
   * @param resourceId main resource
   * @param severityBefore severity in the earlier scan
   * @param severityAfter severity in the later scan
   * @param statusBefore status in the earlier scan
   * @param statusAfter status in the later scan
   */
  public record FindingChange(String id, String ruleId, String resourceId, String severityBefore,
      String severityAfter, String statusBefore, String statusAfter) {}

  /** Compares two snapshots, keeping at most {@code limit} entries per list. */
  public static ScanDiff of(ScanSnapshot a, ScanSnapshot b, int limit) {
    TreeSet<String> addedAssets = new TreeSet<>(b.assets().keySet());
    addedAssets.removeAll(a.assets().keySet());
    TreeSet<String> removedAssets = new TreeSet<>(a.assets().keySet());
    removedAssets.removeAll(b.assets().keySet());
    TreeSet<String> changedAssets = new TreeSet<>();
    a.assets().forEach((id, h) -> {
      String other = b.assets().get(id);
      if (other != null && !other.equals(h)) {
        changedAssets.add(id);
      }
    });
    TreeSet<String> addedEdges = new TreeSet<>(b.edges());
    addedEdges.removeAll(a.edges());
    TreeSet<String> removedEdges = new TreeSet<>(a.edges());
    removedEdges.removeAll(b.edges());

    List<FindingChange> added = new ArrayList<>();
    List<FindingChange> removed = new ArrayList<>();
    List<FindingChange> changed = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(a.findings().keySet());
    ids.addAll(b.findings().keySet());
    for (String id : ids) {
      ScanSnapshot.FindingFact x = a.findings().get(id);
      ScanSnapshot.FindingFact y = b.findings().get(id);
      ScanSnapshot.FindingFact any = y != null ? y : x;
      FindingChange c = new FindingChange(id, any.ruleId(), any.resourceId(), x == null ? null : x.severity(),
          y == null ? null : y.severity(), x == null ? null : x.status(), y == null ? null : y.status());
      if (x == null) {
        added.add(c);
      } else if (y == null) {
        removed.add(c);
      } else if (!Objects.equals(x.severity(), y.severity()) || !Objects.equals(x.status(), y.status())) {
        changed.add(c);
      }
    }
    return new ScanDiff(a.scanId(), b.scanId(), section(addedAssets, removedAssets, changedAssets, limit),
        section(addedEdges, removedEdges, new TreeSet<>(), limit), section(added, removed, changed, limit));
  }

  private static <T> Section<T> section(java.util.Collection<T> added, java.util.Collection<T> removed,
      java.util.Collection<T> changed, int limit) {
    boolean cut = added.size() > limit || removed.size() > limit || changed.size() > limit;
    return new Section<>(added.size(), removed.size(), changed.size(), added.stream().limit(limit).toList(),
        removed.stream().limit(limit).toList(), changed.stream().limit(limit).toList(), cut);
  }
}
