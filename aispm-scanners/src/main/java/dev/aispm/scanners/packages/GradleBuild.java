package dev.aispm.scanners.packages;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Gradle build script ({@code build.gradle} in Groovy, {@code build.gradle.kts} in Kotlin): the
 * literal coordinates given to the dependency configurations {@code implementation}, {@code api},
 * {@code compileOnly}, {@code runtimeOnly}, {@code testImplementation} (and their test, legacy
 * and annotation-processor siblings), as a string {@code "group:artifact:version"} or in map form
 * ({@code group: 'g', name: 'a', version: 'v'}).
 *
 * <p>The script is a program and is never run: a coordinate built from a variable
 * ({@code "g:a:$v"}) keeps the package without a version, and a dependency that is not a literal
 * at all (a version catalogue entry such as {@code libs.openai}, a variable) is counted in
 * {@link DeclaredDependencies#unresolved()}. Project, file and platform dependencies name no
 * package and are passed over. Comments are removed first, in one linear pass that knows strings,
 * and a configuration counts only where a statement starts (a line, or after {@code {} or
 * {@code ;}), so the word {@code api} inside a description is not a dependency.
 */
final class GradleBuild {
  private static final Pattern CONFIGURATION = Pattern.compile(
      "(?m)(?:^|[{;])[ \t]*(implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly"
          + "|testCompileOnly|annotationProcessor|kapt|ksp|compile|runtime|testCompile|testRuntime)"
          + "(?:\\s*\\(\\s*|\\s+)");
  private static final Pattern STRING = Pattern.compile("([\"'])([^\"'\\n]{1,512})\\1");
  private static final Pattern MAP_FORM = Pattern.compile(
      "group\\s*[:=]\\s*([\"'])([^\"'\\n]+)\\1\\s*,\\s*name\\s*[:=]\\s*([\"'])([^\"'\\n]+)\\3"
          + "(?:\\s*,\\s*version\\s*[:=]\\s*([\"'])([^\"'\\n]+)\\5)?");
  private static final Pattern NOT_A_PACKAGE = Pattern.compile(
      "(?:project|files|fileTree|platform|enforcedPlatform|kotlin|gradleApi|localGroovy|testFixtures"
          + "|gradleTestKit)\\b.*", Pattern.DOTALL);
  private static final Pattern LITERAL_VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]*");
  private static final Set<String> NOT_A_DEPENDENCY = Set.of("{", "=", ")");

  private GradleBuild() {
  }

  static DeclaredDependencies read(String text, String location) {
    DeclaredDependencies.Builder out = new DeclaredDependencies.Builder(location,
        PackageManifests.Kind.GRADLE.source());
    String code = withoutComments(text);
    Matcher m = CONFIGURATION.matcher(code);
    while (m.find() && !out.full()) {
      int at = m.end();
      if (at >= code.length() || NOT_A_DEPENDENCY.contains(code.substring(at, at + 1))) {
        // "implementation {", "api = ..." configure, they declare nothing
        continue;
      }
      String rest = code.substring(at, Math.min(code.length(), at + 1024));
      Matcher s = STRING.matcher(rest);
      Matcher map = MAP_FORM.matcher(rest);
      if (s.lookingAt()) {
        coordinate(s.group(2), out);
      } else if (map.lookingAt()) {
        add(map.group(2), map.group(4), map.group(6), out);
      } else if (!NOT_A_PACKAGE.matcher(rest).lookingAt()) {
        out.unresolved();
      }
    }
    return out.build();
  }

  /** {@code group:artifact[:version[:classifier]][@extension]}. */
  private static void coordinate(String value, DeclaredDependencies.Builder out) {
    String v = value.strip();
    int ext = v.indexOf('@');
    if (ext >= 0) {
      v = v.substring(0, ext);
    }
    String[] parts = v.split(":", -1);
    if (parts.length < 2) {
      return;
    }
    add(parts[0], parts[1], parts.length > 2 ? parts[2] : null, out);
  }

  private static void add(String group, String artifact, String version, DeclaredDependencies.Builder out) {
    if (group.isBlank() || artifact.isBlank() || group.contains("$") || artifact.contains("$")) {
      out.unresolved();
      return;
    }
    // a dynamic version (1.+, latest.release), a range or a variable is no version to match
    String v = version == null || version.contains("$") || version.contains("+")
        || version.startsWith("latest.") || !LITERAL_VERSION.matcher(version).matches() ? null : version;
    out.add(Ecosystem.MAVEN, group.strip() + ":" + artifact.strip(), v);
  }

  /** The script without {@code //} and {@code /* *}{@code /} comments, strings left as they are. */
  static String withoutComments(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    char quote = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quote != 0) {
        b.append(c);
        if (c == '\\' && i + 1 < s.length()) {
          b.append(s.charAt(i + 1));
          i += 2;
          continue;
        }
        if (c == quote || c == '\n') {
          quote = 0;
        }
        i++;
      } else if (c == '"' || c == '\'') {
        quote = c;
        b.append(c);
        i++;
      } else if (s.startsWith("//", i)) {
        int nl = s.indexOf('\n', i);
        i = nl < 0 ? s.length() : nl;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
        b.append(' ');
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }
}
