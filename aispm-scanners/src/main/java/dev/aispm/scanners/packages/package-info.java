/**
 * The software inventory: which packages (PyPI, npm, Maven) a function package, container image,
 * notebook environment or code folder holds, read from the records package managers write
 * (installed metadata, lock files, pins) and the dependencies projects declare (pyproject, setup
 * files, conda environments, POMs, Gradle builds), never by running anything. {@code version/} orders
 * each ecosystem's versions, which the advisory match depends on.
 */
package dev.aispm.scanners.packages;
