package dev.aispm.collectors.aws.images;

import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ecs.ServiceSchema;
import dev.aispm.graph.schema.aws.ecs.TaskDefinitionSchema;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelSchema;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Reads which images one region's workloads name, from the graph, through the properties the
 * schema declares for them. Both the ECR sync (to read the images workloads pin, not only the
 * newest) and the link step read the same references, so neither depends on the workload syncs'
 * code, only on their nodes being written first.
 */
public final class WorkloadImages {
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

  private WorkloadImages() {}

  /** The workload types that name images. */
  public static List<NodeSchema> types() {
    return SOURCES.stream().map(Source::type).toList();
  }

  /**
   * The workloads of {@code scope} that name at least one image.
   *
   * @param scanId when not null, only the workloads this scan wrote (a workload kept from an
   *               earlier scan because its listing failed now says nothing about the registry)
   */
  public static List<PinnedWorkload> read(Session s, ScopeKey scope, String scanId) {
    List<PinnedWorkload> out = new ArrayList<>();
    for (Source src : SOURCES) {
      Map<String, Object> params = new HashMap<>();
      params.put("scope", scope.key());
      params.put("props", src.properties());
      params.put("scanId", scanId);
      s.run("MATCH (w:" + src.type().type() + ") WHERE w.scope = $scope AND w.stub IS NULL "
              + "AND ($scanId IS NULL OR w.lastScanId = $scanId) "
              + "RETURN w.id AS id, [p IN $props | w[p]] AS refs", params)
          .forEachRemaining(r -> {
            List<String> refs = first(r.get("refs"));
            if (!refs.isEmpty()) {
              out.add(new PinnedWorkload(src.edge(), r.get("id").asString(), scope, refs));
            }
          });
    }
    return out;
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
