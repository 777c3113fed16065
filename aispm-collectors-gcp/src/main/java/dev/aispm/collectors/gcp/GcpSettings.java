package dev.aispm.collectors.gcp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the GCP collector reads from the environment: which projects to scan, which Vertex AI
 * locations, where the credential file is, and the per-service endpoint overrides that point the
 * clients at a fake (the simulator) or a private endpoint.
 *
 * <p>The environment comes as a map, not from {@link System#getenv()}, because the demo and the
 * tests configure one process's collector without changing the process environment; that is also
 * why the credential file and the storage emulator host are read here and handed to the clients
 * explicitly instead of letting the libraries look them up.
 *
 * @param projects        explicit project ids (AISPM_GCP_PROJECTS), empty: discover
 * @param organization    organizations/N whose projects to scan (AISPM_GCP_ORGANIZATION)
 * @param folder          folders/N whose projects to scan (AISPM_GCP_FOLDER)
 * @param defaultProject  GOOGLE_CLOUD_PROJECT, the fallback when nothing can be listed
 * @param locations       Vertex AI locations (GCP_AIPLATFORM_LOCATIONS), empty: every location Vertex lists
 * @param credentialsFile GOOGLE_APPLICATION_CREDENTIALS, null: the other Application Default Credentials
 * @param concurrency     projects collected at once (AISPM_GCP_CONCURRENCY)
 * @param runLocations    Cloud Run regions (GCP_RUN_LOCATIONS), empty: the Vertex AI locations
 * @param contentBudget   bounds of the Cloud Functions source read (AISPM_CONTENT_MAX_BYTES_PER_OBJECT...)
 * @param imageBudget     Artifact Registry images read per project and bytes per image
 *                        (AISPM_IMAGE_MAX_PER_REGION, AISPM_IMAGE_MAX_BYTES)
 */
public record GcpSettings(List<String> projects, String organization, String folder, String defaultProject,
    List<String> locations, String credentialsFile, int concurrency, Endpoints endpoints, List<String> runLocations,
    dev.aispm.collectors.content.ContentBudget contentBudget,
    dev.aispm.collectors.content.image.ImageBudget imageBudget) {

  /** Base URLs of the Google APIs; each null means the public Google endpoint. */
  public record Endpoints(String resourceManager, String aiplatform, String notebooks, String storage,
      String iam, String compute, String serviceUsage, String logging, String artifactRegistry,
      String artifactRegistryDocker, String cloudFunctions, String run) {

    /** Resource Manager base URL. */
    public String resourceManagerOrDefault() {
      return or(resourceManager, "https://cloudresourcemanager.googleapis.com");
    }

    /** Vertex AI base URL for one location (the regional host, as Vertex AI requires). */
    public String aiplatformFor(String location) {
      return or(aiplatform, location == null ? "https://aiplatform.googleapis.com"
          : "https://" + location + "-aiplatform.googleapis.com");
    }

    public String notebooksOrDefault() {
      return or(notebooks, "https://notebooks.googleapis.com");
    }

    public String storageOrDefault() {
      return or(storage, "https://storage.googleapis.com");
    }

    public String iamOrDefault() {
      return or(iam, "https://iam.googleapis.com");
    }

    public String computeOrDefault() {
      return or(compute, "https://compute.googleapis.com");
    }

    public String serviceUsageOrDefault() {
      return or(serviceUsage, "https://serviceusage.googleapis.com");
    }

    /** Cloud Logging base URL (audit logs for misuse detection). */
    public String loggingOrDefault() {
      return or(logging, "https://logging.googleapis.com");
    }

    /** Artifact Registry API base URL (repositories, Docker images, IAM policies). */
    public String artifactRegistryOrDefault() {
      return or(artifactRegistry, "https://artifactregistry.googleapis.com");
    }

    /**
     * Base URL of the Docker registry API images of {@code location} are pulled from:
     * {@code https://LOCATION-docker.pkg.dev}, or the override (which then serves every location).
     */
    public String artifactRegistryDockerFor(String location) {
      return or(artifactRegistryDocker, "https://" + location + "-docker.pkg.dev");
    }

    /** Cloud Functions base URL (GCP_CLOUDFUNCTIONS_ENDPOINT). */
    public String cloudFunctionsOrDefault() {
      return or(cloudFunctions, "https://cloudfunctions.googleapis.com");
    }

    /** Cloud Run Admin API base URL (GCP_RUN_ENDPOINT). */
    public String runOrDefault() {
      return or(run, "https://run.googleapis.com");
    }

    private static String or(String value, String fallback) {
      String v = value == null ? fallback : value;
      return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }
  }

  public GcpSettings {
    projects = List.copyOf(projects);
    locations = List.copyOf(locations);
    runLocations = List.copyOf(runLocations);
    if (concurrency < 1) {
      throw new IllegalArgumentException("AISPM_GCP_CONCURRENCY must be at least 1");
    }
  }

  /**
   * Reads the settings.
   *
   * @throws IllegalArgumentException for a malformed value
   */
  public static GcpSettings fromEnvironment(Map<String, String> env) {
    String organization = blankToNull(env.get("AISPM_GCP_ORGANIZATION"));
    if (organization != null && !organization.startsWith("organizations/")) {
      organization = "organizations/" + organization;
    }
    String folder = blankToNull(env.get("AISPM_GCP_FOLDER"));
    if (folder != null && !folder.startsWith("folders/")) {
      folder = "folders/" + folder;
    }
    List<String> locations = list(env.get("GCP_AIPLATFORM_LOCATIONS"));
    if (locations.isEmpty()) {
      locations = list(env.get("GCP_AIPLATFORM_LOCATION"));
    }
    String storage = blankToNull(env.get("GCP_STORAGE_ENDPOINT"));
    if (storage == null && blankToNull(env.get("STORAGE_EMULATOR_HOST")) != null) {
      String host = env.get("STORAGE_EMULATOR_HOST").strip();
      storage = host.contains("://") ? host : "http://" + host;
    }
    int concurrency;
    try {
      concurrency = Integer.parseInt(env.getOrDefault("AISPM_GCP_CONCURRENCY", "4").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("AISPM_GCP_CONCURRENCY is not a number: " + env.get("AISPM_GCP_CONCURRENCY"));
    }
    return new GcpSettings(list(env.get("AISPM_GCP_PROJECTS")), organization, folder,
        blankToNull(env.get("GOOGLE_CLOUD_PROJECT")), locations,
        blankToNull(env.get("GOOGLE_APPLICATION_CREDENTIALS")), concurrency,
        new Endpoints(blankToNull(env.get("GCP_RESOURCEMANAGER_ENDPOINT")), blankToNull(env.get("GCP_AIPLATFORM_ENDPOINT")),
            blankToNull(env.get("GCP_NOTEBOOKS_ENDPOINT")), storage, blankToNull(env.get("GCP_IAM_ENDPOINT")),
            blankToNull(env.get("GCP_COMPUTE_ENDPOINT")), blankToNull(env.get("GCP_SERVICEUSAGE_ENDPOINT")),
            blankToNull(env.get("GCP_LOGGING_ENDPOINT")), blankToNull(env.get("GCP_ARTIFACTREGISTRY_ENDPOINT")),
            blankToNull(env.get("GCP_ARTIFACTREGISTRY_DOCKER_ENDPOINT")), blankToNull(env.get("GCP_CLOUDFUNCTIONS_ENDPOINT")),
            blankToNull(env.get("GCP_RUN_ENDPOINT"))),
        list(env.get("GCP_RUN_LOCATIONS")), dev.aispm.collectors.content.ContentBudget.fromEnvironment(env),
        dev.aispm.collectors.content.image.ImageBudget.fromEnvironment(env));
  }

  private static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
