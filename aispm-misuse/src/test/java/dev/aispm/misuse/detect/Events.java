package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds events for detector tests, with the fields a CloudTrail record would give. */
final class Events {
  private static final AtomicInteger IDS = new AtomicInteger();

  private Events() {}

  static ActivityEvent aws(String at, String principal, String ip, String agent, String service, String action,
      List<String> resources, Map<String, String> params) {
    return new ActivityEvent("ev-" + IDS.incrementAndGet(), Instant.parse(at), "aws", "111111111111", "us-east-1",
        principal, ip, agent, service, action, resources, true, null, params);
  }

  static ActivityEvent invoke(String at, String principal, String ip) {
    return aws(at, principal, ip, "Boto3/1.35.0", "bedrock.amazonaws.com", "InvokeModel", List.of(),
        Map.of("modelId", "anthropic.claude-3-haiku-20240307-v1:0"));
  }

  static ActivityEvent failed(ActivityEvent e) {
    return new ActivityEvent(e.id() + "-denied", e.time(), e.provider(), e.account(), e.region(), e.principal(),
        e.sourceIp(), e.userAgent(), e.service(), e.action(), e.resources(), false, "AccessDenied", e.params());
  }
}
