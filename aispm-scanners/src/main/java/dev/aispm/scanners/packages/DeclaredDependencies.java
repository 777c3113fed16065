package dev.aispm.scanners.packages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a project's own dependency declaration says ({@code pyproject.toml}, {@code Pipfile},
 * {@code setup.cfg}, {@code setup.py}, a conda environment file, {@code pom.xml},
 * {@code build.gradle}): unlike an installed record or a lock file, a declaration may name a
 * dependency the reader cannot see (a variable, a version catalogue entry, a computed list), and
 * may name where packages come from. Both are kept next to the packages, so that a caller can
 * tell a project that declares nothing from one whose declarations could not be read statically.
 *
 * @param packages   the declared packages, in file order, at most {@link InstallCommands#MAX_PACKAGES}
 * @param indexes    package indexes and channels the file names, credentials removed, as first seen
 * @param unresolved declarations that are not literal (computed, from a variable or a catalogue)
 *                   and so were not read
 */
public record DeclaredDependencies(List<SoftwarePackage> packages, List<String> indexes, int unresolved) {
  public DeclaredDependencies {
    packages = List.copyOf(packages);
    indexes = List.copyOf(indexes);
  }

  /** Collects one file's declarations within the per-file package bound. */
  static final class Builder {
    private final String location;
    private final String source;
    private final List<SoftwarePackage> packages = new ArrayList<>();
    private final Set<String> indexes = new LinkedHashSet<>();
    private int unresolved;

    Builder(String location, String source) {
      this.location = location;
      this.source = source;
    }

    /** Whether the package bound is reached, so the caller can stop reading. */
    boolean full() {
      return packages.size() >= InstallCommands.MAX_PACKAGES;
    }

    void add(Ecosystem ecosystem, String name, String version) {
      if (!full() && name != null && !name.isBlank()) {
        packages.add(new SoftwarePackage(ecosystem, name, version, location, source));
      }
    }

    /** A PEP 508 requirement string: {@code name[extras] (specifier) ; marker}. */
    void requirement(String pep508) {
      if (full()) {
        return;
      }
      for (SoftwarePackage p : PackageManifests.requirements(pep508, location)) {
        add(Ecosystem.PYPI, p.name(), p.version());
      }
    }

    void index(String url) {
      if (url != null && !url.isBlank() && !url.contains("$")) {
        indexes.add(InstallCommands.withoutCredentials(url.trim()));
      }
    }

    void unresolved() {
      unresolved++;
    }

    DeclaredDependencies build() {
      return new DeclaredDependencies(packages, List.copyOf(indexes), unresolved);
    }
  }
}
