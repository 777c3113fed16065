package dev.aispm.collectors.azure.containerregistry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppJobSchema;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLBatchDeploymentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLEnvironmentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLOnlineDeploymentSchema;
import dev.aispm.graph.schema.azure.web.AzureFunctionAppSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadImagesTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "00000000-1111-2222-3333-444444444444", "global");

  @Test
  void environmentAndDeploymentImagesCustomContainerAppsAndJobsAreFollowedLanguageStacksAreNot() {
    GraphBatch batch = new GraphBatch();
    batch.add(AzureMLEnvironmentSchema.NODE, NodeRecord.of("env-pinned", SCOPE)
        .set("image", "acmemlregistry.azurecr.io/fraud/scoring-api@sha256:" + "a".repeat(64)).build());
    batch.add(AzureMLEnvironmentSchema.NODE, NodeRecord.of("env-built", SCOPE)
        .set("buildContextUri", "azureml://datastores/workspaceblobstore/paths/ctx/").build());
    // An online deployment carries its environment's image; one whose environment was not read has none.
    batch.add(AzureMLOnlineDeploymentSchema.NODE, NodeRecord.of("deployment-blue", SCOPE)
        .set("image", "acmemlregistry.azurecr.io/fraud/scoring-api:v2").build());
    batch.add(AzureMLOnlineDeploymentSchema.NODE, NodeRecord.of("deployment-curated", SCOPE).set("image", null).build());
    // So does a batch deployment; an MLflow one without an environment has none.
    batch.add(AzureMLBatchDeploymentSchema.NODE, NodeRecord.of("batch-nightly", SCOPE)
        .set("image", " acmemlregistry.azurecr.io/fraud/batch-scorer ").build());
    batch.add(AzureMLBatchDeploymentSchema.NODE, NodeRecord.of("batch-mlflow", SCOPE).build());
    // linuxFxVersion as App Service returns it for a custom container, and for a language stack.
    batch.add(AzureFunctionAppSchema.NODE, NodeRecord.of("app-container", SCOPE)
        .set("runtime", "DOCKER|acmemlregistry.azurecr.io/bots/router:1.4").build());
    batch.add(AzureFunctionAppSchema.NODE, NodeRecord.of("app-python", SCOPE).set("runtime", "PYTHON|3.11").build());
    batch.add(AzureFunctionAppSchema.NODE, NodeRecord.of("app-empty", SCOPE).set("runtime", "DOCKER| ").build());
    // A container app runs one image per container and init container: one workload, every reference.
    batch.add(AzureContainerAppSchema.NODE, NodeRecord.of("aca-rag", SCOPE).set("images",
        List.of("acmemlregistry.azurecr.io/rag/api:2.0", "acmemlregistry.azurecr.io/rag/warmup:1")).build());
    batch.add(AzureContainerAppSchema.NODE, NodeRecord.of("aca-none", SCOPE).set("images", List.of()).build());
    // A Container Apps job names its images the same way.
    batch.add(AzureContainerAppJobSchema.NODE, NodeRecord.of("job-nightly", SCOPE).set("images",
        List.of("acmemlregistry.azurecr.io/rag/embed:3", "acmemlregistry.azurecr.io/rag/embed:3 ")).build());

    assertThat(WorkloadImages.of(batch)).containsExactly(
        new PinnedWorkload(AzureMLEnvironmentSchema.RUNS_IMAGE, "env-pinned", SCOPE,
            List.of("acmemlregistry.azurecr.io/fraud/scoring-api@sha256:" + "a".repeat(64))),
        new PinnedWorkload(AzureMLOnlineDeploymentSchema.RUNS_IMAGE, "deployment-blue", SCOPE,
            List.of("acmemlregistry.azurecr.io/fraud/scoring-api:v2")),
        new PinnedWorkload(AzureMLBatchDeploymentSchema.RUNS_IMAGE, "batch-nightly", SCOPE,
            List.of("acmemlregistry.azurecr.io/fraud/batch-scorer")),
        new PinnedWorkload(AzureFunctionAppSchema.RUNS_IMAGE, "app-container", SCOPE,
            List.of("acmemlregistry.azurecr.io/bots/router:1.4")),
        new PinnedWorkload(AzureContainerAppSchema.RUNS_IMAGE, "aca-rag", SCOPE,
            List.of("acmemlregistry.azurecr.io/rag/api:2.0", "acmemlregistry.azurecr.io/rag/warmup:1")),
        new PinnedWorkload(AzureContainerAppJobSchema.RUNS_IMAGE, "job-nightly", SCOPE,
            List.of("acmemlregistry.azurecr.io/rag/embed:3")));
  }

  @Test
  void onlyDockerRuntimesNameAnImage() {
    assertThat(WorkloadImages.container("docker|myacr.azurecr.io/app:latest")).isEqualTo("myacr.azurecr.io/app:latest");
    assertThat(WorkloadImages.container("NODE|20-lts")).isNull();
    assertThat(WorkloadImages.container(null)).isNull();
    assertThat(WorkloadImages.container(42)).isNull();
  }
}
