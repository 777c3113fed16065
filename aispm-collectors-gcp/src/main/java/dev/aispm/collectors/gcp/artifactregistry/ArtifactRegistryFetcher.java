package dev.aispm.collectors.gcp.artifactregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.gcp.GcpRest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads Artifact Registry's REST API v1 (no client library here speaks it): locations,
 * repositories, Docker images and a repository's IAM policy; calls only, no reshaping.
 */
public final class ArtifactRegistryFetcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArtifactRegistryFetcher() {}

  /** The location ids Artifact Registry serves the project in. */
  public static List<String> locations(GcpRest rest, String base, String project) {
    return rest.listJson(base + "/v1/projects/" + project + "/locations", "locations").stream()
        .map(l -> l.path("locationId").asText("")).filter(l -> !l.isEmpty()).toList();
  }

  /** Every repository of the project in one location, of every format. */
  public static List<JsonNode> repositories(GcpRest rest, String base, String project, String location) {
    return rest.listJson(base + "/v1/projects/" + project + "/locations/" + location + "/repositories",
        "repositories");
  }

  /** Every Docker image (manifest) of a repository, by its resource name. */
  public static List<JsonNode> dockerImages(GcpRest rest, String base, String repository) {
    return rest.listJson(base + "/v1/" + repository + "/dockerImages?pageSize=1000", "dockerImages");
  }

  /** The repository's own IAM policy (the project's bindings apply on top). */
  public static JsonNode iamPolicy(GcpRest rest, String base, String repository) {
    try {
      return JSON.readTree(rest.get(base + "/v1/" + repository + ":getIamPolicy"));
    } catch (IOException e) {
      throw new UncheckedIOException("the IAM policy of " + repository + " is not JSON", e);
    }
  }
}
