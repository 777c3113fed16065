package dev.aispm.scanners.packages;

import dev.aispm.scanners.packages.ShellWords.Command;
import dev.aispm.scanners.packages.ShellWords.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the packages a shell script installs: {@code pip install}, {@code python -m pip install},
 * {@code uv pip install}, {@code conda}/{@code mamba}/{@code micromamba install} and
 * {@code npm install} commands, behind {@code sudo}, {@code env} or {@code conda run}, across line
 * continuations and heredocs. Notebook startup scripts (SageMaker lifecycle configurations, Vertex
 * AI Workbench post-startup scripts) are where a notebook's environment is really decided, and no
 * managed-service API lists what they install.
 *
 * <p>The script is never run and nothing it names is fetched: a requirements file given with
 * {@code -r} is recorded as a reference, an argument built from a variable or a command
 * substitution is counted as unresolved. Package indexes a script points at ({@code --index-url},
 * {@code --extra-index-url}, {@code PIP_INDEX_URL}, {@code --registry}, conda channel URLs, pip or
 * npm configuration lines) are kept without their user name, password, query or secret-looking
 * path segments, because they are exactly where scripts put credentials. Unpinned packages are
 * kept without a version: they cannot be matched against advisories but they are AI use all the
 * same.
 *
 * <p>Hostile scripts are bounded: at most {@link #MAX_CHARS} characters are read and at most
 * {@link #MAX_PACKAGES} packages kept ({@link Installs#truncated()} says when either cut in), and
 * the word splitter is one linear pass.
 */
public final class InstallCommands {
  /** The most characters of one script that are read. */
  public static final int MAX_CHARS = 1 << 20;
  /** The most packages kept from one script. */
  public static final int MAX_PACKAGES = 10_000;

  /** {@link SoftwarePackage#source()} of a package a {@code pip} (or {@code uv pip}) command installs. */
  public static final String PIP = "pip-install";
  /** {@link SoftwarePackage#source()} of a package a conda, mamba or micromamba command installs. */
  public static final String CONDA = "conda-install";
  /** {@link SoftwarePackage#source()} of a package an npm, yarn or pnpm command installs. */
  public static final String NPM = "npm-install";

  private static final Pattern PIP_NAME = Pattern.compile("pip(?:\\d+(?:\\.\\d+)?)?");
  private static final Pattern PYTHON_NAME = Pattern.compile("python(?:\\d+(?:\\.\\d+)?)?");
  private static final Pattern ENV_ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);
  private static final Pattern CONDA_SPEC = Pattern.compile(
      "([A-Za-z0-9_][A-Za-z0-9._-]*)\\s*(?:(==?)\\s*([^=\\s,|<>!*\\[]+)(=[^\\s]*)?|.*)");
  private static final Pattern CONDA_SPACED = Pattern.compile(
      "([A-Za-z0-9_][A-Za-z0-9._-]*)\\s+(\\d[^\\s=<>!,|*]*)(?:\\s+([^\\s=<>!,|*]+))?");
  private static final Pattern WHEEL = Pattern.compile("([A-Za-z0-9_.]+)-(\\d[^-]*)(?:-\\d[^-]*)?-[^-]+-[^-]+-[^-]+\\.whl");
  private static final Pattern EXACT_SEMVER = Pattern.compile(
      "=?v?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)");
  private static final Pattern NPM_SPEC = Pattern.compile("(@[a-z0-9][a-z0-9._~-]*/)?([a-z0-9][a-z0-9._~-]*)(?:@(.*))?",
      Pattern.CASE_INSENSITIVE);
  /** {@code index-url = ...} in a pip.conf, {@code registry=...} in an .npmrc, written by the script. */
  private static final Pattern CONFIG_INDEX = Pattern.compile(
      "(?:^|[\\s\"'])(?:extra-index-url|index-url|registry)\\s*=\\s*[\"']?([A-Za-z][A-Za-z0-9+.-]*://[^\\s\"']+)");
  private static final Pattern NOT_A_PACKAGE = Pattern.compile(".*\\.(?:txt|in|ya?ml|toml|cfg|lock|json)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SECRET_SEGMENT = Pattern.compile("(?=[^/]*\\d)(?=[^/]*[A-Za-z])[A-Za-z0-9_~.-]{20,}");

  private static final Set<String> PIP_VALUE_OPTIONS = Set.of("-r", "--requirement", "-c", "--constraint", "-e",
      "--editable", "-i", "--index-url", "--extra-index-url", "--index", "--default-index", "-f", "--find-links",
      "-t", "--target", "--prefix", "--root", "--src", "--upgrade-strategy", "--platform", "--python-version",
      "--implementation", "--abi", "--only-binary", "--no-binary", "--progress-bar", "--log", "--cache-dir",
      "--trusted-host", "--cert", "--client-cert", "--proxy", "--retries", "--timeout", "--exists-action",
      "--global-option", "--install-option", "--config-settings", "-C", "--report", "--python", "-p",
      "--keyring-provider", "--use-feature", "--use-deprecated", "--root-user-action", "--index-strategy");
  private static final Set<String> PIP_INDEX_OPTIONS = Set.of("-i", "--index-url", "--extra-index-url", "--index",
      "--default-index", "-f", "--find-links");
  private static final Set<String> CONDA_VALUE_OPTIONS = Set.of("-c", "--channel", "-n", "--name", "-p", "--prefix",
      "--file", "-f", "--repodata-fn", "--solver", "--subdir", "--platform");
  private static final Set<String> NPM_VALUE_OPTIONS = Set.of("--registry", "--prefix", "--tag", "--cache", "-w",
      "--workspace", "--userconfig", "--omit", "--include", "--install-strategy", "--filter", "--dir", "-C",
      "--cwd", "--network-timeout");
  private static final Set<String> SUDO_VALUE_OPTIONS = Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U",
      "-T", "--user", "--group", "--chdir", "--prompt", "--host");
  private static final Set<String> WRAPPERS = Set.of("nohup", "time", "exec", "command", "builtin", "stdbuf");
  /** Environment variables that set a package index; their values are URLs, space separated. */
  private static final Set<String> INDEX_VARIABLES = Set.of("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS",
      "UV_INDEX_URL", "UV_EXTRA_INDEX_URL", "UV_INDEX", "UV_DEFAULT_INDEX", "NPM_CONFIG_REGISTRY",
      "CONDA_CHANNELS");
  /** Conda package names that are published on PyPI under another name. */
  private static final Map<String, String> CONDA_TO_PYPI = Map.of("pytorch", "torch", "py-xgboost", "xgboost",
      "pytorch-lightning", "pytorch-lightning");
  private static final Set<String> DEFAULT_INDEX_HOSTS = Set.of("pypi.org", "pypi.python.org", "files.pythonhosted.org",
      "registry.npmjs.org", "registry.yarnpkg.com", "conda.anaconda.org", "repo.anaconda.com");

  private InstallCommands() {}

  /**
   * What a script installs.
   *
   * @param packages         the packages, in script order, each located at {@code location:line}
   * @param requirementFiles requirements or environment files the script installs from ({@code -r},
   *                         {@code --file}), as written (credentials removed from URLs), not read
   * @param indexes          package indexes and channels the script names, credentials removed, sorted
   *                         as first seen
   * @param unresolved       install arguments built from variables or command output at run time
   * @param truncated        whether the script was longer than {@link #MAX_CHARS} or installs more than
   *                         {@link #MAX_PACKAGES} packages, so that not all of it was read
   */
  public record Installs(List<SoftwarePackage> packages, List<String> requirementFiles, List<String> indexes,
      int unresolved, boolean truncated) {
    public Installs {
      packages = List.copyOf(packages);
      requirementFiles = List.copyOf(requirementFiles);
      indexes = List.copyOf(indexes);
    }

    /** The indexes that are not the ecosystems' public default ones. */
    public List<String> customIndexes() {
      return indexes.stream().filter(i -> !isDefaultIndex(i)).toList();
    }
  }

  /**
   * The installs of one script.
   *
   * @param script   the script text, decoded
   * @param location names the script in each package's location ({@code :line} is appended)
   */
  public static Installs parse(String script, String location) {
    boolean truncated = script.length() > MAX_CHARS;
    String text = truncated ? script.substring(0, MAX_CHARS) : script;
    Reader r = new Reader(location);
    Matcher config = CONFIG_INDEX.matcher(text);
    while (config.find()) {
      r.index(config.group(1));
    }
    for (Command c : ShellWords.commands(text)) {
      r.command(c);
      if (r.packages.size() >= MAX_PACKAGES) {
        truncated = true;
        break;
      }
    }
    List<SoftwarePackage> packages = r.packages.size() > MAX_PACKAGES ? r.packages.subList(0, MAX_PACKAGES)
        : r.packages;
    return new Installs(packages, List.copyOf(r.requirementFiles), List.copyOf(r.indexes), r.unresolved,
        truncated);
  }

  /**
   * Whether {@code url} is an ecosystem's public default index (PyPI, the npm registry, Anaconda's
   * channels): installing from anything else is a choice someone made, and an unpinned name there
   * can resolve to whatever that index serves.
   */
  public static boolean isDefaultIndex(String url) {
    String host = host(url);
    return host != null && DEFAULT_INDEX_HOSTS.contains(host.toLowerCase(Locale.ROOT));
  }

  /**
   * The URL without what may be a secret: user name and password, query and fragment, and path
   * segments that look like tokens (long mixes of letters and digits, as some hosted indexes put
   * an API key in the path). Anything that is not a URL is returned as it is.
   */
  public static String withoutCredentials(String url) {
    int scheme = url.indexOf("://");
    if (scheme <= 0) {
      return url;
    }
    String rest = url.substring(scheme + 3);
    int cut = firstOf(rest, "?#");
    if (cut >= 0) {
      rest = rest.substring(0, cut);
    }
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      authority = authority.substring(at + 1);
    }
    path = SECRET_SEGMENT.matcher(path).replaceAll("REDACTED");
    return url.substring(0, scheme + 3) + authority + path;
  }

  private static String host(String url) {
    String clean = withoutCredentials(url);
    int scheme = clean.indexOf("://");
    if (scheme <= 0) {
      return null;
    }
    String rest = clean.substring(scheme + 3);
    int end = firstOf(rest, "/:");
    return end < 0 ? rest : rest.substring(0, end);
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The package a conda match spec names ({@code name}, {@code name=1.2.3}, {@code name==1.2},
   * {@code name=1.2.3=build}, {@code channel::name}, and in environment files the spaced form
   * {@code name 1.2.3 build}), as the PyPI package it ships, or null for a path, a URL, Python
   * itself or pip. A channel prefix goes to {@code channels}.
   */
  static SoftwarePackage condaPackage(String word, String location, String source,
      java.util.function.Consumer<String> channels) {
    String spec = word.trim();
    int channel = spec.indexOf("::");
    if (channel >= 0) {
      channels.accept(spec.substring(0, channel));
      spec = spec.substring(channel + 2);
    }
    if (spec.contains("/") || spec.contains("://")) {
      return null;
    }
    Matcher spaced = CONDA_SPACED.matcher(spec);
    if (spaced.matches()) {
      spec = spaced.group(1) + "=" + spaced.group(2) + (spaced.group(3) == null ? "" : "=" + spaced.group(3));
    }
    Matcher m = CONDA_SPEC.matcher(spec);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("python") || name.equals("pip")) {
      return null;
    }
    String version = null;
    if (m.group(2) != null) {
      // "==v" and "=v=build" are exact; a bare "=v" is a prefix (v.*) in conda, near enough
      // to exact only when it names a full major.minor.patch release.
      boolean exact = m.group(2).equals("==") || m.group(4) != null
          || m.group(3).matches("\\d+\\.\\d+\\.\\d+.*");
      version = exact ? m.group(3) : null;
    }
    return new SoftwarePackage(Ecosystem.PYPI, CONDA_TO_PYPI.getOrDefault(name, name), version, location, source);
  }

  /** The state of one script's reading. */
  private static final class Reader {
    private final String location;
    private final List<SoftwarePackage> packages = new ArrayList<>();
    private final Set<String> requirementFiles = new LinkedHashSet<>();
    private final Set<String> indexes = new LinkedHashSet<>();
    private int unresolved;

    Reader(String location) {
      this.location = location;
    }

    void index(String value) {
      for (String url : value.trim().split("\\s+")) {
        if (url.contains("://") && !url.contains("$")) {
          indexes.add(withoutCredentials(url));
        }
      }
    }

    void command(Command c) {
      List<Word> w = c.words();
      int i = 0;
      // Leading assignments, "export", and wrappers that run the rest as a command.
      while (i < w.size()) {
        String t = w.get(i).text();
        Matcher a = ENV_ASSIGNMENT.matcher(t);
        if (a.matches()) {
          if (INDEX_VARIABLES.contains(a.group(1).toUpperCase(Locale.ROOT)) && !w.get(i).dynamic()) {
            index(a.group(2));
          }
          i++;
        } else if (t.equals("export") || t.equals("declare") || t.equals("local") || t.equals("readonly")) {
          i++;
        } else if (t.equals("sudo")) {
          i = skipOptions(w, i + 1, SUDO_VALUE_OPTIONS);
        } else if (t.equals("env")) {
          i = skipOptions(w, i + 1, Set.of("-u", "--unset", "-C", "--chdir", "-S", "--split-string"));
        } else if (t.equals("nice")) {
          i = skipOptions(w, i + 1, Set.of("-n", "--adjustment"));
        } else if (t.equals("timeout")) {
          i = skipOptions(w, i + 1, Set.of("-s", "--signal", "-k", "--kill-after")) + 1;
        } else if (WRAPPERS.contains(t)) {
          i++;
        } else if (isTool(t, "conda", "mamba", "micromamba") && i + 1 < w.size()
            && w.get(i + 1).text().equals("run")) {
          i = skipOptions(w, i + 2, Set.of("-n", "--name", "-p", "--prefix", "--cwd"));
        } else {
          break;
        }
      }
      if (i >= w.size()) {
        return;
      }
      String tool = base(w.get(i).text());
      if (PYTHON_NAME.matcher(tool).matches()) {
        int m = moduleArgument(w, i + 1);
        if (m < 0) {
          return;
        }
        pip(c.line(), w, m);
      } else if (PIP_NAME.matcher(tool).matches()) {
        pip(c.line(), w, i + 1);
      } else if (tool.equals("uv") && i + 1 < w.size() && w.get(i + 1).text().equals("pip")) {
        pip(c.line(), w, i + 2);
      } else if (tool.equals("conda") || tool.equals("mamba") || tool.equals("micromamba")) {
        conda(c.line(), w, i + 1);
      } else if (tool.equals("npm") || tool.equals("yarn") || tool.equals("pnpm")) {
        npm(c.line(), tool, w, i + 1);
      }
    }

    /** Where {@code -m pip} leaves off in a python command line, or -1 when it runs something else. */
    private int moduleArgument(List<Word> w, int from) {
      for (int i = from; i < w.size(); i++) {
        String t = w.get(i).text();
        if (t.equals("-m") && i + 1 < w.size()) {
          return w.get(i + 1).text().equals("pip") ? i + 2 : -1;
        }
        if (t.equals("-mpip")) {
          return i + 1;
        }
        if (!t.startsWith("-") || t.equals("-c")) {
          return -1;
        }
      }
      return -1;
    }

    private void pip(int line, List<Word> w, int from) {
      int i = from;
      // global options before the sub-command ("pip -q --disable-pip-version-check install")
      while (i < w.size() && w.get(i).text().startsWith("-")) {
        String t = w.get(i).text();
        i += PIP_VALUE_OPTIONS.contains(t) ? 2 : 1;
      }
      if (i >= w.size()) {
        return;
      }
      String sub = w.get(i).text();
      if (sub.equals("config") && i + 3 < w.size() && w.get(i + 1).text().equals("set")
          && w.get(i + 2).text().matches("(?:global|user|site|install)\\.(?:extra-)?index-url")) {
        index(w.get(i + 3).text());
        return;
      }
      if (!sub.equals("install")) {
        return;
      }
      for (i = i + 1; i < w.size(); i++) {
        Word word = w.get(i);
        String t = word.text();
        if (t.startsWith("-") && t.length() > 1) {
          Option opt = option(w, i, PIP_VALUE_OPTIONS, "rceiftC");
          if (opt == null) {
            continue;
          }
          i = opt.last();
          if (opt.value() == null) {
            break;
          }
          if (opt.name().equals("-r") || opt.name().equals("--requirement")) {
            requirementFiles.add(withoutCredentials(opt.value()));
          } else if (PIP_INDEX_OPTIONS.contains(opt.name())) {
            index(opt.value());
          }
          continue;
        }
        if (t.equals("@")) {
          // "name @ url": the name came just before and has no version to match
          i++;
          continue;
        }
        if (word.dynamic()) {
          unresolved++;
          continue;
        }
        pipRequirement(line, t);
      }
    }

    private void pipRequirement(int line, String arg) {
      String loc = location + ":" + line;
      String fileName = arg.substring(arg.lastIndexOf('/') + 1);
      if (NOT_A_PACKAGE.matcher(arg).matches()) {
        // "-Ur requirements.txt" and the like: a file that an option this reader does not split
        // off points at, never a package
        return;
      }
      if (arg.contains("://") || arg.startsWith(".") || arg.startsWith("~") || arg.contains("/")
          || arg.contains("\\")) {
        // A URL or a local path names no package, unless it is a wheel, whose file name does.
        Matcher wheel = WHEEL.matcher(fileName);
        if (wheel.matches() && !arg.contains("@")) {
          add(new SoftwarePackage(Ecosystem.PYPI, wheel.group(1), wheel.group(2), loc, PIP));
        } else if (arg.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\s*(?:\\[[^\\]]*\\])?\\s*@\\s*\\S+")) {
          // a quoted "name @ url" direct reference
          PackageManifests.requirements(arg, loc).forEach(p -> add(relabel(p, PIP)));
        }
        return;
      }
      PackageManifests.requirements(arg, loc).forEach(p -> add(relabel(p, PIP)));
    }

    private void conda(int line, List<Word> w, int from) {
      if (from >= w.size()) {
        return;
      }
      String sub = w.get(from).text();
      if (sub.equals("env") && from + 1 < w.size()
          && (w.get(from + 1).text().equals("create") || w.get(from + 1).text().equals("update"))) {
        for (int i = from + 2; i < w.size(); i++) {
          String t = w.get(i).text();
          if ((t.equals("-f") || t.equals("--file")) && i + 1 < w.size()) {
            requirementFiles.add(withoutCredentials(w.get(++i).text()));
          } else if (t.startsWith("--file=")) {
            requirementFiles.add(withoutCredentials(t.substring("--file=".length())));
          }
        }
        return;
      }
      if (!sub.equals("install") && !sub.equals("create") && !sub.equals("update")) {
        return;
      }
      String loc = location + ":" + line;
      for (int i = from + 1; i < w.size(); i++) {
        Word word = w.get(i);
        String t = word.text();
        if (t.startsWith("-") && t.length() > 1) {
          Option opt = option(w, i, CONDA_VALUE_OPTIONS, "cnpf");
          if (opt == null) {
            continue;
          }
          i = opt.last();
          if (opt.value() == null) {
            break;
          }
          if (opt.name().equals("--file") || opt.name().equals("-f")) {
            requirementFiles.add(withoutCredentials(opt.value()));
          } else if (opt.name().equals("-c") || opt.name().equals("--channel")) {
            index(opt.value());
          }
          continue;
        }
        if (word.dynamic()) {
          unresolved++;
          continue;
        }
        SoftwarePackage p = condaPackage(t, loc, CONDA, this::index);
        if (p != null) {
          add(p);
        }
      }
    }

    private void npm(int line, String tool, List<Word> w, int from) {
      if (from >= w.size()) {
        return;
      }
      String sub = w.get(from).text();
      if (sub.equals("config") && from + 3 < w.size() && w.get(from + 1).text().equals("set")
          && w.get(from + 2).text().equals("registry")) {
        index(w.get(from + 3).text());
        return;
      }
      boolean installs = tool.equals("npm") ? Set.of("install", "i", "add", "in").contains(sub) : sub.equals("add");
      if (!installs) {
        return;
      }
      String loc = location + ":" + line;
      for (int i = from + 1; i < w.size(); i++) {
        Word word = w.get(i);
        String t = word.text();
        if (t.startsWith("-") && t.length() > 1) {
          Option opt = option(w, i, NPM_VALUE_OPTIONS, "wC");
          if (opt == null) {
            continue;
          }
          i = opt.last();
          if (opt.value() == null) {
            break;
          }
          if (opt.name().equals("--registry")) {
            index(opt.value());
          }
          continue;
        }
        if (word.dynamic()) {
          unresolved++;
          continue;
        }
        if (t.contains("://") || t.contains(":") || t.startsWith(".") || t.startsWith("/") || t.startsWith("~")
            || t.endsWith(".tgz") || t.endsWith(".tar.gz")) {
          continue;
        }
        Matcher m = NPM_SPEC.matcher(t);
        if (!m.matches()) {
          continue;
        }
        String version = null;
        if (m.group(3) != null) {
          Matcher exact = EXACT_SEMVER.matcher(m.group(3).trim());
          version = exact.matches() ? exact.group(1) : null;
        }
        String name = (m.group(1) == null ? "" : m.group(1)) + m.group(2);
        add(new SoftwarePackage(Ecosystem.NPM, name, version, loc, NPM));
      }
    }

    /**
     * An option word: {@code [name, value]} where value is null when it is the next word, or null
     * when the option takes no value. Handles {@code --name=value} and an attached short value
     * ({@code -rrequirements.txt}) for the letters in {@code attachable}.
     */
    /**
     * An option that takes a value, with its value: attached ({@code --index-url=URL}, {@code -rFILE})
     * or the next word, which it then consumes.
     *
     * @param last  the index of the option's last word
     * @param value null when the words end before the value
     */
    private record Option(String name, String value, int last) {}

    /** The value-taking option at word {@code i}, or null when it is a flag or unknown. */
    private static Option option(List<Word> w, int i, Set<String> valueOptions, String attachable) {
      String t = w.get(i).text();
      String name;
      String attached = null;
      if (t.startsWith("--") && t.indexOf('=') > 0) {
        name = t.substring(0, t.indexOf('='));
        attached = t.substring(t.indexOf('=') + 1);
      } else if (t.startsWith("--") || t.length() == 2) {
        name = t;
      } else {
        name = t.substring(0, 2);
        if (attachable.indexOf(t.charAt(1)) < 0) {
          return null;
        }
        attached = t.substring(2);
      }
      if (!valueOptions.contains(name)) {
        return null;
      }
      if (attached != null) {
        return new Option(name, attached, i);
      }
      return i + 1 < w.size() ? new Option(name, w.get(i + 1).text(), i + 1) : new Option(name, null, w.size());
    }

    private static int skipOptions(List<Word> w, int from, Set<String> valueOptions) {
      int i = from;
      while (i < w.size() && w.get(i).text().startsWith("-")) {
        String t = w.get(i).text();
        if (t.equals("--")) {
          return i + 1;
        }
        i += valueOptions.contains(t) ? 2 : 1;
      }
      // env's own NAME=value words are assignments the caller's loop skips
      return i;
    }

    private static boolean isTool(String word, String... names) {
      String b = base(word);
      for (String n : names) {
        if (b.equals(n)) {
          return true;
        }
      }
      return false;
    }

    private static String base(String word) {
      return word.substring(word.lastIndexOf('/') + 1);
    }

    private void add(SoftwarePackage p) {
      if (packages.size() <= MAX_PACKAGES) {
        packages.add(p);
      }
    }

    private static SoftwarePackage relabel(SoftwarePackage p, String source) {
      return new SoftwarePackage(p.ecosystem(), p.name(), p.version(), p.location(), source);
    }
  }
}
