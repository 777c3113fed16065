package dev.aispm.collectors.gcp.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.gcp.GcpRest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Cloud Run Admin API v2 calls: the services of one region (run.services.list; v2 accepts no
 * wildcard region), one service's IAM policy (run.services.getIamPolicy, a GET in v2) and one
 * service's revisions (run.revisions.list), read only for a service whose traffic reaches a
 * revision other than its latest ready one, and the jobs of one region (run.jobs.list). Fetches only.
 */
public final class CloudRunFetcher {
  public static final String LIST = "run.services.list";
  public static final String GET_IAM_POLICY = "run.services.getIamPolicy";
  public static final String LIST_REVISIONS = "run.revisions.list";
  public static final String LIST_JOBS = "run.jobs.list";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CloudRunFetcher() {}

  public static List<JsonNode> services(GcpRest rest, String base, String projectId, String location) {
    return rest.listJson(base + "/v2/projects/" + projectId + "/locations/" + location + "/services", "services");
  }

  /** @param name the service's full name, projects/P/locations/L/services/S */
  public static JsonNode iamPolicy(GcpRest rest, String base, String name) {
    try {
      return JSON.readTree(rest.get(base + "/v2/" + name + ":getIamPolicy"));
    } catch (IOException e) {
      throw new UncheckedIOException("IAM policy of " + name + " is not JSON", e);
    }
  }

  /** @param name the service's full name, projects/P/locations/L/services/S; every page is followed */
  public static List<JsonNode> revisions(GcpRest rest, String base, String name) {
    return rest.listJson(base + "/v2/" + name + "/revisions", "revisions");
  }

  public static List<JsonNode> jobs(GcpRest rest, String base, String projectId, String location) {
    return rest.listJson(base + "/v2/projects/" + projectId + "/locations/" + location + "/jobs", "jobs");
  }
}
