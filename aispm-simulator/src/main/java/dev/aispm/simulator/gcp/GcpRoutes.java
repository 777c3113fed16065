package dev.aispm.simulator.gcp;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST paths of the Google APIs the collector calls, as their references define them, mapped
 * to planted answer files and to the permission each call needs. The services are told apart by
 * path alone (Resource Manager v3, Workbench v2, Cloud Functions v2, Cloud Run v2, Storage JSON v1,
 * Compute v1, and the v1 paths of
 * Vertex AI, IAM and Service Usage, which differ in their collection names), so one port serves
 * them all.
 */
final class GcpRoutes {
  private record Rule(String method, Pattern path, String permission, String file) {}

  private static final String P = "([^/:]+)";
  private static final String AR = "/artifactregistry/v1/projects/" + P + "/locations";
  private static final List<Rule> RULES = List.of(
      // Artifact Registry, under the prefix its endpoint override carries in the simulator: its v1
      // paths (projects/*/locations) are the same as Vertex AI's.
      new Rule("GET", Pattern.compile(AR), "artifactregistry.locations.list", "artifactregistry/projects/{1}/locations"),
      new Rule("GET", Pattern.compile(AR + "/" + P + "/repositories"), "artifactregistry.repositories.list",
          "artifactregistry/projects/{1}/locations/{2}/repositories"),
      new Rule("GET", Pattern.compile(AR + "/" + P + "/repositories/" + P + ":getIamPolicy"),
          "artifactregistry.repositories.getIamPolicy", "artifactregistry/projects/{1}/locations/{2}/repositories/{3}/iamPolicy"),
      new Rule("GET", Pattern.compile("/v3/projects:search"), "resourcemanager.projects.get", "resourcemanager/search"),
      new Rule("GET", Pattern.compile("/v3/projects"), "resourcemanager.projects.list", "resourcemanager/{parent}/projects"),
      new Rule("GET", Pattern.compile("/v3/folders"), "resourcemanager.folders.list", "resourcemanager/{parent}/folders"),
      new Rule("GET", Pattern.compile("/v3/projects/" + P), "resourcemanager.projects.get", "resourcemanager/projects/{1}"),
      new Rule("POST", Pattern.compile("/v3/projects/" + P + ":getIamPolicy"), "resourcemanager.projects.getIamPolicy",
          "resourcemanager/projects/{1}/iamPolicy"),
      new Rule("POST", Pattern.compile("/v3/folders/" + P + ":getIamPolicy"), "resourcemanager.folders.getIamPolicy",
          "resourcemanager/folders/{1}/iamPolicy"),
      new Rule("POST", Pattern.compile("/v3/organizations/" + P + ":getIamPolicy"),
          "resourcemanager.organizations.getIamPolicy", "resourcemanager/organizations/{1}/iamPolicy"),
      new Rule("GET", Pattern.compile("/v1/projects/" + P + "/services"), "serviceusage.services.list",
          "serviceusage/projects/{1}/services"),
      new Rule("GET", Pattern.compile("/v1/projects/" + P + "/serviceAccounts"), "iam.serviceAccounts.list",
          "iam/projects/{1}/serviceAccounts"),
      new Rule("GET", Pattern.compile("/v1/projects/" + P + "/serviceAccounts/" + P + "/keys"), "iam.serviceAccountKeys.list",
          "iam/projects/{1}/serviceAccounts/{2}/keys"),
      // The policy on the account as a resource: a read, though IAM exposes it as POST ...:getIamPolicy.
      new Rule("POST", Pattern.compile("/v1/projects/" + P + "/serviceAccounts/" + P + ":getIamPolicy"),
          "iam.serviceAccounts.getIamPolicy", "iam/projects/{1}/serviceAccounts/{2}/iamPolicy"),
      new Rule("GET", Pattern.compile("/v1/projects/" + P + "/roles"), "iam.roles.list", "iam/projects/{1}/roles"),
      new Rule("GET", Pattern.compile("/v1/organizations/" + P + "/roles"), "iam.roles.list", "iam/organizations/{1}/roles"),
      new Rule("GET", Pattern.compile("/v1/projects/" + P + "/locations"), "aiplatform.locations.list",
          "aiplatform/projects/{1}/locations"),
      new Rule("GET", Pattern.compile("/v1/projects/" + P + "/locations/" + P + "/" + P), "aiplatform.{3}.list",
          "aiplatform/projects/{1}/locations/{2}/{3}"),
      new Rule("GET", Pattern.compile("/v2/projects/" + P + "/locations/-/functions"), "cloudfunctions.functions.list",
          "cloudfunctions/projects/{1}/functions"),
      new Rule("GET", Pattern.compile("/v2/projects/" + P + "/locations/" + P + "/services"), "run.services.list",
          "run/projects/{1}/locations/{2}/services"),
      // Cloud Run v2 reads a service's policy with GET (v1 and most APIs use POST).
      new Rule("GET", Pattern.compile("/v2/projects/" + P + "/locations/" + P + "/services/" + P + ":getIamPolicy"),
          "run.services.getIamPolicy", "run/projects/{1}/locations/{2}/services/{3}/iamPolicy"),
      new Rule("GET", Pattern.compile("/v2/projects/" + P + "/locations/" + P + "/jobs"), "run.jobs.list",
          "run/projects/{1}/locations/{2}/jobs"),
      new Rule("GET", Pattern.compile("/v2/projects/" + P + "/locations/" + P + "/services/" + P + "/revisions"),
          "run.revisions.list", "run/projects/{1}/locations/{2}/services/{3}/revisions"),
      new Rule("GET", Pattern.compile("/v2/projects/" + P + "/locations/" + P + "/instances"), "notebooks.instances.list",
          "notebooks/projects/{1}/instances"),
      new Rule("GET", Pattern.compile("/compute/v1/projects/" + P + "/global/firewalls"), "compute.firewalls.list",
          "compute/projects/{1}/firewalls"),
      new Rule("GET", Pattern.compile("/compute/v1/projects/" + P + "/global/routes"), "compute.routes.list",
          "compute/projects/{1}/routes"),
      // Every zone's VMs at once: the aggregated list answers a map of zone to its instances.
      new Rule("GET", Pattern.compile("/compute/v1/projects/" + P + "/aggregated/instances"), "compute.instances.list",
          "compute/projects/{1}/instances"),
      new Rule("GET", Pattern.compile("/storage/v1/b"), "storage.buckets.list", "storage/projects/{project}/buckets"),
      new Rule("GET", Pattern.compile("/storage/v1/b/" + P + "/iam"), "storage.buckets.getIamPolicy",
          "storage/buckets/{1}/iam"),
      new Rule("GET", Pattern.compile("/storage/v1/b/" + P + "/acl"), "storage.buckets.getIamPolicy",
          "storage/buckets/{1}/acl"));

  private GcpRoutes() {}

  /** The route of a request, or empty for a path no collector call uses. */
  static Optional<GcpRoute> route(String method, String url) {
    int q = url.indexOf('?');
    String path = URLDecoder.decode(q < 0 ? url : url.substring(0, q), StandardCharsets.UTF_8);
    String query = q < 0 ? "" : url.substring(q + 1);
    for (Rule r : RULES) {
      Matcher m = r.path().matcher(path);
      if (!r.method().equals(method) || !m.matches()) {
        continue;
      }
      String file = r.file();
      String permission = r.permission();
      for (int i = 1; i <= m.groupCount(); i++) {
        file = file.replace("{" + i + "}", m.group(i));
        permission = permission.replace("{" + i + "}", m.group(i));
      }
      String parent = param(query, "parent");
      String project = m.groupCount() > 0 && path.contains("/projects/") ? m.group(1) : param(query, "project");
      if (file.contains("{parent}")) {
        if (parent == null) {
          return Optional.empty();
        }
        file = file.replace("{parent}", parent);
      }
      if (file.contains("{project}")) {
        if (project == null) {
          return Optional.empty();
        }
        file = file.replace("{project}", project);
      }
      if (path.startsWith("/storage/v1/b/")) {
        // Bucket calls name no project; the fake looks the owner up from the planted bucket lists.
        project = null;
      }
      return Optional.of(new GcpRoute(permission, file, project));
    }
    return Optional.empty();
  }

  static String param(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
