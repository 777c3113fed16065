package dev.aispm.misuse.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One logged model invocation with its prompt and completion text (Bedrock model invocation
 * logs, SageMaker endpoint data capture). Kept apart from {@link ActivityEvent} because it carries content: it lives only while
 * detectors read it, and nothing of its text is stored: detections keep kinds and counts.
 *
 * @param principal  the caller, null when the log does not name one (data capture does not)
 * @param model      the model's id as the graph names it: a Bedrock model ARN or a SageMaker endpoint ARN
 * @param prompt     the text of the request (every string of the request body, joined)
 * @param completion the text of the answer, empty when the log has none
 */
public record PromptRecord(String id, Instant time, String provider, String account, String region,
    String principal, String model, String operation, String prompt, String completion) {

  public PromptRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(model, "model");
    prompt = prompt == null ? "" : prompt;
    completion = completion == null ? "" : completion;
  }

  /** The call as an activity event without its text: the evidence a detection keeps. */
  public ActivityEvent asEvent() {
    if (model.startsWith("arn:aws:sagemaker:")) {
      return new ActivityEvent(id, time, provider, account, region, principal, null, null,
          "sagemaker.amazonaws.com", operation, List.of(model), true, null, Map.of());
    }
    return new ActivityEvent(id, time, provider, account, region, principal, null, null,
        "bedrock.amazonaws.com", operation, List.of(), true, null, Map.of("modelId", model));
  }

  /** The caller as a sentence names it. */
  public String caller() {
    return principal == null ? "an unidentified caller" : principal;
  }
}
