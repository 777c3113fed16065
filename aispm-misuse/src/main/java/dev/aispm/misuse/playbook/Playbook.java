package dev.aispm.misuse.playbook;

import java.util.List;

/**
 * A misuse rule's response: its containment steps for every cloud, in the order a responder runs
 * them (evidence first, then containment, then recovery). Commands are templates with
 * {@code {placeholders}} that {@link PlaybookRenderer} fills from a detection.
 */
public record Playbook(String ruleId, String title, List<PlaybookStep> steps) {
  public Playbook {
    steps = List.copyOf(steps);
  }

  /** The steps for one provider. */
  public List<PlaybookStep> stepsFor(String provider) {
    return steps.stream().filter(s -> s.provider().equals(provider)).toList();
  }
}
