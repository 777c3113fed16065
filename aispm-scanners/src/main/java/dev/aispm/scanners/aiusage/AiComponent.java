package dev.aispm.scanners.aiusage;

import dev.aispm.scanners.packages.Ecosystem;

/**
 * One entry of the {@link AiCatalogue}: a package (or family of packages) that means AI is in
 * use, and what kind of use.
 *
 * @param ecosystem where the package lives
 * @param pattern   its normalised name; a trailing {@code *} matches every name with that prefix
 * @param category  {@code provider-sdk}, {@code llm-framework}, {@code ml-framework},
 *                  {@code inference-server}, {@code ml-platform}, {@code ml-app} or
 *                  {@code notebook}
 * @param title     what it is, for people
 */
public record AiComponent(Ecosystem ecosystem, String pattern, String category, String title) {

  /** Whether a package of this ecosystem with this normalised name is this component. */
  public boolean matches(Ecosystem e, String normalizedName) {
    if (e != ecosystem) {
      return false;
    }
    return pattern.endsWith("*") ? normalizedName.startsWith(pattern.substring(0, pattern.length() - 1))
        : normalizedName.equals(pattern);
  }

  /** Whether it runs models or model tooling itself, rather than calling someone's API. */
  public boolean selfHosted() {
    return category.equals("inference-server") || category.equals("ml-platform")
        || category.equals("ml-app") || category.equals("notebook");
  }
}
