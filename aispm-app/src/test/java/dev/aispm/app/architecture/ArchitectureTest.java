package dev.aispm.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aispm.graph.archfixture.PointsBackAtThePosture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static JavaClasses product;

  /**
   * Imports the compiled main classes of every module from their build folders: exactly the
   * product, and far faster than searching the few hundred jars of the class path for a package.
   */
  @BeforeAll
  static void importProduct() throws IOException {
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      modules.filter(m -> m.getFileName().toString().startsWith("aispm-"))
          .map(m -> m.resolve("target/classes")).filter(Files::isDirectory).forEach(folders::add);
    }
    product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPaths(folders);
  }

  @Test
  void everyModuleIsImported() {
    for (String p : new String[] {"graph", "scanners", "simulator", "rules", "collectors", "posture", "api", "app", "misuse"}) {
      assertThat(product.containPackage("dev.aispm." + p)).as(p).isTrue();
    }
  }

  @Test
  void modulesPointOneWay() {
    ArchitectureRules.MODULES.check(product);
  }

  @Test
  void postureCoreUsesNoWebFrameworkNorCloudSdk() {
    ArchitectureRules.POSTURE_IS_FRAMEWORK_FREE.check(product);
  }

  @Test
  void misuseDetectionUsesNoWebFrameworkNorCloudSdk() {
    ArchitectureRules.MISUSE_IS_FRAMEWORK_FREE.check(product);
  }

  @Test
  void packagesOfAModuleHaveNoCycles() {
    ArchitectureRules.NO_PACKAGE_CYCLES.check(product);
  }

  @Test
  void everyPackageSaysWhyItExists() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("aispm-")).toList()) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(sources)) {
          files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct()
              .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
              .forEach(dir -> missing.add(sources.relativize(dir).toString()));
        }
      }
    }
    assertThat(missing).as("packages without package-info.java").isEmpty();
  }

  @Test
  void aBackPointingImportFails() {
    JavaClasses withFixture = new ClassFileImporter().importClasses(PointsBackAtThePosture.class,
        dev.aispm.posture.scan.ScanResult.class);
    var result = ArchitectureRules.MODULES.evaluate(withFixture);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d)
        .contains("PointsBackAtThePosture").contains("dev.aispm.posture.scan.ScanResult"));
    assertThat(ArchitectureRules.MODULES.evaluate(new ClassFileImporter()
        .importClasses(dev.aispm.posture.scan.ScanResult.class)).hasViolation()).isFalse();
  }
}
