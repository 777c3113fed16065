package dev.aispm.graph.schema.common.supplychain;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * A known vulnerability (an OSV advisory) of one package a function holds. A node rather than
 * properties on the package, so that attack paths run through it (internet -> function ->
 * vulnerable package -> advisory) and a package with several advisories gives one finding each.
 * One node per package node and advisory, owned by that package's scope.
 */
public final class AdvisorySchema {
  private AdvisorySchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("Advisory")
      .concept("Vulnerability")
      .description("A known vulnerability affecting a package version. Its id is the package node id, "
          + "'#advisory/' and the advisory id.")
      .property("advisoryId", "OSV id, e.g. GHSA-xxxx-xxxx-xxxx or PYSEC-2024-1")
      .property("aliases", "Other ids of the same vulnerability, e.g. CVE ids")
      .property("summary", "One-line summary from the advisory")
      .property("severity", "critical, high, medium or low")
      .property("severitySource", "'rated' when the database or a CVSS v3 score rates it, 'unrated' otherwise")
      .property("fixedVersion", "First fixed version above the one found, absent when none is listed")
      .property("package", "Affected package name")
      .property("version", "Affected version found")
      .build();

  public static final RelSchema AFFECTED_BY = RelSchema.of("AFFECTED_BY", SoftwarePackageSchema.NODE, NODE,
      "The package version is affected by the advisory.");
}
