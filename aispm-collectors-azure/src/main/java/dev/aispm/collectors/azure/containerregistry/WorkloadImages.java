package dev.aispm.collectors.azure.containerregistry;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLEnvironmentSchema;
import dev.aispm.graph.schema.azure.web.AzureFunctionAppSchema;
import dev.aispm.graph.write.NodeRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which container images a subscription's workloads name, read from the nodes the subscription's
 * batch already holds: an Azure ML environment version's {@code image} and a function app's
 * custom container ({@code runtime} {@code DOCKER|REFERENCE}, the site's {@code linuxFxVersion}).
 * The registry sync reads these images besides each repository's newest, since a workload pinned
 * to an older image runs that one, and links the workload to it; reading the nodes rather than the
 * answers keeps the registry sync free of the workload transformers' code.
 */
public final class WorkloadImages {
  /** How App Service names a custom container in {@code linuxFxVersion}. */
  static final String DOCKER = "DOCKER|";

  /**
   * One image reference of one workload.
   *
   * @param edge      the workload's {@code RUNS_IMAGE} relationship
   * @param id        the workload's node id
   * @param reference the image as the workload names it ({@code HOST/REPO:TAG} or {@code HOST/REPO@DIGEST})
   */
  public record Workload(RelSchema edge, String id, String reference) {}

  private WorkloadImages() {}

  /** The workload types whose images are followed. */
  public static List<NodeSchema> types() {
    return List.of(AzureMLEnvironmentSchema.NODE, AzureFunctionAppSchema.NODE);
  }

  /** Every image reference the batch's workloads carry, in batch order. */
  public static List<Workload> of(GraphBatch batch) {
    List<Workload> out = new ArrayList<>();
    for (NodeRecord e : batch.nodes(AzureMLEnvironmentSchema.NODE)) {
      if (e.properties().get("image") instanceof String image && !image.isBlank()) {
        out.add(new Workload(AzureMLEnvironmentSchema.RUNS_IMAGE, e.id(), image.strip()));
      }
    }
    for (NodeRecord a : batch.nodes(AzureFunctionAppSchema.NODE)) {
      String image = container(a.properties().get("runtime"));
      if (image != null) {
        out.add(new Workload(AzureFunctionAppSchema.RUNS_IMAGE, a.id(), image));
      }
    }
    return out;
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
