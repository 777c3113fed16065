package dev.aispm.scanners.packages;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code pyproject.toml} and {@code Pipfile}: the dependencies a Python project declares, in
 * PEP 621 ({@code [project] dependencies}, {@code [project.optional-dependencies]}), PEP 735
 * ({@code [dependency-groups]}), Poetry ({@code [tool.poetry.dependencies]},
 * {@code [tool.poetry.dev-dependencies]}, {@code [tool.poetry.group.<g>.dependencies]}) and
 * Pipenv ({@code [packages]}, {@code [dev-packages]}) form. A project holding these files often
 * has no lock file or installed environment beside it in a bucket or a source package, so the
 * declaration is the only record of what it uses.
 *
 * <p>A version is kept only for an exact pin ({@code ==1.2.3}; in Poetry also {@code 1.2.3} and
 * {@code =1.2.3}); a range, a wildcard, a Git, path or URL source keeps the package without a
 * version, which AI-use detection still sees. Package sources ({@code [[source]]},
 * {@code [[tool.poetry.source]]}, {@code [[tool.uv.index]]}) are kept as indexes.
 */
final class PyProject {
  private static final Pattern POETRY_EXACT = Pattern.compile("(?:==?)?\\s*v?(\\d[0-9A-Za-z.!+_-]*)");
  private static final Pattern PIPENV_EXACT = Pattern.compile("===?\\s*(\\d[0-9A-Za-z.!+_-]*)");

  private PyProject() {
  }

  /** {@code pyproject.toml}. */
  static DeclaredDependencies pyproject(String text, String location) {
    TomlSubset.Result toml = TomlSubset.parse(text);
    DeclaredDependencies.Builder out = new DeclaredDependencies.Builder(location,
        PackageManifests.Kind.PYPROJECT.source());
    requirementList(toml.at("project", "dependencies"), out);
    toml.table("project", "optional-dependencies").values().forEach(v -> requirementList(v, out));
    toml.table("dependency-groups").values().forEach(v -> requirementList(v, out));
    poetryTable(toml.table("tool", "poetry", "dependencies"), out);
    poetryTable(toml.table("tool", "poetry", "dev-dependencies"), out);
    for (Object group : toml.table("tool", "poetry", "group").values()) {
      if (group instanceof Map<?, ?> g && g.get("dependencies") instanceof Map<?, ?> deps) {
        poetryTable(deps, out);
      }
    }
    sources(toml.at("tool", "poetry", "source"), out);
    sources(toml.at("tool", "uv", "index"), out);
    return out.build();
  }

  /** {@code Pipfile}. */
  static DeclaredDependencies pipfile(String text, String location) {
    TomlSubset.Result toml = TomlSubset.parse(text);
    DeclaredDependencies.Builder out = new DeclaredDependencies.Builder(location,
        PackageManifests.Kind.PIPFILE.source());
    for (String section : List.of("packages", "dev-packages")) {
      for (Map.Entry<String, Object> e : toml.table(section).entrySet()) {
        out.add(Ecosystem.PYPI, e.getKey(), pin(e.getValue(), PIPENV_EXACT));
      }
    }
    sources(toml.at("source"), out);
    return out.build();
  }

  private static void requirementList(Object value, DeclaredDependencies.Builder out) {
    if (!(value instanceof List<?> list)) {
      if (value != null) {
        out.unresolved();
      }
      return;
    }
    for (Object item : list) {
      if (item instanceof String req) {
        out.requirement(req);
      } else if (!(item instanceof Map<?, ?> m && m.containsKey("include-group"))) {
        // a dependency group may include another group by name; anything else is not PEP 508
        out.unresolved();
      }
    }
  }

  private static void poetryTable(Map<?, ?> deps, DeclaredDependencies.Builder out) {
    for (Map.Entry<?, ?> e : deps.entrySet()) {
      String name = String.valueOf(e.getKey());
      if (name.equalsIgnoreCase("python")) {
        continue;
      }
      out.add(Ecosystem.PYPI, name, pin(e.getValue(), POETRY_EXACT));
    }
  }

  /**
   * The exact version a dependency value pins: a string, or an inline table's {@code version}.
   * Several constraints (a list of tables per Python version) pin nothing.
   */
  private static String pin(Object value, Pattern exact) {
    Object v = value instanceof Map<?, ?> m ? m.get("version") : value;
    if (!(v instanceof String s)) {
      return null;
    }
    var m = exact.matcher(s.trim());
    return m.matches() && !s.contains("*") ? m.group(1) : null;
  }

  private static void sources(Object value, DeclaredDependencies.Builder out) {
    if (value instanceof List<?> list) {
      for (Object source : list) {
        if (source instanceof Map<?, ?> m && m.get("url") instanceof String url) {
          out.index(url);
        }
      }
    }
  }
}
