package dev.aispm.collectors.azure.containerregistry;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppJobSchema;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLBatchDeploymentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLEnvironmentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLOnlineDeploymentSchema;
import dev.aispm.graph.schema.azure.web.AzureFunctionAppSchema;
import dev.aispm.graph.write.NodeRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which container images a subscription's workloads name, read from the nodes the subscription's
 * batch already holds: an Azure ML environment version's {@code image} and a function app's
 * custom container ({@code runtime} {@code DOCKER|REFERENCE}, the site's {@code linuxFxVersion}), and
 * a container app's or Container Apps job's {@code images} (every container and init container, and
 * for an app those of older revisions still taking traffic).
 * The registry sync reads these images besides each repository's newest, since a workload pinned
 * to an older image runs that one, and links the workload to it; reading the nodes rather than the
 * answers keeps the registry sync free of the workload transformers' code. An online or batch
 * deployment carries its environment's image, so the image it runs is linked to it too.
 */
public final class WorkloadImages {
  /** How App Service names a custom container in {@code linuxFxVersion}. */
  static final String DOCKER = "DOCKER|";

  private WorkloadImages() {}

  /** The workload types whose images are followed. */
  public static List<NodeSchema> types() {
    return List.of(AzureMLEnvironmentSchema.NODE, AzureMLOnlineDeploymentSchema.NODE, AzureMLBatchDeploymentSchema.NODE,
        AzureFunctionAppSchema.NODE, AzureContainerAppSchema.NODE, AzureContainerAppJobSchema.NODE);
  }

  /**
   * The batch's workloads that name an image, in batch order. Each names one ({@code HOST/REPO:TAG}
   * or {@code HOST/REPO@DIGEST}): an environment version or online or batch deployment has one image, a function app one container; a
   * container app or job has one per container (an app's older revisions that take traffic add theirs).
   */
  public static List<PinnedWorkload> of(GraphBatch batch) {
    List<PinnedWorkload> out = new ArrayList<>();
    imageProperty(batch, AzureMLEnvironmentSchema.NODE, AzureMLEnvironmentSchema.RUNS_IMAGE, out);
    imageProperty(batch, AzureMLOnlineDeploymentSchema.NODE, AzureMLOnlineDeploymentSchema.RUNS_IMAGE, out);
    imageProperty(batch, AzureMLBatchDeploymentSchema.NODE, AzureMLBatchDeploymentSchema.RUNS_IMAGE, out);
    for (NodeRecord a : batch.nodes(AzureFunctionAppSchema.NODE)) {
      String image = container(a.properties().get("runtime"));
      if (image != null) {
        out.add(new PinnedWorkload(AzureFunctionAppSchema.RUNS_IMAGE, a.id(), a.scope(), List.of(image)));
      }
    }
    imagesProperty(batch, AzureContainerAppSchema.NODE, AzureContainerAppSchema.RUNS_IMAGE, out);
    imagesProperty(batch, AzureContainerAppJobSchema.NODE, AzureContainerAppJobSchema.RUNS_IMAGE, out);
    return out;
  }

  /** The workloads of {@code type} whose {@code images} property names one image per container. */
  private static void imagesProperty(GraphBatch batch, NodeSchema type, RelSchema runsImage, List<PinnedWorkload> out) {
    for (NodeRecord a : batch.nodes(type)) {
      if (a.properties().get("images") instanceof List<?> images && !images.isEmpty()) {
        List<String> refs = images.stream().map(Object::toString).map(String::strip).filter(i -> !i.isEmpty())
            .distinct().toList();
        if (!refs.isEmpty()) {
          out.add(new PinnedWorkload(runsImage, a.id(), a.scope(), refs));
        }
      }
    }
  }

  /** The workloads of {@code type} whose {@code image} property names an image. */
  private static void imageProperty(GraphBatch batch, NodeSchema type, RelSchema runsImage, List<PinnedWorkload> out) {
    for (NodeRecord w : batch.nodes(type)) {
      if (w.properties().get("image") instanceof String image && !image.isBlank()) {
        out.add(new PinnedWorkload(runsImage, w.id(), w.scope(), List.of(image.strip())));
      }
    }
  }

  /** The image of a {@code DOCKER|REFERENCE} runtime, null for a language stack ({@code PYTHON|3.11}). */
  static String container(Object runtime) {
    if (!(runtime instanceof String r) || !r.toUpperCase(Locale.ROOT).startsWith(DOCKER)) {
      return null;
    }
    String image = r.substring(DOCKER.length()).strip();
    return image.isEmpty() ? null : image;
  }
}
