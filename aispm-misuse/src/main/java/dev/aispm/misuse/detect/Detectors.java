package dev.aispm.misuse.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The detectors aispm runs, in one list: the engine runs them, the playbook catalogue and the
 * tests hold every detector to having a rule and a playbook of the same id.
 */
public final class Detectors {
  private Detectors() {}

  /** Every event detector, new instances (some keep per-run windows). */
  public static List<Detector> standard() {
    return List.of(new NewCallerDetector(), new InvocationSpikeDetector(), new UnusualWriterDetector(),
        new BulkDeleteDetector(), new UnscannedArtifactDetector(), new ControlPlaneDetector(),
        new KeyCreatedDetector());
  }

  /** The ids of every detector, prompt detectors included: the ids of the misuse rules. */
  public static List<String> ids() {
    List<String> ids = new ArrayList<>(standard().stream().map(Detector::id).toList());
    ids.add(PromptDetector.INJECTION);
    ids.add(PromptDetector.SENSITIVE);
    return List.copyOf(ids);
  }
}
