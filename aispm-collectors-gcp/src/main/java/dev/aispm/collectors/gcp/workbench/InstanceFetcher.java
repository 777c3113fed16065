package dev.aispm.collectors.gcp.workbench;

import com.google.cloud.notebooks.v2.Instance;
import com.google.cloud.notebooks.v2.NotebookServiceClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Workbench (Notebooks API v2) call: every instance of a project in every zone at once, through
 * the wildcard location (notebooks.instances.list). Fetches only.
 */
public final class InstanceFetcher {
  private InstanceFetcher() {}

  public static List<Instance> list(NotebookServiceClient client, String projectId) {
    List<Instance> out = new ArrayList<>();
    client.listInstances("projects/" + projectId + "/locations/-").iterateAll().forEach(out::add);
    return out;
  }
}
