package dev.aispm.scanners.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.data.json.JsonScanner;
import dev.aispm.scanners.data.pii.PiiDetector;
import dev.aispm.scanners.data.search.AnchorIndex;
import dev.aispm.scanners.model.pickle.PickleScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher and the benchmark ask the JIT compiler to compile the scanners' methods early by a
 * class-name pattern. Nothing fails if a package is renamed and the pattern no longer matches; the
 * scans just get slower. These tests tie the pattern to the classes that carry a scan's loops,
 * and check that the JVM is told to keep quiet about the option: without {@code quiet} it prints
 * a line on standard output, in front of a JSON or SARIF report.
 */
class ScanJitOptionsTest {
  private static final Pattern SCALING =
      Pattern.compile("CompileCommand=CompileThresholdScaling,([^,\\s\"]+)\\.([^,\\s\"]+),");

  @Test
  void launcherPatternCoversTheScannersHotClasses() throws IOException {
    String launcher = Files.readString(repoFile("aispm"));
    List<String> patterns = classPatterns(launcher);
    assertThat(patterns).hasSize(1);
    for (Class<?> hot : List.of(AnchorIndex.class, PiiDetector.class, JsonScanner.class,
        PickleScanner.class, ContentScanEngine.class)) {
      assertThat(matches(patterns.get(0), hot)).as(hot.getName()).isTrue();
    }
    // Only the scanners: the JDK's and the libraries' start-up code keeps its later compilation.
    assertThat(matches(patterns.get(0), String.class)).isFalse();
    assertThat(matches(patterns.get(0), com.fasterxml.jackson.core.JsonFactory.class)).isFalse();
  }

  @Test
  void launcherSilencesCompileCommandsBeforeGivingOne() throws IOException {
    String launcher = Files.readString(repoFile("aispm"));
    int quiet = launcher.indexOf("-XX:CompileCommand=quiet");
    assertThat(quiet).isPositive();
    assertThat(quiet).isLessThan(launcher.indexOf("-XX:CompileCommand=CompileThresholdScaling"));
  }

  @Test
  void benchmarkUsesTheLaunchersPattern() throws IOException {
    List<String> launcher = classPatterns(Files.readString(repoFile("aispm")));
    List<String> bench = classPatterns(Files.readString(repoFile("bench/secrets-vs-secretlint.sh")));
    assertThat(bench).isEqualTo(launcher);
  }

  @Test
  void patternMatchingFollowsTheJvmsPrefixRule() {
    assertThat(matches("dev/aispm/scanners/*", AnchorIndex.class)).isTrue();
    assertThat(matches("dev/aispm/scanner/*", AnchorIndex.class)).isFalse();
    assertThat(matches("dev/aispm/scanners/data/search/AnchorIndex", AnchorIndex.class)).isTrue();
    assertThat(matches("dev/aispm/scanners/data/search/AnchorIndex", PiiDetector.class)).isFalse();
  }

  private static List<String> classPatterns(String script) {
    List<String> found = new ArrayList<>();
    Matcher m = SCALING.matcher(script);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /**
   * How HotSpot reads a class pattern of a compile command: the class's name with slashes, and a
   * {@code *} at the end matching any rest (including further packages).
   */
  private static boolean matches(String classPattern, Class<?> type) {
    String name = type.getName().replace('.', '/');
    if (classPattern.endsWith("*")) {
      return name.startsWith(classPattern.substring(0, classPattern.length() - 1));
    }
    return name.equals(classPattern);
  }

  private static Path repoFile(String relative) {
    // Tests run in the module's folder; the launcher and benchmarks are at the top.
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("aispm")) && Files.isDirectory(dir.resolve("bench"))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException("no launcher above " + here);
  }
}
