package dev.aispm.collectors.gcp.resourcemanager;

import com.google.cloud.resourcemanager.v3.Project;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.collectors.gcp.GcpProject;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.project.GcpProjectSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;

/** Turns Resource Manager projects into scan targets and project nodes. */
public final class ProjectTransformer {
  private ProjectTransformer() {}

  /** The scan target of a listed project; its name is projects/NUMBER. */
  public static GcpProject target(Project p) {
    if (p.getProjectId().isEmpty()) {
      throw new IllegalStateException("project without an id: " + p.getName());
    }
    String number = p.getName().startsWith("projects/") ? p.getName().substring("projects/".length()) : null;
    return new GcpProject(p.getProjectId(), number, GcpIds.nullIfEmpty(p.getDisplayName()),
        GcpIds.nullIfEmpty(p.getParent()), p.getState().name());
  }

  /** The project node; {@code enabledAiApis} unknown leaves the property unset. */
  public static NodeRecord node(GcpProject p, Read<List<String>> enabledAiApis) {
    return NodeRecord.of(GcpIds.project(p.projectId()), new ScopeKey("gcp", p.projectId(), ScopeKey.GLOBAL))
        .set("name", p.projectId())
        .set("displayName", p.displayName())
        .set("projectNumber", p.projectNumber())
        .set("parent", p.parent())
        .set("state", p.state())
        .set("enabledAiApis", enabledAiApis.known() ? enabledAiApis.value() : null)
        .set("scanned", true)
        .build();
  }

  /** Keeps only the listed projects that are active: a project pending deletion answers nothing. */
  public static boolean active(Project p) {
    return p.getState() == Project.State.ACTIVE || p.getState() == Project.State.STATE_UNSPECIFIED;
  }
}
