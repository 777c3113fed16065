/**
 * Version orderings of the package ecosystems: PEP 440 (PyPI), SemVer 2.0.0 (npm) and Maven's
 * {@code ComparableVersion} rules, each as the ecosystem's own tools order versions.
 */
package dev.aispm.scanners.packages.version;
