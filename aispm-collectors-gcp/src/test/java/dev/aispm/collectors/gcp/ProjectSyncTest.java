package dev.aispm.collectors.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactRepositorySchema;
import dev.aispm.graph.schema.gcp.functions.CloudFunctionSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.schema.gcp.workbench.WorkbenchInstanceSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which types a project's disabled APIs mark as collected, so that cleanup removes what they held. */
class ProjectSyncTest {
  @Test
  void aProjectWithEveryApiOnMarksNothingAhead() {
    Read<List<String>> all = Read.of(List.of(ProjectSync.AIPLATFORM, ProjectSync.NOTEBOOKS,
        ProjectSync.ARTIFACTREGISTRY, ProjectSync.CLOUDFUNCTIONS, ProjectSync.RUN));
    assertThat(ProjectSync.typesOfDisabledApis(all)).isEmpty();
  }

  @Test
  void theTypesOfAnApiTheProjectDoesNotHaveAreCollectedAsNone() {
    assertThat(ProjectSync.typesOfDisabledApis(Read.of(List.of(ProjectSync.RUN))))
        .containsExactlyInAnyOrder(WorkbenchInstanceSchema.NODE, GcpArtifactRepositorySchema.NODE,
            GcpArtifactImageSchema.NODE);
    assertThat(ProjectSync.typesOfDisabledApis(Read.of(List.of())))
        .containsExactlyInAnyOrder(WorkbenchInstanceSchema.NODE, GcpArtifactRepositorySchema.NODE,
            GcpArtifactImageSchema.NODE, CloudFunctionSchema.NODE, CloudRunServiceSchema.NODE);
  }

  @Test
  void unreadableServiceUsageMarksNothing() {
    assertThat(ProjectSync.typesOfDisabledApis(Read.unknown())).isEmpty();
  }
}
