package dev.aispm.collectors.aws.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.images.ImageLinks.EcrImage;
import dev.aispm.collectors.content.image.ImageReference;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.graph.schema.aws.ecs.TaskDefinitionSchema;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Image references as Lambda, SageMaker and ECS name them, resolved against the ECR images read. */
class ImageLinksTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  static final String REPO = "111111111111.dkr.ecr.us-east-1.amazonaws.com/support/ticket-triage";
  static final String DIGEST = "sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270";
  static final EcrImage NEWEST = new EcrImage(REPO + "@" + DIGEST, REPO, DIGEST, List.of("latest", "1.4.0"));

  @Test
  void referencesAreSplitAsContainerRuntimesReadThem() {
    assertThat(ImageReference.parse(REPO + ":1.4.0")).contains(new ImageReference(REPO, "1.4.0", null));
    assertThat(ImageReference.parse(REPO + "@" + DIGEST)).contains(new ImageReference(REPO, null, DIGEST));
    assertThat(ImageReference.parse(REPO + ":1.4.0@" + DIGEST)).contains(new ImageReference(REPO, "1.4.0", DIGEST));
    // a registry port is not a tag
    assertThat(ImageReference.parse("registry.local:5000/ml/app")).contains(
        new ImageReference("registry.local:5000/ml/app", null, null));
    assertThat(ImageReference.parse("vllm/vllm-openai")).hasValueSatisfying(r ->
        assertThat(r.tagOrLatest()).isEqualTo("latest"));
    assertThat(ImageReference.parse(" ")).isEmpty();
    assertThat(ImageReference.parse("repo@nodigest")).isEmpty();
  }

  @Test
  void aDigestLinksExactlyThatImageAndATagTheImageCarryingIt() {
    WriteBatch out = ImageLinks.link(List.of(
        new PinnedWorkload(LambdaFunctionSchema.RUNS_IMAGE, "fn", SCOPE, List.of(REPO + "@" + DIGEST)),
        new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "td-tag", SCOPE, List.of("vllm/vllm-openai:v0.4.2", REPO + ":1.4.0")),
        new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "td-latest", SCOPE, List.of(REPO.toUpperCase()))),
        List.of(NEWEST));
    assertThat(out.rels(LambdaFunctionSchema.RUNS_IMAGE)).extracting(RelRecord::fromId, RelRecord::toId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("fn", NEWEST.id()));
    assertThat(out.rels(TaskDefinitionSchema.RUNS_IMAGE)).extracting(RelRecord::fromId)
        .containsExactly("td-tag", "td-latest");
  }

  @Test
  void anImageNotReadOrATagItDoesNotCarryIsNotLinked() {
    WriteBatch out = ImageLinks.link(List.of(
        new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "old-tag", SCOPE, List.of(REPO + ":0.9.0")),
        new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "old-digest", SCOPE, List.of(REPO + "@sha256:00")),
        new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "public", SCOPE, List.of("ollama/ollama:0.1.32"))),
        List.of(NEWEST));
    assertThat(out.rels(TaskDefinitionSchema.RUNS_IMAGE)).isEmpty();
  }
}
