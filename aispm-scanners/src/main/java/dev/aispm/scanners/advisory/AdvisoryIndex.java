package dev.aispm.scanners.advisory;

import dev.aispm.scanners.packages.Ecosystem;
import dev.aispm.scanners.packages.SoftwarePackage;
import dev.aispm.scanners.packages.version.SemVer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Advisories by package, and the OSV evaluation of whether a version is affected: a version
 * listed in {@code versions[]}, or one that a range's events, walked in version order, leave
 * affected ({@code introduced} at or below it, no {@code fixed} at or below it after that, no
 * {@code last_affected} below it).
 */
public final class AdvisoryIndex {
  private final Map<String, List<Entry>> byPackage = new HashMap<>();
  private final List<OsvAdvisory> advisories;

  private record Entry(OsvAdvisory advisory, OsvAdvisory.Affected affected) {
  }

  /** An index over these advisories. */
  public AdvisoryIndex(List<OsvAdvisory> advisories) {
    this.advisories = List.copyOf(advisories);
    for (OsvAdvisory a : advisories) {
      for (OsvAdvisory.Affected af : a.affected()) {
        byPackage.computeIfAbsent(key(af.ecosystem(), af.name()), k -> new ArrayList<>())
            .add(new Entry(a, af));
      }
    }
  }

  private static String key(Ecosystem e, String normalizedName) {
    return e.name() + ":" + normalizedName;
  }

  /** Every advisory in the index. */
  public List<OsvAdvisory> advisories() {
    return advisories;
  }

  /** The number of advisories. */
  public int size() {
    return advisories.size();
  }

  /** The advisories that affect this package's version; none when its version is unknown. */
  public List<AdvisoryMatch> matches(SoftwarePackage pkg) {
    if (pkg.version() == null) {
      return List.of();
    }
    List<AdvisoryMatch> out = new ArrayList<>();
    for (Entry e : byPackage.getOrDefault(key(pkg.ecosystem(), pkg.name()), List.of())) {
      if (out.stream().anyMatch(m -> m.advisory().id().equals(e.advisory().id()))) {
        continue;
      }
      String fixed = affects(e.affected(), pkg.version());
      if (fixed != null) {
        out.add(new AdvisoryMatch(pkg, e.advisory(), fixed.isEmpty() ? null : fixed));
      }
    }
    return out;
  }

  /**
   * Whether {@code version} is affected: null when not, otherwise the first fixed version above
   * it (empty when none is listed).
   */
  static String affects(OsvAdvisory.Affected affected, String version) {
    if (affected.versions().contains(version)) {
      return firstFixedAbove(affected, version);
    }
    for (OsvAdvisory.Range range : affected.ranges()) {
      Comparator<String> order = order(affected.ecosystem(), range.type());
      try {
        order.compare(version, version);
      } catch (IllegalArgumentException e) {
        continue; // a version this scheme cannot order matches only through versions[]
      }
      List<OsvAdvisory.Event> events = new ArrayList<>(range.events());
      events.sort((a, b) -> {
        boolean az = a.kind().equals("introduced") && a.version().equals("0");
        boolean bz = b.kind().equals("introduced") && b.version().equals("0");
        if (az || bz) {
          return az == bz ? 0 : az ? -1 : 1;
        }
        return order.compare(a.version(), b.version());
      });
      boolean hit = false;
      for (OsvAdvisory.Event e : events) {
        switch (e.kind()) {
          case "introduced" -> {
            if (e.version().equals("0") || order.compare(version, e.version()) >= 0) {
              hit = true;
            }
          }
          case "fixed" -> {
            if (order.compare(version, e.version()) >= 0) {
              hit = false;
            }
          }
          case "last_affected" -> {
            if (order.compare(version, e.version()) > 0) {
              hit = false;
            }
          }
          default -> {
            // "limit" bounds a GIT range's search; it carries no meaning for versions
          }
        }
      }
      if (hit) {
        return firstFixedAbove(affected, version);
      }
    }
    return null;
  }

  private static String firstFixedAbove(OsvAdvisory.Affected affected, String version) {
    String best = null;
    for (OsvAdvisory.Range range : affected.ranges()) {
      Comparator<String> order = order(affected.ecosystem(), range.type());
      for (OsvAdvisory.Event e : range.events()) {
        try {
          if (e.kind().equals("fixed") && order.compare(e.version(), version) > 0
              && (best == null || order.compare(e.version(), best) < 0)) {
            best = e.version();
          }
        } catch (IllegalArgumentException ignored) {
          // an unordered version cannot be placed; no fixed version is suggested then
        }
      }
    }
    return best == null ? "" : best;
  }

  private static Comparator<String> order(Ecosystem ecosystem, String type) {
    return type.equals("SEMVER") ? (a, b) -> SemVer.parse(a).compareTo(SemVer.parse(b))
        : ecosystem.versionOrder();
  }
}
