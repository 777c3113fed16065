package dev.aispm.scanners.packages;

import java.util.Objects;

/**
 * One installed or pinned package found in a function package, image, notebook environment or
 * code folder: what the inventory hands to the AI classification, the advisory match and the
 * graph.
 *
 * @param ecosystem where the name and version belong
 * @param name      the name normalised for its ecosystem ({@code groupId:artifactId} for Maven)
 * @param version   the exact version, or null when only a dependency without a pin was declared
 *                  (such a package counts as used, but cannot be matched against advisories)
 * @param location  where it was found, with {@code !/} between archive members
 * @param source    what kind of record said so: {@code dist-info}, {@code egg-info},
 *                  {@code requirements}, {@code poetry.lock}, {@code Pipfile.lock},
 *                  {@code uv.lock}, {@code node_modules}, {@code package-lock},
 *                  {@code package.json}, {@code pom.properties}, {@code notebook-pip}, for declared
 *                  dependencies {@code pyproject.toml}, {@code Pipfile}, {@code setup.cfg},
 *                  {@code setup.py}, {@code constraints}, {@code conda-environment}, {@code pom.xml},
 *                  {@code build.gradle}, and for install commands in scripts {@code pip-install},
 *                  {@code conda-install}, {@code npm-install}
 */
public record SoftwarePackage(Ecosystem ecosystem, String name, String version, String location,
    String source) {

  public SoftwarePackage {
    Objects.requireNonNull(ecosystem, "ecosystem");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(source, "source");
    name = ecosystem.normalizeName(name);
    if (version != null && version.isBlank()) {
      version = null;
    }
  }

  /** The package URL ({@code pkg:pypi/mlflow@2.9.2}), the identifier SBOMs use. */
  public String purl() {
    String path = switch (ecosystem) {
      case MAVEN -> name.replace(':', '/');
      case NPM -> name.startsWith("@") ? "%40" + name.substring(1) : name;
      case PYPI -> name;
    };
    return "pkg:" + ecosystem.purlType() + "/" + path + (version == null ? "" : "@" + version);
  }
}
