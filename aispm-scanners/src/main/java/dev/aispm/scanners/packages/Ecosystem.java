package dev.aispm.scanners.packages;

import dev.aispm.scanners.packages.version.MavenVersion;
import dev.aispm.scanners.packages.version.Pep440Version;
import dev.aispm.scanners.packages.version.SemVer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The package ecosystems the inventory reads and the advisories cover. Each knows how its names
 * are compared (PyPI folds case and treats {@code -}, {@code _} and {@code .} alike; npm and
 * Maven names are taken as written, npm lower-cased) and how its versions are ordered, because
 * matching a found package against an advisory needs both to be exactly the ecosystem's own.
 */
public enum Ecosystem {
  /** Python packages; names per PEP 503, versions per PEP 440. */
  PYPI("PyPI", "pypi"),
  /** Node packages; versions are SemVer. */
  NPM("npm", "npm"),
  /** Java artifacts named {@code groupId:artifactId}; Maven's version order. */
  MAVEN("Maven", "maven");

  private final String osvName;
  private final String purlType;

  Ecosystem(String osvName, String purlType) {
    this.osvName = osvName;
    this.purlType = purlType;
  }

  /** The name OSV and the GitHub Advisory Database give this ecosystem. */
  public String osvName() {
    return osvName;
  }

  /** The package-URL type ({@code pkg:pypi/...}). */
  public String purlType() {
    return purlType;
  }

  /** The ecosystem an OSV {@code affected[].package.ecosystem} names, if it is one of ours. */
  public static Optional<Ecosystem> fromOsv(String name) {
    if (name == null) {
      return Optional.empty();
    }
    // OSV may suffix an ecosystem with a release (":"), which our ecosystems never carry.
    String base = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
    for (Ecosystem e : values()) {
      if (e.osvName.equalsIgnoreCase(base)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The name in the form this ecosystem compares names. */
  public String normalizeName(String name) {
    String n = name.trim();
    return switch (this) {
      case PYPI -> n.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
      case NPM -> n.toLowerCase(Locale.ROOT);
      case MAVEN -> n;
    };
  }

  /**
   * Orders two versions of this ecosystem.
   *
   * @throws IllegalArgumentException when either is not a version of this ecosystem
   */
  public int compare(String a, String b) {
    return switch (this) {
      case PYPI -> Pep440Version.parse(a).compareTo(Pep440Version.parse(b));
      case NPM -> SemVer.parse(a).compareTo(SemVer.parse(b));
      case MAVEN -> MavenVersion.parse(a).compareTo(MavenVersion.parse(b));
    };
  }

  /** {@link #compare} as a comparator. */
  public Comparator<String> versionOrder() {
    return this::compare;
  }

  /** Whether {@code version} parses in this ecosystem's scheme. */
  public boolean isValidVersion(String version) {
    try {
      compare(version, version);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
