package dev.aispm.scanners.packages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the records that say which packages a folder, archive or image holds: installed Python
 * distributions ({@code *.dist-info/METADATA}, {@code *.egg-info/PKG-INFO}), pinned Python
 * dependencies (requirements files, {@code poetry.lock}, {@code Pipfile.lock}, {@code uv.lock}),
 * installed and locked Node packages ({@code node_modules/.../package.json},
 * {@code package-lock.json} v1 to v3), Java artifacts ({@code META-INF/maven/.../pom.properties})
 * and the {@code pip install} lines of Jupyter notebooks.
 *
 * <p>It also reads what a project declares, since code in a bucket or a source package often
 * carries no lock file or installed environment: {@code pyproject.toml} (PEP 621, PEP 735 and
 * Poetry tables), {@code Pipfile}, {@code setup.cfg}, the literal {@code install_requires} list of
 * a {@code setup.py}, {@code requirements*.in} and {@code constraints*.txt}, conda environment
 * files ({@code environment.yml}, MLflow's {@code conda.yaml}), Maven {@code pom.xml} and Gradle
 * {@code build.gradle[.kts]}. A declaration keeps a version only for an exact pin; a range keeps
 * the package without one, so AI use is still seen. What a declaration names but cannot be read
 * statically is counted ({@link DeclaredDependencies#unresolved()}), never guessed. Declarations
 * found inside an installed package ({@code site-packages}, {@code node_modules}, a jar's
 * {@code META-INF/maven}, a conda package's recipe) describe how that package was built and are
 * not read.
 *
 * <p>Each parser is pure: text in, records out. They read only these metadata files, never a
 * package's code, and execute nothing: a {@code setup.py} is scanned for string literals, never
 * run. Each is one bounded pass (the scanner caps a record's size; at most
 * {@link InstallCommands#MAX_PACKAGES} packages are kept from one declaration), and malformed
 * input yields what could be read, or an {@link IOException} the scanner reports, never a crash.
 */
public final class PackageManifests {
  /**
   * Made when the first JSON record is parsed, not when a path is first classified: a mapper's
   * set-up loads the JDK's locale data, which a scan holding no JSON record should not pay for.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /**
   * The parsers' patterns, compiled when the first record is parsed rather than when a path is
   * first classified: every file of every scan is classified, and compiling these was most of a
   * one-file scan's time before its first byte was read.
   */
  private static final class Patterns {
    static final Pattern REQUIREMENT = Pattern.compile(
        "([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[[^\\]]*\\])?\\s*(.*)");
    /** Requirement files are read line by line, many of them per scan: compiled once. */
    static final Pattern CONTINUATION = Pattern.compile("\\\\\r?\n");
    static final Pattern COMMENT = Pattern.compile("(^|\\s)#.*$");
    static final Pattern OPTION = Pattern.compile("\\s--?[a-z-]+(?:[= ]\\S+)?");
    static final Pattern INDEX_OPTION = Pattern.compile(
        "(?:-i|--index-url|--extra-index-url|-f|--find-links)(?:\\s*=\\s*|\\s+)(\\S+)");
    static final Pattern PIN = Pattern.compile("===?\\s*([^\\s,;*]+)\\s*");
    static final Pattern TOML_STRING = Pattern.compile("(name|version)\\s*=\\s*\"([^\"]*)\"\\s*");
    static final Pattern MAGIC_INSTALL = Pattern.compile(
        "^\\s*[%!]\\s*((?:python[0-9.]*\\s+-m\\s+)?(?:pip[0-9.]*|conda|mamba)\\s+install\\s.*)");
    static final Pattern EXACT_SEMVER = Pattern.compile(
        "=?v?\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?");
  }

  /** The kind of record a file is, decided from its path. */
  public enum Kind {
    DIST_INFO("dist-info"), EGG_INFO("egg-info"), REQUIREMENTS("requirements"),
    POETRY_LOCK("poetry.lock"), PIPFILE_LOCK("Pipfile.lock"), UV_LOCK("uv.lock"),
    NODE_MODULE("node_modules"), PACKAGE_JSON("package.json"), PACKAGE_LOCK("package-lock"),
    POM_PROPERTIES("pom.properties"), NOTEBOOK_PIP("notebook-pip"),
    CONSTRAINTS("constraints"), PYPROJECT("pyproject.toml"), PIPFILE("Pipfile"), SETUP_CFG("setup.cfg"),
    SETUP_PY("setup.py"), CONDA_ENVIRONMENT("conda-environment"), POM("pom.xml"), GRADLE("build.gradle");

    private final String source;

    Kind(String source) {
      this.source = source;
    }

    /** The name {@link SoftwarePackage#source()} carries. */
    public String source() {
      return source;
    }
  }

  /**
   * A record that cannot be read, with a message that names the problem and never quotes the
   * record's content (which may hold a secret), so that it can be shown as it is.
   */
  public static final class UnreadableRecord extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableRecord(String message) {
      super(message);
    }
  }

  private PackageManifests() {
  }

  /**
   * What kind of package record the file at {@code path} is, judged from its name and folders
   * ({@code /} separated; archive members after {@code !/} count as folders).
   */
  public static Optional<Kind> kindOf(String path) {
    String p = path.replace("!/", "/").replace('\\', '/');
    int slash = p.lastIndexOf('/');
    String name = p.substring(slash + 1);
    String parent = slash < 0 ? "" : p.substring(0, slash);
    String parentName = parent.substring(parent.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.equals("METADATA") && parentName.endsWith(".dist-info")) {
      return Optional.of(Kind.DIST_INFO);
    }
    if ((name.equals("PKG-INFO") && parentName.endsWith(".egg-info")) || name.endsWith(".egg-info")) {
      return Optional.of(Kind.EGG_INFO);
    }
    if (lower.startsWith("requirements") && (lower.endsWith(".txt") || lower.endsWith(".in"))) {
      return Optional.of(Kind.REQUIREMENTS);
    }
    if (lower.startsWith("constraints") && lower.endsWith(".txt")) {
      return Optional.of(Kind.CONSTRAINTS);
    }
    if (lower.endsWith(".ipynb")) {
      return Optional.of(Kind.NOTEBOOK_PIP);
    }
    if (name.equals("poetry.lock")) {
      return Optional.of(Kind.POETRY_LOCK);
    }
    if (name.equals("Pipfile.lock")) {
      return Optional.of(Kind.PIPFILE_LOCK);
    }
    if (name.equals("uv.lock")) {
      return Optional.of(Kind.UV_LOCK);
    }
    if (name.equals("package-lock.json") || name.equals("npm-shrinkwrap.json")) {
      return Optional.of(Kind.PACKAGE_LOCK);
    }
    if (name.equals("pom.properties") && parent.contains("META-INF/maven/")) {
      return Optional.of(Kind.POM_PROPERTIES);
    }
    Optional<Kind> declared = declarationKind(name);
    if (declared.isPresent()) {
      // a dependency's own build files, shipped inside its installed folder (or a conda
      // package's build recipe), describe how it was built; what is installed is read from its
      // installed record instead
      String folders = "/" + parent + "/";
      boolean insideInstalled = folders.contains("/site-packages/") || folders.contains("/dist-packages/")
          || folders.contains("/node_modules/") || folders.contains("/META-INF/maven/")
          || folders.contains("/info/recipe/");
      return insideInstalled ? Optional.empty() : declared;
    }
    if (name.equals("package.json")) {
      if (installedModuleName(parent).isPresent()) {
        return Optional.of(Kind.NODE_MODULE);
      }
      // a package.json inside an installed package describes one of its folders
      boolean insideModules = ("/" + parent + "/").contains("/node_modules/");
      return insideModules ? Optional.empty() : Optional.of(Kind.PACKAGE_JSON);
    }
    return Optional.empty();
  }

  private static Optional<Kind> declarationKind(String name) {
    return Optional.ofNullable(switch (name) {
      case "pyproject.toml" -> Kind.PYPROJECT;
      case "Pipfile" -> Kind.PIPFILE;
      case "setup.cfg" -> Kind.SETUP_CFG;
      case "setup.py" -> Kind.SETUP_PY;
      case "environment.yml", "environment.yaml", "conda.yaml", "conda.yml" -> Kind.CONDA_ENVIRONMENT;
      case "pom.xml" -> Kind.POM;
      case "build.gradle", "build.gradle.kts" -> Kind.GRADLE;
      default -> null;
    });
  }

  /**
   * The package name when {@code folder} is a package's own folder in {@code node_modules}
   * ({@code .../node_modules/name} or {@code .../node_modules/@scope/name}); a
   * {@code package.json} deeper inside a package describes a sub-folder, not a package.
   */
  static Optional<String> installedModuleName(String folder) {
    int at = folder.lastIndexOf("node_modules/");
    if (at < 0) {
      return Optional.empty();
    }
    String rest = folder.substring(at + "node_modules/".length());
    String[] parts = rest.split("/");
    if (parts.length == 1 && !parts[0].isEmpty() && !parts[0].startsWith("@")) {
      return Optional.of(parts[0]);
    }
    if (parts.length == 2 && parts[0].startsWith("@") && !parts[1].isEmpty()) {
      return Optional.of(parts[0] + "/" + parts[1]);
    }
    return Optional.empty();
  }

  /** Parses a record of the given kind. */
  public static List<SoftwarePackage> parse(Kind kind, String text, String location)
      throws IOException {
    return read(kind, text, location).packages();
  }

  /**
   * Reads a record of the given kind with what a declaration may add to its packages: the
   * indexes it names and the declarations that could not be read statically. Records that
   * installers or lockers write hold neither.
   */
  public static DeclaredDependencies read(Kind kind, String text, String location) throws IOException {
    return switch (kind) {
      case PYPROJECT -> PyProject.pyproject(text, location);
      case PIPFILE -> PyProject.pipfile(text, location);
      case SETUP_CFG -> SetupCfg.read(text, location);
      case SETUP_PY -> SetupPy.read(text, location);
      case CONDA_ENVIRONMENT -> CondaEnvironment.read(text, location);
      case POM -> MavenPom.read(text, location);
      case GRADLE -> GradleBuild.read(text, location);
      case REQUIREMENTS, CONSTRAINTS -> new DeclaredDependencies(records(kind, text, location),
          requirementIndexes(text), 0);
      default -> new DeclaredDependencies(records(kind, text, location), List.of(), 0);
    };
  }

  /** Most indexes kept from one requirements file: a real one names one or two. */
  static final int MAX_INDEXES = 100;

  /**
   * The package indexes a requirements file's own option lines name ({@code --index-url},
   * {@code -i}, {@code --extra-index-url}, {@code --find-links}, {@code -f}, with a blank or
   * {@code =} before the value), credentials removed; pip applies them to every requirement of the
   * file. A value that holds an environment variable ({@code ${PIP_TOKEN}}) is expanded by pip at
   * install time and is not kept.
   */
  static List<String> requirementIndexes(String text) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    String joined = Patterns.CONTINUATION.matcher(text).replaceAll(" ");
    for (String raw : joined.split("\r?\n")) {
      if (out.size() >= MAX_INDEXES) {
        break;
      }
      String line = Patterns.COMMENT.matcher(raw).replaceFirst("").trim();
      if (!line.startsWith("-")) {
        continue;
      }
      Matcher m = Patterns.INDEX_OPTION.matcher(line);
      if (m.lookingAt() && !m.group(1).contains("$")) {
        out.add(InstallCommands.withoutCredentials(m.group(1)));
      }
    }
    return List.copyOf(out);
  }

  private static List<SoftwarePackage> records(Kind kind, String text, String location)
      throws IOException {
    return switch (kind) {
      case DIST_INFO, EGG_INFO -> pythonMetadata(text, location, kind.source());
      case REQUIREMENTS -> requirements(text, location);
      case CONSTRAINTS -> requirements(text, location).stream().map(p -> new SoftwarePackage(p.ecosystem(),
          p.name(), p.version(), p.location(), Kind.CONSTRAINTS.source())).toList();
      case POETRY_LOCK, UV_LOCK -> tomlPackages(text, location, kind.source());
      case PIPFILE_LOCK -> pipfileLock(text, location);
      case NODE_MODULE -> nodeModule(text, location);
      case PACKAGE_JSON -> packageJson(text, location);
      case PACKAGE_LOCK -> packageLock(text, location);
      case POM_PROPERTIES -> pomProperties(text, location);
      case NOTEBOOK_PIP -> notebookInstalls(text, location);
      case PYPROJECT, PIPFILE, SETUP_CFG, SETUP_PY, CONDA_ENVIRONMENT, POM, GRADLE ->
          read(kind, text, location).packages();
    };
  }

  /**
   * The {@code Name} and {@code Version} headers of core metadata (RFC 822 style, ending at the
   * first blank line, after which the long description follows).
   */
  static List<SoftwarePackage> pythonMetadata(String text, String location, String source) {
    String name = null;
    String version = null;
    for (String line : text.split("\r?\n")) {
      if (line.isEmpty()) {
        break;
      }
      if (line.regionMatches(true, 0, "Name:", 0, 5)) {
        name = line.substring(5).trim();
      } else if (line.regionMatches(true, 0, "Version:", 0, 8)) {
        version = line.substring(8).trim();
      }
    }
    if (name == null || name.isEmpty()) {
      return List.of();
    }
    return List.of(new SoftwarePackage(Ecosystem.PYPI, name, version, location, source));
  }

  /**
   * Requirement lines: {@code name==1.2} (or {@code ===}) is a pin; any other specifier, a URL
   * or none leaves the version unknown. Comments, options ({@code -r}, {@code --hash}),
   * editable installs and continuation backslashes are handled like pip does. At most
   * {@link InstallCommands#MAX_PACKAGES} are kept: no real requirements file comes near it, and a
   * hostile one of a few megabytes would otherwise make millions of records.
   */
  static List<SoftwarePackage> requirements(String text, String location) {
    List<SoftwarePackage> out = new ArrayList<>();
    String joined = Patterns.CONTINUATION.matcher(text).replaceAll(" ");
    for (String raw : joined.split("\r?\n")) {
      if (out.size() >= InstallCommands.MAX_PACKAGES) {
        break;
      }
      String line = Patterns.COMMENT.matcher(raw).replaceFirst("").trim();
      if (line.isEmpty() || line.startsWith("-") || line.contains("://") && !line.contains("@")) {
        continue;
      }
      int marker = line.indexOf(';');
      if (marker >= 0) {
        line = line.substring(0, marker).trim();
      }
      // pip options may follow the specifier on the same line
      line = Patterns.OPTION.matcher(line).replaceAll("").trim();
      Matcher m = Patterns.REQUIREMENT.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String spec = m.group(2).trim();
      String version = null;
      if (!spec.startsWith("@")) {
        Matcher pin = Patterns.PIN.matcher(spec);
        if (pin.matches()) {
          version = pin.group(1);
        }
      }
      out.add(new SoftwarePackage(Ecosystem.PYPI, m.group(1), version, location,
          Kind.REQUIREMENTS.source()));
    }
    return out;
  }

  /**
   * The {@code [[package]]} tables of {@code poetry.lock} and {@code uv.lock}: their own
   * {@code name} and {@code version} keys, at the start of a line and before any sub-table
   * (dependency lists are indented or inline tables, so they never match).
   */
  static List<SoftwarePackage> tomlPackages(String text, String location, String source) {
    List<SoftwarePackage> out = new ArrayList<>();
    boolean inPackage = false;
    String name = null;
    String version = null;
    for (String line : (text + "\n[end]").split("\r?\n")) {
      if (line.startsWith("[")) {
        if (inPackage && name != null) {
          out.add(new SoftwarePackage(Ecosystem.PYPI, name, version, location, source));
        }
        inPackage = line.trim().equals("[[package]]");
        name = null;
        version = null;
        continue;
      }
      if (!inPackage) {
        continue;
      }
      Matcher m = Patterns.TOML_STRING.matcher(line);
      if (m.matches()) {
        if (m.group(1).equals("name") && name == null) {
          name = m.group(2);
        } else if (m.group(1).equals("version") && version == null) {
          version = m.group(2);
        }
      }
    }
    return out;
  }

  /** {@code Pipfile.lock}: the {@code default} and {@code develop} sections, pins as {@code ==x}. */
  static List<SoftwarePackage> pipfileLock(String text, String location) throws IOException {
    JsonNode root = Json.MAPPER.readTree(text);
    List<SoftwarePackage> out = new ArrayList<>();
    for (String section : List.of("default", "develop")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = root.path(section).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String v = e.getValue().path("version").asText("");
        String version = v.startsWith("==") ? v.substring(v.startsWith("===") ? 3 : 2) : null;
        out.add(new SoftwarePackage(Ecosystem.PYPI, e.getKey(), version, location,
            Kind.PIPFILE_LOCK.source()));
      }
    }
    return out;
  }

  /** An installed package's own {@code package.json}. */
  static List<SoftwarePackage> nodeModule(String text, String location) throws IOException {
    JsonNode root = Json.MAPPER.readTree(text);
    String name = root.path("name").asText("");
    if (name.isEmpty()) {
      return List.of();
    }
    return List.of(new SoftwarePackage(Ecosystem.NPM, name, textOrNull(root.path("version")),
        location, Kind.NODE_MODULE.source()));
  }

  /**
   * A project's {@code package.json}: what it declares in {@code dependencies} and
   * {@code optionalDependencies} (what ships with it), with a version only where the range is
   * one exact version.
   */
  static List<SoftwarePackage> packageJson(String text, String location) throws IOException {
    JsonNode root = Json.MAPPER.readTree(text);
    List<SoftwarePackage> out = new ArrayList<>();
    for (String section : List.of("dependencies", "optionalDependencies")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = root.path(section).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String range = e.getValue().asText("").trim();
        String version = Patterns.EXACT_SEMVER.matcher(range).matches()
            ? range.replaceFirst("^=?v?", "") : null;
        out.add(new SoftwarePackage(Ecosystem.NPM, e.getKey(), version, location,
            Kind.PACKAGE_JSON.source()));
      }
    }
    return out;
  }

  /**
   * {@code package-lock.json}: lockfile v2/v3 {@code packages} (keys are install paths; the
   * root {@code ""} and workspace links are not packages), else v1's nested {@code dependencies}.
   */
  static List<SoftwarePackage> packageLock(String text, String location) throws IOException {
    JsonNode root = Json.MAPPER.readTree(text);
    List<SoftwarePackage> out = new ArrayList<>();
    JsonNode packages = root.path("packages");
    if (packages.isObject() && packages.size() > 0) {
      for (Iterator<Map.Entry<String, JsonNode>> it = packages.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        int at = key.lastIndexOf("node_modules/");
        if (at < 0 || e.getValue().path("link").asBoolean(false)) {
          continue;
        }
        String name = e.getValue().hasNonNull("name") ? e.getValue().get("name").asText()
            : key.substring(at + "node_modules/".length());
        out.add(new SoftwarePackage(Ecosystem.NPM, name, textOrNull(e.getValue().path("version")),
            location, Kind.PACKAGE_LOCK.source()));
      }
      return out;
    }
    v1Dependencies(root.path("dependencies"), location, out, 0);
    return out;
  }

  private static void v1Dependencies(JsonNode deps, String location, List<SoftwarePackage> out,
      int depth) {
    if (depth > 64) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = deps.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String version = textOrNull(e.getValue().path("version"));
      // v1 records a linked or git dependency's source in "version"; only a semver is a version
      if (version != null && !Patterns.EXACT_SEMVER.matcher(version).matches()) {
        version = null;
      }
      out.add(new SoftwarePackage(Ecosystem.NPM, e.getKey(), version, location,
          Kind.PACKAGE_LOCK.source()));
      v1Dependencies(e.getValue().path("dependencies"), location, out, depth + 1);
    }
  }

  /** {@code META-INF/maven/<group>/<artifact>/pom.properties}, written by Maven into every jar. */
  static List<SoftwarePackage> pomProperties(String text, String location) throws IOException {
    Properties p = new Properties();
    try {
      p.load(new java.io.StringReader(text));
    } catch (IllegalArgumentException e) {
      // Properties reports a bad unicode escape as an argument error, not as bad input
      throw new UnreadableRecord("pom.properties has a malformed \\u escape");
    }
    String group = p.getProperty("groupId", "").trim();
    String artifact = p.getProperty("artifactId", "").trim();
    if (group.isEmpty() || artifact.isEmpty()) {
      return List.of();
    }
    return List.of(new SoftwarePackage(Ecosystem.MAVEN, group + ":" + artifact,
        p.getProperty("version"), location, Kind.POM_PROPERTIES.source()));
  }

  /**
   * The packages a Jupyter notebook installs into its own environment: {@code %pip install} and
   * {@code !pip install} lines in code cells (and their {@code conda} and {@code python -m pip}
   * forms), which is how a notebook declares what it needs. The line after the magic is read by
   * {@link InstallCommands}, the reader of startup scripts, so options, {@code -r} files, URLs and
   * variables are told apart from package names the same way there and here.
   */
  static List<SoftwarePackage> notebookInstalls(String text, String location) throws IOException {
    JsonNode root = Json.MAPPER.readTree(text);
    List<SoftwarePackage> out = new ArrayList<>();
    for (JsonNode cell : root.path("cells")) {
      if (!cell.path("cell_type").asText("").equals("code")) {
        continue;
      }
      StringBuilder source = new StringBuilder();
      if (cell.path("source").isArray()) {
        cell.path("source").forEach(l -> source.append(l.asText()));
      } else {
        source.append(cell.path("source").asText(""));
      }
      for (String line : source.toString().replaceAll("\\\\\r?\n", " ").split("\r?\n")) {
        Matcher m = Patterns.MAGIC_INSTALL.matcher(line);
        if (!m.find()) {
          continue;
        }
        for (SoftwarePackage p : InstallCommands.parse(m.group(1), location).packages()) {
          out.add(new SoftwarePackage(p.ecosystem(), p.name(), p.version(), location, Kind.NOTEBOOK_PIP.source()));
        }
      }
    }
    return out;
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText().trim() : null;
  }
}
