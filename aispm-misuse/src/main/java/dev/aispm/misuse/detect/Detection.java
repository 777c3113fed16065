package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.Objects;

/**
 * One event a detector found suspicious. Detections of the same detector, principal and target
 * fold into one {@code MisuseDetection} record (and one finding), so a thousand calls of one
 * intruder are one incident with a thousand events, not a thousand findings.
 *
 * @param detector   the detector's id, which is also the id of the misuse rule that raises it
 * @param principal  who acted
 * @param targetId   what was acted on: a model or endpoint id, a data store, an artifact URI, a
 *                   setting's resource
 * @param targetKind {@code model}, {@code data}, {@code artifact}, {@code control} or {@code prompt}
 * @param summary    the sentence the finding shows as its reason
 */
public record Detection(String detector, ActivityEvent event, String principal, String targetId,
    String targetKind, String summary) {

  public Detection {
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(targetId, "targetId");
    principal = principal == null ? "unknown" : principal;
  }
}
