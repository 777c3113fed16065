package dev.aispm.collectors.aws.images;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.images.ImageLinks.EcrImage;
import dev.aispm.collectors.aws.images.ImageLinks.Workload;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ecr.ContainerImageSchema;
import dev.aispm.graph.schema.aws.ecs.ServiceSchema;
import dev.aispm.graph.schema.aws.ecs.TaskDefinitionSchema;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Links one region's workloads to the ECR images they run, once every sync of the region has
 * written its nodes: the workloads' image references and the images (of any scanned region, when
 * already read) come from the graph, through the properties the schema declares for them, so
 * neither sync depends on the other's order or code.
 */
public final class ImageLinkSync {
  /**
   * A workload type, its {@code RUNS_IMAGE} edge and the properties naming its images (the first
   * one present is used: a Lambda function's resolved digest beats the tag it was created from).
   */
  record Source(NodeSchema type, RelSchema edge, List<String> properties) {}

  static final List<Source> SOURCES = List.of(
      new Source(LambdaFunctionSchema.NODE, LambdaFunctionSchema.RUNS_IMAGE, List.of("resolvedImageUri", "imageUri")),
      new Source(ModelSchema.NODE, ModelSchema.RUNS_IMAGE, List.of("containerImages")),
      new Source(TaskDefinitionSchema.NODE, TaskDefinitionSchema.RUNS_IMAGE, List.of("containerImages")),
      new Source(ServiceSchema.NODE, ServiceSchema.RUNS_IMAGE, List.of("containerImages")));

  private ImageLinkSync() {}

  public static void sync(AwsScope scope) {
    Instant start = Instant.now();
    try (Session s = scope.context().graph().session()) {
      List<Workload> workloads = new ArrayList<>();
      for (Source src : SOURCES) {
        s.run("MATCH (w:" + src.type().type() + ") WHERE w.scope = $scope AND w.stub IS NULL "
                + "RETURN w.id AS id, [p IN $props | w[p]] AS refs",
                Map.of("scope", scope.key().key(), "props", src.properties()))
            .forEachRemaining(r -> {
              List<String> refs = first(r.get("refs"));
              if (!refs.isEmpty()) {
                workloads.add(new Workload(src.edge(), r.get("id").asString(), scope.key(), refs));
              }
            });
      }
      Set<String> repos = new LinkedHashSet<>();
      workloads.forEach(w -> w.references().forEach(ref ->
          ImageReference.parse(ref).ifPresent(p -> repos.add(p.repository()))));
      if (repos.isEmpty()) {
        return;
      }
      List<EcrImage> images = s.run("MATCH (i:" + ContainerImageSchema.NODE.type() + ") WHERE i.stub IS NULL "
              + "AND toLower(i.repositoryUri) IN $repos RETURN i.id AS id, i.repositoryUri AS uri, i.digest AS digest, "
              + "coalesce(i.tags, []) AS tags", Map.of("repos", List.copyOf(repos)))
          .list(r -> new EcrImage(r.get("id").asString(), r.get("uri").asString(), r.get("digest").asString(null),
              r.get("tags").asList(Value::asString)));
      ImageLinks.link(workloads, images).load(scope.context().writer(), scope.context().tag());
    } catch (RuntimeException e) {
      // Unlinked this scan is not "runs no image": keep the edges the workloads' last cleanup would drop.
      for (Source src : SOURCES) {
        scope.context().ledger().failed(scope.key(), src.type(), "link images", e.getClass().getSimpleName() + ": "
            + e.getMessage(), null, Duration.between(start, Instant.now()));
      }
    }
  }

  /** The first non-empty of the properties, as a list of references. */
  private static List<String> first(Value values) {
    for (Value v : values.values()) {
      if (v.isNull()) {
        continue;
      }
      List<String> refs = v.type().name().startsWith("LIST")
          ? v.asList(Value::asString) : List.of(v.asString());
      if (!refs.isEmpty()) {
        return refs;
      }
    }
    return List.of();
  }
}
