package dev.aispm.collectors.gcp.images;

import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.functions.CloudFunctionSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunJobSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexCustomJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexHyperparameterTuningJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexModelSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexNasJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexPipelineJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexTrainingPipelineSchema;
import dev.aispm.graph.schema.gcp.workbench.WorkbenchInstanceSchema;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Reads which images one project's workloads name, from the graph, through the properties the
 * schema declares for them. The Artifact Registry sync (to read the images workloads pin, not only
 * each image path's newest) and the link step read the same references, so neither depends on the
 * workload syncs' code, only on their nodes being written first.
 */
public final class WorkloadImages {
  /** A workload type, its {@code RUNS_IMAGE} edge and the property naming its images (a string or a list). */
  record Source(NodeSchema type, RelSchema edge, String property) {}

  static final List<Source> SOURCES = List.of(
      new Source(VertexModelSchema.NODE, VertexModelSchema.RUNS_IMAGE, "containerImage"),
      new Source(VertexCustomJobSchema.NODE, VertexCustomJobSchema.RUNS_IMAGE, "images"),
      new Source(VertexHyperparameterTuningJobSchema.NODE, VertexHyperparameterTuningJobSchema.RUNS_IMAGE, "images"),
      new Source(VertexNasJobSchema.NODE, VertexNasJobSchema.RUNS_IMAGE, "images"),
      new Source(VertexTrainingPipelineSchema.NODE, VertexTrainingPipelineSchema.RUNS_IMAGE, "images"),
      new Source(VertexPipelineJobSchema.NODE, VertexPipelineJobSchema.RUNS_IMAGE, "images"),
      new Source(CloudRunServiceSchema.NODE, CloudRunServiceSchema.RUNS_IMAGE, "images"),
      new Source(CloudRunJobSchema.NODE, CloudRunJobSchema.RUNS_IMAGE, "images"),
      new Source(CloudFunctionSchema.NODE, CloudFunctionSchema.RUNS_IMAGE, "images"),
      new Source(WorkbenchInstanceSchema.NODE, WorkbenchInstanceSchema.RUNS_IMAGE, "containerImage"));

  private WorkloadImages() {}

  /** The workload types that name images. */
  public static List<NodeSchema> types() {
    return SOURCES.stream().map(Source::type).toList();
  }

  /**
   * The workloads of {@code project} that name at least one image.
   *
   * @param scanId when not null, only the workloads this scan wrote (a workload kept from an
   *               earlier scan because its listing failed now says nothing about the registry)
   */
  public static List<PinnedWorkload> read(Session s, String project, String scanId) {
    List<PinnedWorkload> out = new ArrayList<>();
    for (Source src : SOURCES) {
      Map<String, Object> params = new HashMap<>();
      params.put("project", project);
      params.put("prop", src.property());
      params.put("scanId", scanId);
      s.run("MATCH (w:" + src.type().type() + ") WHERE w.provider = 'gcp' AND w.account = $project "
              + "AND w.stub IS NULL AND ($scanId IS NULL OR w.lastScanId = $scanId) AND w[$prop] IS NOT NULL "
              + "RETURN w.id AS id, w.scope AS scope, w[$prop] AS refs", params)
          .forEachRemaining(r -> {
            List<String> refs = references(r.get("refs"));
            ScopeKey scope = scope(r.get("scope").asString(null));
            if (!refs.isEmpty() && scope != null) {
              out.add(new PinnedWorkload(src.edge(), r.get("id").asString(), scope, refs));
            }
          });
    }
    return out;
  }

  private static List<String> references(Value v) {
    if (v.isNull()) {
      return List.of();
    }
    return v.type().name().startsWith("LIST") ? v.asList(Value::asString) : List.of(v.asString());
  }

  /** The scope a node was written in ({@code gcp/PROJECT/REGION}); null when it is not one. */
  static ScopeKey scope(String key) {
    if (key == null) {
      return null;
    }
    String[] parts = key.split("/");
    if (parts.length != 3) {
      return null;
    }
    try {
      return new ScopeKey(parts[0], parts[1], parts[2]);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
