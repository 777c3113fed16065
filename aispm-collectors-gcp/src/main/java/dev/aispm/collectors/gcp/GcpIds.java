package dev.aispm.collectors.gcp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Node ids of Google resources: the Cloud Asset Inventory "full resource name"
 * ({@code //SERVICE.googleapis.com/RELATIVE_NAME}), unique across services and projects, plus the
 * parsing of gs:// URIs and service-account e-mails that links resources to one another.
 */
public final class GcpIds {
  private static final Pattern GS = Pattern.compile("^gs://([a-z0-9][a-z0-9._-]{1,221}[a-z0-9])(?:/(.*))?$");
  private static final Pattern DEFAULT_COMPUTE = Pattern.compile("^(\\d+)-compute@developer\\.gserviceaccount\\.com$");

  private GcpIds() {}

  /**
   * The single Internet node, in the scope the AWS collector writes it in, so that two providers
   * writing it never move it between scopes.
   */
  public static dev.aispm.graph.write.NodeRecord internet() {
    return dev.aispm.graph.write.NodeRecord.of(dev.aispm.graph.schema.common.CommonSchemas.INTERNET_ID,
        new dev.aispm.graph.write.ScopeKey("common", "internet", dev.aispm.graph.write.ScopeKey.GLOBAL)).build();
  }

  public static String project(String projectId) {
    return "//cloudresourcemanager.googleapis.com/projects/" + projectId;
  }

  /** A Vertex AI resource, from its relative name (projects/N/locations/L/...). */
  public static String aiplatform(String name) {
    return "//aiplatform.googleapis.com/" + name;
  }

  public static String notebooks(String name) {
    return "//notebooks.googleapis.com/" + name;
  }

  /**
   * A service account by e-mail. E-mails are globally unique, and the wildcard project form is one
   * the IAM API itself accepts, so a job in one project naming an account of another yields the
   * same id as the account's own project scan.
   */
  public static String serviceAccount(String email) {
    return "//iam.googleapis.com/projects/-/serviceAccounts/" + email;
  }

  /** An IAM policy member that is not a scanned project's service account, by its policy spelling. */
  public static String member(String member) {
    return "gcp-member:" + member;
  }

  public static String serviceAccountKey(String email, String keyId) {
    return serviceAccount(email) + "/keys/" + keyId;
  }

  public static String bucket(String name) {
    return "//storage.googleapis.com/projects/_/buckets/" + name;
  }

  public static String network(String projectId, String name) {
    return "//compute.googleapis.com/projects/" + projectId + "/global/networks/" + name;
  }

  public static String firewall(String projectId, String name) {
    return "//compute.googleapis.com/projects/" + projectId + "/global/firewalls/" + name;
  }

  /** A Compute Engine VM, by project, zone and name. */
  public static String computeInstance(String projectId, String zone, String name) {
    return "//compute.googleapis.com/projects/" + projectId + "/zones/" + zone + "/instances/" + name;
  }

  /** The last path segment of a resource name or URL. */
  public static String lastSegment(String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  /** A parsed gs:// URI. */
  public record GsUri(String bucket, String key) {}

  /** Parses a gs:// URI, or null when it is not one. */
  public static GsUri gs(String uri) {
    if (uri == null) {
      return null;
    }
    Matcher m = GS.matcher(uri.strip());
    return m.matches() ? new GsUri(m.group(1), m.group(2) == null ? "" : m.group(2)) : null;
  }

  /** Whether the e-mail is a Compute Engine default service account. */
  public static boolean isDefaultComputeAccount(String email) {
    return email != null && DEFAULT_COMPUTE.matcher(email).matches();
  }

  /** The default compute account of a project number. */
  public static String defaultComputeAccount(String projectNumber) {
    return projectNumber + "-compute@developer.gserviceaccount.com";
  }

  /** The empty string the proto getters return for an unset field becomes null. */
  public static String nullIfEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
