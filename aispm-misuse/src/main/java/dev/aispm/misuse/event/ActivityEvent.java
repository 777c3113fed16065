package dev.aispm.misuse.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call a cloud's control or data plane recorded, reduced to what the detectors read. Each
 * source's parser fills it from its own record format; the native action and service names are
 * kept (e.g. {@code InvokeModel} on {@code bedrock.amazonaws.com}), because a detector must know
 * exactly which call it matches and the playbook names it back to the responder.
 *
 * @param id        the source's unique id of the record (CloudTrail eventID, Azure eventDataId,
 *                  GCP insertId): what checkpoints remember at the boundary
 * @param time      when the call was made
 * @param provider  {@code aws}, {@code azure} or {@code gcp}
 * @param account   account, subscription or project the call was made in
 * @param region    region or location, {@code global} when the record has none
 * @param principal the identity that made the call: the role ARN behind an assumed-role session,
 *                  a user ARN, a UPN or service principal id, a Google account e-mail
 * @param sourceIp  caller address as logged, or the calling service's name, null when absent
 * @param userAgent caller's user agent, null when absent
 * @param service   the service that recorded the call (e.g. {@code sagemaker.amazonaws.com},
 *                  {@code Microsoft.CognitiveServices}, {@code aiplatform.googleapis.com})
 * @param action    the native operation name
 * @param resources ids of the resources the call names (ARNs, Azure resource ids, GCP names)
 * @param succeeded whether the call succeeded
 * @param error     the error code of a failed call, null when it succeeded
 * @param params    the request parameters detectors read, flattened to dotted names; values are
 *                  truncated and never include prompt or object contents
 */
public record ActivityEvent(String id, Instant time, String provider, String account, String region,
    String principal, String sourceIp, String userAgent, String service, String action,
    List<String> resources, boolean succeeded, String error, Map<String, String> params) {

  public ActivityEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(action, "action");
    resources = List.copyOf(resources);
    params = Map.copyOf(params);
  }

  /** A request parameter by its dotted name, or null. */
  public String param(String name) {
    return params.get(name);
  }

  /** The first parameter present among {@code names}, or null. */
  public String firstParam(String... names) {
    for (String n : names) {
      String v = params.get(n);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }
}
