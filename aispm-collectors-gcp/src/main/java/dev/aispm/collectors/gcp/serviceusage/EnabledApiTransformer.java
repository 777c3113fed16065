package dev.aispm.collectors.gcp.serviceusage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** Picks the AI APIs out of a project's enabled services. */
public final class EnabledApiTransformer {
  /** The APIs whose presence says a project does AI work. */
  public static final Set<String> AI_APIS = Set.of("aiplatform.googleapis.com", "generativelanguage.googleapis.com",
      "notebooks.googleapis.com", "discoveryengine.googleapis.com");

  private EnabledApiTransformer() {}

  public static List<String> aiApis(List<JsonNode> services) {
    return services.stream()
        .map(s -> s.path("config").path("name").asText(lastSegment(s.path("name").asText(""))))
        .filter(AI_APIS::contains)
        .sorted().distinct().toList();
  }

  /** The enabled services among {@code wanted} (workload APIs such as Cloud Functions and Cloud Run). */
  public static List<String> among(List<JsonNode> services, Set<String> wanted) {
    return services.stream()
        .map(s -> s.path("config").path("name").asText(lastSegment(s.path("name").asText(""))))
        .filter(wanted::contains)
        .sorted().distinct().toList();
  }

  private static String lastSegment(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
