/**
 * Writers for scan results: a table for people, JSON for scripts, and SARIF 2.1.0 that GitHub
 * code scanning accepts as is (rule ids, levels, artifact URIs and {@code security-severity}).
 */
package dev.aispm.scanners.report;
