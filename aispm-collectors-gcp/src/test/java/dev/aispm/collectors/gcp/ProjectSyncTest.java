package dev.aispm.collectors.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactRepositorySchema;
import dev.aispm.graph.schema.gcp.compute.ComputeInstanceSchema;
import dev.aispm.graph.schema.gcp.functions.CloudFunctionSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunJobSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.schema.gcp.workbench.WorkbenchInstanceSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which types a project's disabled APIs mark as collected, so that cleanup removes what they held. */
class ProjectSyncTest {
  @Test
  void aProjectWithEveryApiOnMarksNothingAhead() {
    Read<List<String>> all = Read.of(List.of(ProjectSync.AIPLATFORM, ProjectSync.NOTEBOOKS,
        ProjectSync.ARTIFACTREGISTRY, ProjectSync.CLOUDFUNCTIONS, ProjectSync.RUN, ProjectSync.COMPUTE));
    assertThat(ProjectSync.typesOfDisabledApis(all)).isEmpty();
  }

  @Test
  void theTypesOfAnApiTheProjectDoesNotHaveAreCollectedAsNone() {
    assertThat(ProjectSync.typesOfDisabledApis(Read.of(List.of(ProjectSync.RUN, ProjectSync.COMPUTE))))
        .containsExactlyInAnyOrder(WorkbenchInstanceSchema.NODE, GcpArtifactRepositorySchema.NODE,
            GcpArtifactImageSchema.NODE);
    assertThat(ProjectSync.typesOfDisabledApis(Read.of(List.of())))
        .containsExactlyInAnyOrder(WorkbenchInstanceSchema.NODE, GcpArtifactRepositorySchema.NODE,
            GcpArtifactImageSchema.NODE, CloudFunctionSchema.NODE, CloudRunServiceSchema.NODE, CloudRunJobSchema.NODE,
            ComputeInstanceSchema.NODE);
  }

  @Test
  void aProjectWithoutTheComputeApiHasNoVms() {
    assertThat(ProjectSync.typesOfDisabledApis(Read.of(List.of(ProjectSync.AIPLATFORM, ProjectSync.NOTEBOOKS,
        ProjectSync.ARTIFACTREGISTRY, ProjectSync.CLOUDFUNCTIONS, ProjectSync.RUN))))
        .containsExactly(ComputeInstanceSchema.NODE);
  }

  @Test
  void unreadableServiceUsageMarksNothing() {
    assertThat(ProjectSync.typesOfDisabledApis(Read.unknown())).isEmpty();
  }

  @Test
  void vertexTurnedOffIsCollectedAsNoneInEveryLocationItWasFoundIn() {
    var marked = ProjectSync.typesOfDisabledVertex(Read.of(List.of(ProjectSync.RUN)),
        List.of("us-central1", "europe-west4", "global"));
    assertThat(marked.keySet()).containsExactly("europe-west4", "us-central1");
    assertThat(marked.get("us-central1")).isEqualTo(dev.aispm.collectors.gcp.vertex.VertexSync.TYPES)
        .contains(dev.aispm.graph.schema.gcp.vertex.VertexModelSchema.NODE,
            dev.aispm.graph.schema.gcp.vertex.ColabRuntimeSchema.NODE);
  }

  @Test
  void vertexOnOrUnknownMarksNoLocation() {
    assertThat(ProjectSync.typesOfDisabledVertex(Read.of(List.of(ProjectSync.AIPLATFORM)), List.of("us-central1")))
        .isEmpty();
    assertThat(ProjectSync.typesOfDisabledVertex(Read.unknown(), List.of("us-central1"))).isEmpty();
  }
}
