package dev.aispm.collectors.aws;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to scan in AWS and how hard to push: the regions (or all enabled ones), the cross-account
 * role, the parallelism, and S3 addressing. Credentials and endpoints are deliberately not here:
 * they come from the SDK's own configuration (default credential chain, profiles,
 * {@code AWS_ENDPOINT_URL*}), so aispm behaves like every other AWS tool on the machine.
 *
 * @param regions             regions to scan; empty means every region EC2 reports as enabled
 * @param roleName            role to assume in each organization account; null scans only the
 *                            account of the configured credentials
 * @param externalId          external id required by the role's trust policy, or null
 * @param concurrency         accounts x regions collected at once
 * @param describeConcurrency per-resource Describe/Get calls in flight at once, over all scopes
 * @param s3PathStyle         true or false forces S3 path-style addressing; null decides from the
 *                            endpoint override (path-style for an IP address or localhost)
 * @param s3EndpointOverride  the S3 endpoint override found in the environment, if any
 */
public record AwsSettings(List<String> regions, String roleName, String externalId, int concurrency,
    int describeConcurrency, Boolean s3PathStyle, String s3EndpointOverride) {

  public static final int DEFAULT_CONCURRENCY = 4;
  public static final int DEFAULT_DESCRIBE_CONCURRENCY = 32;

  public AwsSettings {
    regions = List.copyOf(regions);
    if (concurrency < 1 || describeConcurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
  }

  /**
   * Reads {@code AISPM_AWS_REGIONS}, {@code AISPM_AWS_ROLE_NAME}, {@code AISPM_AWS_EXTERNAL_ID},
   * {@code AISPM_AWS_CONCURRENCY}, {@code AISPM_AWS_DESCRIBE_CONCURRENCY} and
   * {@code AISPM_AWS_S3_PATH_STYLE} from {@code env}; the S3 endpoint override is taken from
   * {@code AWS_ENDPOINT_URL_S3} or {@code AWS_ENDPOINT_URL} there, or else from the SDK's system
   * properties.
   */
  public static AwsSettings fromEnvironment(Map<String, String> env) {
    List<String> regions = Arrays.stream(env.getOrDefault("AISPM_AWS_REGIONS", "").split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).toList();
    String role = blankToNull(env.get("AISPM_AWS_ROLE_NAME"));
    String externalId = blankToNull(env.get("AISPM_AWS_EXTERNAL_ID"));
    int concurrency = positiveInt(env, "AISPM_AWS_CONCURRENCY", DEFAULT_CONCURRENCY);
    int describe = positiveInt(env, "AISPM_AWS_DESCRIBE_CONCURRENCY", DEFAULT_DESCRIBE_CONCURRENCY);
    String pathStyle = blankToNull(env.get("AISPM_AWS_S3_PATH_STYLE"));
    Boolean forced = pathStyle == null ? null : Boolean.parseBoolean(pathStyle.toLowerCase(Locale.ROOT));
    String override = firstNonBlank(env.get("AWS_ENDPOINT_URL_S3"), System.getProperty("aws.endpointUrlS3"),
        env.get("AWS_ENDPOINT_URL"), System.getProperty("aws.endpointUrl"));
    return new AwsSettings(regions, role, externalId, concurrency, describe, forced, override);
  }

  /** Settings for the current account only, in the given regions. */
  public static AwsSettings regions(String... regions) {
    return fromEnvironment(Map.of("AISPM_AWS_REGIONS", String.join(",", regions)));
  }

  /** Whether S3 must be addressed path-style: forced, or because its endpoint cannot take a bucket host prefix. */
  public boolean usePathStyle() {
    if (s3PathStyle != null) {
      return s3PathStyle;
    }
    return endpointIsLocal(s3EndpointOverride);
  }

  /** Whether an endpoint URL names an IP address or localhost, which no bucket name can prefix. */
  public static boolean endpointIsLocal(String url) {
    if (url == null) {
      return false;
    }
    String host;
    try {
      host = URI.create(url.trim()).getHost();
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (host == null) {
      return false;
    }
    return host.equals("localhost") || host.endsWith(".localhost")
        || host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("[") || host.contains(":");
  }

  /** The same settings with another parallelism, for the benchmark. */
  public AwsSettings withConcurrency(int scopes, int describes) {
    return new AwsSettings(regions, roleName, externalId, scopes, describes, s3PathStyle, s3EndpointOverride);
  }

  private static int positiveInt(Map<String, String> env, String name, int fallback) {
    String v = blankToNull(env.get(name));
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, was " + v, e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }
}
