package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.function.Consumer;

/**
 * One kind of misuse. A detector sees every admitted event once, in the order its source gave
 * them, and reports what it finds; it keeps what it learns in the context's baselines, never in
 * fields, so one detector instance can serve every source and account of a scan.
 */
public interface Detector {
  /** The detector's id: the id of the misuse rule (and playbook) its detections raise. */
  String id();

  /** Inspects one event. */
  void inspect(ActivityEvent event, DetectionContext context, Consumer<Detection> out);
}
