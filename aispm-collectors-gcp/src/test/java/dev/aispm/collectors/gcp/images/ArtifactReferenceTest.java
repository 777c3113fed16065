package dev.aispm.collectors.gcp.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How workloads' image references split into an Artifact Registry host, image path, tag and digest. */
class ArtifactReferenceTest {
  static final String DIGEST = "sha256:" + "ab".repeat(32);

  @Test
  void aTaggedReferenceNamesItsLocationRepositoryAndTag() {
    ArtifactReference r = ArtifactReference.parse("europe-west4-docker.pkg.dev/acme-prod/inference/chat-api:2024-05-01")
        .orElseThrow();
    assertThat(r.host()).isEqualTo("europe-west4-docker.pkg.dev");
    assertThat(r.location()).isEqualTo("europe-west4");
    assertThat(r.path()).isEqualTo("acme-prod/inference/chat-api");
    assertThat(r.project()).isEqualTo("acme-prod");
    assertThat(r.repositoryId()).isEqualTo("inference");
    assertThat(r.tag()).isEqualTo("2024-05-01");
    assertThat(r.digest()).isNull();
  }

  @Test
  void aDigestWinsAndANestedImagePathStaysWhole() {
    ArtifactReference r = ArtifactReference.parse(
        " US-docker.pkg.dev/acme-prod/train/team/fraud:1.4@" + DIGEST + " ").orElseThrow();
    assertThat(r.host()).isEqualTo("us-docker.pkg.dev");
    assertThat(r.location()).isEqualTo("us");
    assertThat(r.path()).isEqualTo("acme-prod/train/team/fraud");
    assertThat(r.tag()).isEqualTo("1.4");
    assertThat(r.digest()).isEqualTo(DIGEST);
  }

  @Test
  void withoutTagOrDigestTheRuntimePullsLatest() {
    ArtifactReference r = ArtifactReference.parse("us-central1-docker.pkg.dev/p/r/app").orElseThrow();
    assertThat(r.tag()).isNull();
    assertThat(r.tagOrLatest()).isEqualTo("latest");
  }

  @Test
  void otherRegistriesAndMalformedReferencesDoNotParse() {
    assertThat(ArtifactReference.parse("vllm/vllm-openai:v0.4.2")).isEmpty();
    assertThat(ArtifactReference.parse("gcr.io/acme-prod/app:1")).isEmpty();
    assertThat(ArtifactReference.parse("111111111111.dkr.ecr.us-east-1.amazonaws.com/team/app:1")).isEmpty();
    assertThat(ArtifactReference.parse("-docker.pkg.dev/p/r/app")).isEmpty();
    assertThat(ArtifactReference.parse("us-docker.pkg.dev/p/app:1")).as("no repository segment").isEmpty();
    assertThat(ArtifactReference.parse("us-docker.pkg.dev/p//app")).isEmpty();
    assertThat(ArtifactReference.parse("us-docker.pkg.dev/p/r/app:")).isEmpty();
    assertThat(ArtifactReference.parse("us-docker.pkg.dev/p/r/app@sha256:short")).isEmpty();
    assertThat(ArtifactReference.parse("us-docker.pkg.dev/p/r/" + "a".repeat(5000))).isEmpty();
    assertThat(ArtifactReference.parse("")).isEmpty();
    assertThat(ArtifactReference.parse(null)).isEmpty();
  }
}
