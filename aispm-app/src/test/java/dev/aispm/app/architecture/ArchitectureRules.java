package dev.aispm.app.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The arrows between aispm's modules and packages, as rules. The modules' Maven dependencies keep
 * most arrows one way already; these rules also catch what Maven cannot see: a package cycle
 * inside a module, the posture core reaching for a web framework or a cloud SDK, the service
 * reaching for a collector.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  /** Which module may use which: each layer only those below it. */
  static final ArchRule MODULES = layeredArchitecture().consideringOnlyDependenciesInLayers()
      // A partial import (the negative case's fixture) leaves layers empty; the product test checks
      // separately that every module is there.
      .withOptionalLayers(true)
      .layer("graph").definedBy("dev.aispm.graph..")
      .layer("scanners").definedBy("dev.aispm.scanners..")
      .layer("simulator").definedBy("dev.aispm.simulator..")
      .layer("rules").definedBy("dev.aispm.rules..")
      .layer("misuse").definedBy("dev.aispm.misuse..")
      .layer("collectors").definedBy("dev.aispm.collectors..")
      .layer("posture").definedBy("dev.aispm.posture..")
      .layer("api").definedBy("dev.aispm.api..")
      .layer("app").definedBy("dev.aispm.app..")
      .whereLayer("app").mayNotBeAccessedByAnyLayer()
      .whereLayer("api").mayOnlyBeAccessedByLayers("app")
      .whereLayer("posture").mayOnlyBeAccessedByLayers("api", "app")
      .whereLayer("collectors").mayOnlyBeAccessedByLayers("app")
      .whereLayer("rules").mayOnlyBeAccessedByLayers("posture", "api", "app")
      .whereLayer("misuse").mayOnlyBeAccessedByLayers("collectors", "api", "app")
      .whereLayer("simulator").mayOnlyBeAccessedByLayers("app")
      .whereLayer("scanners").mayOnlyBeAccessedByLayers("collectors", "misuse", "posture", "app")
      .whereLayer("graph").mayOnlyBeAccessedByLayers("rules", "misuse", "collectors", "posture", "api", "app");

  /** The posture core is shared by the command line and the service: no web framework, no cloud SDK. */
  static final ArchRule POSTURE_IS_FRAMEWORK_FREE = ArchRuleDefinition.noClasses()
      .that().resideInAPackage("dev.aispm.posture..")
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
          "software.amazon.awssdk..", "com.azure..", "com.google.cloud..");

  /**
   * Misuse detection parses hostile-controlled log content and runs inside every scan: like the
   * posture core it stays free of web frameworks and cloud SDKs (the fetchers are collectors').
   */
  static final ArchRule MISUSE_IS_FRAMEWORK_FREE = ArchRuleDefinition.noClasses()
      .that().resideInAPackage("dev.aispm.misuse..")
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
          "software.amazon.awssdk..", "com.azure..", "com.google.cloud..");

  /** Within a module, its top-level packages do not depend on each other in a circle. */
  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.aispm.(*).(*)..")
      .should().beFreeOfCycles();
}
