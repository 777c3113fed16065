package dev.aispm.misuse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControlPlaneDetectorTest {
  final ControlPlaneDetector detector = new ControlPlaneDetector();
  final DetectionContext ctx = new DetectionContext(AiAssets.NONE, DetectorSettings.DEFAULTS, List.of());
  final List<Detection> found = new ArrayList<>();
  static final String OPS = "arn:aws:iam::111111111111:role/ops-admin";

  private void inspect(ActivityEvent e) {
    detector.inspect(e, ctx, found::add);
  }

  @Test
  void guardrailDeletionLoggingDeletionAndRootAccessAreReported() {
    inspect(Events.aws("2026-12-01T10:00:00Z", OPS, "198.51.100.23", "cli", "bedrock.amazonaws.com",
        "DeleteGuardrail", List.of(), Map.of("guardrailIdentifier", "gr-abc123")));
    inspect(Events.aws("2026-12-01T10:01:00Z", OPS, "198.51.100.23", "cli", "bedrock.amazonaws.com",
        "DeleteModelInvocationLoggingConfiguration", List.of(), Map.of()));
    inspect(Events.aws("2026-12-01T10:02:00Z", OPS, "198.51.100.23", "cli", "sagemaker.amazonaws.com",
        "UpdateNotebookInstance", List.of(), Map.of("notebookInstanceName", "research", "rootAccess", "Enabled")));

    assertThat(found).extracting(Detection::targetId)
        .containsExactly("gr-abc123", "aws/111111111111/us-east-1", "research");
    assertThat(found.get(0).summary()).contains("deleted Bedrock guardrail gr-abc123");
    assertThat(found.get(2).summary()).contains("enabled root access on notebook instance research");
  }

  @Test
  void safeChangesAndDeniedAttemptsAreNot() {
    inspect(Events.aws("2026-12-01T10:02:00Z", OPS, "198.51.100.23", "cli", "sagemaker.amazonaws.com",
        "UpdateNotebookInstance", List.of(), Map.of("notebookInstanceName", "research", "rootAccess", "Disabled")));
    inspect(Events.aws("2026-12-01T10:03:00Z", OPS, "198.51.100.23", "cli", "bedrock.amazonaws.com",
        "CreateGuardrail", List.of(), Map.of("name", "strict")));
    inspect(Events.failed(Events.aws("2026-12-01T10:04:00Z", OPS, "198.51.100.23", "cli", "bedrock.amazonaws.com",
        "DeleteGuardrail", List.of(), Map.of("guardrailIdentifier", "gr-abc123"))));
    assertThat(found).isEmpty();
  }

  @Test
  void azureLocalAuthTurnedOnIsReportedAndTurnedOffIsNot() {
    String account = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai";
    ActivityEvent on = new ActivityEvent("az-1", java.time.Instant.parse("2026-12-01T10:00:00Z"), "azure", "s1",
        "eastus", "alice@example.com", "203.0.113.5", null, "Microsoft.CognitiveServices",
        "Microsoft.CognitiveServices/accounts/write", List.of(account), true, null,
        Map.of("requestbody.properties.disableLocalAuth", "false"));
    ActivityEvent off = new ActivityEvent("az-2", java.time.Instant.parse("2026-12-01T10:05:00Z"), "azure", "s1",
        "eastus", "alice@example.com", "203.0.113.5", null, "Microsoft.CognitiveServices",
        "Microsoft.CognitiveServices/accounts/write", List.of(account), true, null,
        Map.of("requestbody.properties.disableLocalAuth", "true"));
    inspect(on);
    inspect(off);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.targetId()).isEqualTo(account);
      assertThat(d.summary()).contains("key (local) authentication");
    });
  }

  @Test
  void azureLocalAuthSeenOnlyInTheResponseBodyIsReported() {
    String account = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai";
    ActivityEvent written = new ActivityEvent("az-3", java.time.Instant.parse("2026-12-01T10:00:00Z"), "azure", "s1",
        "eastus", "alice@example.com", "203.0.113.5", null, "Microsoft.CognitiveServices",
        "Microsoft.CognitiveServices/accounts/write", List.of(account), true, null,
        Map.of("responsebody.properties.disableLocalAuth", "false"));
    ActivityEvent unrelated = new ActivityEvent("az-4", java.time.Instant.parse("2026-12-01T10:01:00Z"), "azure", "s1",
        "eastus", "alice@example.com", "203.0.113.5", null, "Microsoft.CognitiveServices",
        "Microsoft.CognitiveServices/accounts/write", List.of(account), true, null,
        Map.of("responsebody.properties.customSubDomainName", "oai"));
    inspect(written);
    inspect(unrelated);
    assertThat(found).singleElement().satisfies(d -> assertThat(d.summary()).contains("key (local) authentication"));
  }

  @Test
  void azureContentFilterSwitchedOffIsReportedAndTightenedIsNot() {
    String policy = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai"
        + "/raiPolicies/strict";
    ActivityEvent off = new ActivityEvent("az-5", java.time.Instant.parse("2026-12-01T10:00:00Z"), "azure", "s1",
        "global", "alice@example.com", "203.0.113.5", null, "Microsoft.CognitiveServices",
        "Microsoft.CognitiveServices/accounts/raiPolicies/write", List.of(policy), true, null,
        Map.of("requestbody.properties.contentFilters.0.name", "Jailbreak",
            "requestbody.properties.contentFilters.0.blocking", "false",
            "requestbody.properties.contentFilters.0.enabled", "true"));
    ActivityEvent on = new ActivityEvent("az-6", java.time.Instant.parse("2026-12-01T10:05:00Z"), "azure", "s1",
        "global", "alice@example.com", "203.0.113.5", null, "Microsoft.CognitiveServices",
        "Microsoft.CognitiveServices/accounts/raiPolicies/write", List.of(policy), true, null,
        Map.of("requestbody.properties.contentFilters.0.name", "Jailbreak",
            "requestbody.properties.contentFilters.0.blocking", "true",
            "requestbody.properties.contentFilters.0.enabled", "true"));
    inspect(off);
    inspect(on);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.targetId()).isEqualTo(policy);
      assertThat(d.summary()).contains("content filter");
    });
  }
}
