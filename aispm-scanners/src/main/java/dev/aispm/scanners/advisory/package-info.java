/**
 * Known vulnerabilities of packages: advisories in the OSV schema, an index that matches found
 * package versions against them with each ecosystem's version order, a bundled snapshot of AI/ML
 * package advisories, and the offline-updatable store behind {@code aispm advisories update}.
 */
package dev.aispm.scanners.advisory;
