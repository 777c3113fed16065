package dev.aispm.rules.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The set of rules a scan evaluates: the built-in catalogue plus, optionally, a user's folder of
 * custom rules ({@code AISPM_RULES_DIR}). A custom rule with a built-in rule's id is refused
 * rather than silently replacing it.
 */
public final class RuleCatalog {
  private final Map<String, Rule> rules = new LinkedHashMap<>();

  public RuleCatalog(List<Rule> rules) {
    for (Rule r : rules) {
      Rule previous = this.rules.putIfAbsent(r.id(), r);
      if (previous != null) {
        throw new IllegalArgumentException("rule id " + r.id() + " is defined twice: "
            + previous.origin() + " and " + r.origin());
      }
    }
  }

  /** The built-in rules. */
  public static RuleCatalog builtIn() {
    return new RuleCatalog(RuleLoader.fromClasspath(RuleCatalog.class.getClassLoader()));
  }

  /** The built-in rules plus the custom rules under {@code customDir} (null for none). */
  public static RuleCatalog withCustom(Path customDir) {
    List<Rule> all = new ArrayList<>(RuleLoader.fromClasspath(RuleCatalog.class.getClassLoader()));
    if (customDir != null) {
      all.addAll(RuleLoader.fromDirectory(customDir));
    }
    return new RuleCatalog(all);
  }

  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  public int size() {
    return rules.size();
  }
}
