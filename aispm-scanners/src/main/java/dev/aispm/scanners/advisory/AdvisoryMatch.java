package dev.aispm.scanners.advisory;

import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.packages.SoftwarePackage;

/**
 * A package version an advisory affects.
 *
 * @param pkg          the package found
 * @param advisory     the advisory
 * @param fixedVersion the first fixed version above the found one, or null when none is listed
 */
public record AdvisoryMatch(SoftwarePackage pkg, OsvAdvisory advisory, String fixedVersion) {

  /** The advisory's severity; an advisory without any rating counts as medium. */
  public Severity severity() {
    return advisory.severity() == null ? Severity.MEDIUM : advisory.severity();
  }
}
