/**
 * The software inventory: which packages (PyPI, npm, Maven) a function package, container image,
 * notebook environment or code folder holds, read from the records package managers write
 * (installed metadata, lock files, pins), never by running anything. {@code version/} orders
 * each ecosystem's versions, which the advisory match depends on.
 */
package dev.aispm.scanners.packages;
