package dev.aispm.misuse.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.aispm.misuse.detect.Detectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in playbooks, one YAML file per misuse rule under {@code playbooks/}. Data beside the
 * rules like the rules' own metadata, so a responder's wording changes without code; a test holds
 * every misuse rule to having one.
 */
public final class PlaybookCatalog {
  /** Rules with a playbook, one per detector; the file of each is {@code playbooks/<rule>.yaml}. */
  public static final List<String> RULES = Detectors.ids();
  private static final Set<String> PROVIDERS = Set.of("aws", "azure", "gcp");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, Playbook> byRule;

  private PlaybookCatalog(Map<String, Playbook> byRule) {
    this.byRule = Map.copyOf(byRule);
  }

  /** Loads every built-in playbook; a missing or invalid one fails with its file name. */
  public static PlaybookCatalog builtIn() {
    Map<String, Playbook> out = new LinkedHashMap<>();
    for (String rule : RULES) {
      String file = "playbooks/" + rule + ".yaml";
      try (InputStream in = PlaybookCatalog.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("missing playbook " + file);
        }
        out.put(rule, parse(rule, YAML.readTree(in)));
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException("invalid playbook " + file + ": " + e.getMessage(), e);
      }
    }
    return new PlaybookCatalog(out);
  }

  static Playbook parse(String rule, JsonNode y) {
    if (!rule.equals(y.path("rule").asText())) {
      throw new IllegalArgumentException("rule is '" + y.path("rule").asText() + "', expected " + rule);
    }
    List<PlaybookStep> steps = new ArrayList<>();
    for (JsonNode s : y.path("steps")) {
      String provider = s.path("provider").asText();
      if (!PROVIDERS.contains(provider)) {
        throw new IllegalArgumentException("unknown provider '" + provider + "'");
      }
      for (String f : List.of("action", "command", "why")) {
        if (s.path(f).asText().isBlank()) {
          throw new IllegalArgumentException("a " + provider + " step has no " + f);
        }
      }
      steps.add(new PlaybookStep(provider, s.path("action").asText(), s.path("command").asText().strip(),
          s.path("why").asText()));
    }
    for (String p : PROVIDERS) {
      if (steps.stream().noneMatch(s -> s.provider().equals(p))) {
        throw new IllegalArgumentException("no steps for " + p);
      }
    }
    return new Playbook(rule, y.path("title").asText(rule), steps);
  }

  public Optional<Playbook> forRule(String ruleId) {
    return Optional.ofNullable(byRule.get(ruleId));
  }

  public List<Playbook> all() {
    return RULES.stream().map(byRule::get).toList();
  }
}
