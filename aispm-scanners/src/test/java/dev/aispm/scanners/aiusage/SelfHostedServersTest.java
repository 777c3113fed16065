package dev.aispm.scanners.aiusage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.aiusage.SelfHostedServers.Match;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Servers recognised from names, tags, images and open ports, and what must not be taken for one. */
class SelfHostedServersTest {
  @Test
  void anMlflowServerIsNamedByItsTagsWithItsVersionAndExposedPort() {
    List<Match> found = SelfHostedServers.identify("mlflow-tracking",
        Map.of("app", "mlflow", "mlflow-version", "2.9.1", "team", "data-science"), List.of(),
        List.of("tcp:5000", "tcp:22"));
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.server().subject()).isEqualTo("mlflow");
      assertThat(m.server().dashboard()).isTrue();
      assertThat(m.version()).isEqualTo("2.9.1");
      assertThat(m.evidence()).contains("name mlflow-tracking", "tag app=mlflow", "tag mlflow-version=2.9.1");
      assertThat(m.exposedPorts()).containsExactly("tcp:5000");
    });
  }

  @Test
  void imagesNameServersAndTheirVersions() {
    List<Match> found = SelfHostedServers.identify(null, Map.of(), List.of(
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/serving/vllm-openai:v0.4.2",
        "ghcr.io/huggingface/text-generation-inference:2.0", "rayproject/ray:2.9.0"), List.of());
    assertThat(found).extracting(m -> m.server().subject() + "@" + m.version())
        .containsExactly("vllm@0.4.2", "tgi@2.0", "ray@2.9.0");
    // a tag that also names a framework's version gives none rather than the wrong one
    assertThat(SelfHostedServers.identify(null, Map.of(), List.of(
        "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.1.1-tgi1.4.0-gpu-py310"),
        List.of())).extracting(m -> m.server().subject() + "@" + m.version()).containsExactly("tgi@null");
  }

  @Test
  void distinctivePortsAloneIdentifyButCommonOnesDoNot() {
    assertThat(SelfHostedServers.identify("box", Map.of(), List.of(), List.of("tcp:11434", "tcp:8888")))
        .extracting(m -> m.server().subject()).containsExactly("ollama", "jupyter");
    // 5000, 8000 and 8080 serve too many other things; a wide range proves nothing either.
    assertThat(SelfHostedServers.identify("box", Map.of(), List.of(), List.of("tcp:5000", "tcp:8000", "tcp:8080",
        "tcp:0-65535"))).isEmpty();
  }

  @Test
  void wordsThatMerelyContainAServerNameAreNotServers() {
    assertThat(SelfHostedServers.identify("array-processor", Map.of("owner", "murray", "stage", "prod"),
        List.of("library/xray-daemon:3.3"), List.of())).isEmpty();
  }

  @Test
  void portRulesCoverRangesAndAll() {
    assertThat(SelfHostedServers.covers("tcp:5000", 5000)).isTrue();
    assertThat(SelfHostedServers.covers("tcp:4000-6000", 5000)).isTrue();
    assertThat(SelfHostedServers.covers("all:all", 8265)).isTrue();
    assertThat(SelfHostedServers.covers("udp:5000", 5000)).isFalse();
    assertThat(SelfHostedServers.covers("tcp:5001", 5000)).isFalse();
  }
}
