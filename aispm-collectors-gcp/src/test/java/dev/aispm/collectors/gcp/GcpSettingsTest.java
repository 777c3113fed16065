package dev.aispm.collectors.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GcpSettingsTest {
  @Test
  void readsProjectsLocationsAndEndpointOverrides() {
    GcpSettings s = GcpSettings.fromEnvironment(Map.of("AISPM_GCP_PROJECTS", " a-project, b-project ,a-project",
        "AISPM_GCP_ORGANIZATION", "4242", "GCP_AIPLATFORM_LOCATION", "europe-west4",
        "STORAGE_EMULATOR_HOST", "localhost:9023", "GCP_IAM_ENDPOINT", "http://127.0.0.1:1234/",
        "GCP_LOGGING_ENDPOINT", "http://127.0.0.1:5678"));
    assertThat(s.projects()).containsExactly("a-project", "b-project");
    assertThat(s.organization()).isEqualTo("organizations/4242");
    assertThat(s.locations()).containsExactly("europe-west4");
    assertThat(s.endpoints().storageOrDefault()).isEqualTo("http://localhost:9023");
    assertThat(s.endpoints().iamOrDefault()).isEqualTo("http://127.0.0.1:1234");
    assertThat(s.endpoints().aiplatformFor("us-central1")).isEqualTo("https://us-central1-aiplatform.googleapis.com");
    assertThat(s.endpoints().resourceManagerOrDefault()).isEqualTo("https://cloudresourcemanager.googleapis.com");
    assertThat(s.endpoints().loggingOrDefault()).isEqualTo("http://127.0.0.1:5678");
    assertThat(GcpSettings.fromEnvironment(Map.of()).endpoints().loggingOrDefault())
        .isEqualTo("https://logging.googleapis.com");
  }

  @Test
  void aMalformedConcurrencyIsAConfigurationError() {
    assertThatThrownBy(() -> GcpSettings.fromEnvironment(Map.of("AISPM_GCP_CONCURRENCY", "many")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AISPM_GCP_CONCURRENCY");
  }

  @Test
  void aDeniedCallNamesThePermissionTheApiReported() {
    GcpFailures.Failure f = GcpFailures.describe(new GcpApiException(403, "PERMISSION_DENIED",
        "Permission 'aiplatform.endpoints.list' denied on resource", "aiplatform.endpoints.list"), "fallback.perm.get");
    assertThat(f.missingPermission()).isEqualTo("aiplatform.endpoints.list");
    GcpFailures.Failure throttled = GcpFailures.describe(new GcpApiException(429, "RESOURCE_EXHAUSTED", "Quota", null),
        "aiplatform.models.list");
    assertThat(throttled.missingPermission()).isNull();
    assertThat(throttled.error()).startsWith("throttled after retries");
  }
}
