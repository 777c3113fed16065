package dev.aispm.scanners.advisory;

import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.packages.Ecosystem;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One vulnerability advisory in the OSV schema (1.x), reduced to what matching a package needs:
 * which packages and versions it affects, how bad it is and what else it is called.
 *
 * @param id          the advisory id ({@code GHSA-...}, {@code PYSEC-...})
 * @param summary     one line, may be empty
 * @param aliases     other ids of the same vulnerability ({@code CVE-...})
 * @param severity    from the database's own rating, else from the CVSS v3 vector, else null
 * @param cvssVector  the CVSS v3 vector when the advisory gives one
 * @param modified    when the advisory last changed (RFC 3339), may be empty
 * @param affected    the affected packages of the ecosystems aispm reads
 */
public record OsvAdvisory(String id, String summary, List<String> aliases, Severity severity,
    String cvssVector, String modified, List<Affected> affected) {

  public OsvAdvisory {
    Objects.requireNonNull(id, "id");
    summary = summary == null ? "" : summary;
    aliases = List.copyOf(aliases);
    modified = modified == null ? "" : modified;
    affected = List.copyOf(affected);
  }

  /**
   * One {@code affected[]} entry.
   *
   * @param ecosystem the package's ecosystem
   * @param name      its normalised name
   * @param ranges    version ranges ({@code ECOSYSTEM} or {@code SEMVER})
   * @param versions  versions listed one by one
   */
  public record Affected(Ecosystem ecosystem, String name, List<Range> ranges,
      Set<String> versions) {
    public Affected {
      ranges = List.copyOf(ranges);
      versions = Set.copyOf(versions);
    }
  }

  /**
   * A range: events in the advisory's order, compared with the ecosystem's ordering (type
   * {@code ECOSYSTEM}) or SemVer's ({@code SEMVER}).
   */
  public record Range(String type, List<Event> events) {
    public Range {
      events = List.copyOf(events);
    }
  }

  /** An event: {@code introduced}, {@code fixed}, {@code last_affected} or {@code limit}. */
  public record Event(String kind, String version) {
  }
}
