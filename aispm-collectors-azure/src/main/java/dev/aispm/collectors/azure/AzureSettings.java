package dev.aispm.collectors.azure;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Azure collector's configuration, read from the environment. Credentials are not here: they
 * come from DefaultAzureCredential, fed the same environment (AZURE_TENANT_ID, AZURE_CLIENT_ID,
 * AZURE_CLIENT_SECRET, AZURE_AUTHORITY_HOST, workload and managed identity, Azure CLI).
 *
 * @param resourceManagerEndpoint ARM endpoint, AZURE_RESOURCE_MANAGER_ENDPOINT (public cloud by default)
 * @param subscriptions           AISPM_AZURE_SUBSCRIPTIONS, empty: every subscription the credential sees
 * @param truststore              AISPM_AZURE_TRUSTSTORE: PKCS12/JKS file whose certificates replace the JDK's for Azure calls
 * @param truststorePassword      AISPM_AZURE_TRUSTSTORE_PASSWORD
 * @param concurrency             AISPM_AZURE_CONCURRENCY, subscriptions collected at once
 * @param maxRetries              AISPM_AZURE_MAX_RETRIES, retries of a throttled or failed call
 * @param environment             the whole environment, from which the credential reads AZURE_* settings
 * @param readAppSettings         AISPM_AZURE_READ_APP_SETTINGS: read function apps' app settings (names and
 *                                the run-from-package URL only), which needs a permission that also reveals
 *                                their values; off by default
 */
public record AzureSettings(String resourceManagerEndpoint, Set<String> subscriptions, String truststore,
    String truststorePassword, int concurrency, int maxRetries, Map<String, String> environment,
    boolean readAppSettings) {

  public static final String PUBLIC_CLOUD = "https://management.azure.com/";

  public AzureSettings {
    subscriptions = Set.copyOf(subscriptions);
    environment = Map.copyOf(environment);
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException("AISPM_AZURE_CONCURRENCY must be 1..64, was " + concurrency);
    }
    if (maxRetries < 0 || maxRetries > 20) {
      throw new IllegalArgumentException("AISPM_AZURE_MAX_RETRIES must be 0..20, was " + maxRetries);
    }
    if (!resourceManagerEndpoint.startsWith("https://")) {
      throw new IllegalArgumentException("AZURE_RESOURCE_MANAGER_ENDPOINT must be https (the SDK sends tokens over TLS only)");
    }
  }

  public static AzureSettings fromEnvironment(Map<String, String> env) {
    String endpoint = blankToNull(env.get("AZURE_RESOURCE_MANAGER_ENDPOINT"));
    Set<String> subscriptions = new LinkedHashSet<>();
    String list = blankToNull(env.get("AISPM_AZURE_SUBSCRIPTIONS"));
    if (list != null) {
      Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
          .map(s -> s.toLowerCase(Locale.ROOT)).forEach(subscriptions::add);
    }
    return new AzureSettings(endpoint == null ? PUBLIC_CLOUD : endpoint, subscriptions,
        blankToNull(env.get("AISPM_AZURE_TRUSTSTORE")), env.get("AISPM_AZURE_TRUSTSTORE_PASSWORD"),
        integer(env, "AISPM_AZURE_CONCURRENCY", 4), integer(env, "AISPM_AZURE_MAX_RETRIES", 5), env,
        bool(env, "AISPM_AZURE_READ_APP_SETTINGS", false));
  }

  private static boolean bool(Map<String, String> env, String name, boolean fallback) {
    String v = blankToNull(env.get(name));
    if (v == null) {
      return fallback;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false, was '" + v + "'");
    };
  }

  /**
   * AISPM_AZURE_ACR_ENDPOINT: the base URL every container registry's data plane (token exchange,
   * catalog, manifests, blobs) is reached at instead of {@code https://LOGIN_SERVER}, for a proxy
   * or the simulator; null when unset. Node ids keep the registry's own login server.
   */
  public String acrEndpoint() {
    return blankToNull(environment.get("AISPM_AZURE_ACR_ENDPOINT"));
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String v = blankToNull(env.get(name));
    try {
      return v == null ? fallback : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, was '" + v + "'");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
