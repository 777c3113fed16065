package dev.aispm.collectors.azure.arm;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.util.Configuration;
import com.azure.core.util.ConfigurationBuilder;
import com.azure.core.util.ConfigurationSource;
import com.azure.identity.DefaultAzureCredentialBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the one SDK pipeline a scan uses: DefaultAzureCredential fed from the scan's environment
 * (so a demo or a test can point it at a fake authority without touching the process), retries
 * that honour Retry-After on 429 and back off on 5xx, and the JDK HTTP client, optionally trusting
 * an extra truststore (a private CA, or the simulator's certificate).
 */
public final class ArmPipeline {
  private ArmPipeline() {}

  /** The HTTP client: JDK, with the configured truststore when one is set. */
  public static HttpClient httpClient(String truststore, String truststorePassword) {
    java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder();
    if (truststore != null) {
      jdk.sslContext(sslContext(Path.of(truststore), truststorePassword));
    }
    return new JdkHttpClientBuilder(jdk).connectionTimeout(Duration.ofSeconds(20))
        .responseTimeout(Duration.ofSeconds(120)).build();
  }

  /**
   * A plain JDK HTTP client with the same trust, for the data planes the SDK pipeline does not
   * speak (a container registry's token exchange and distribution API). Redirects are left to the
   * caller, which must not forward credentials to a blob store.
   */
  public static java.net.http.HttpClient jdkHttpClient(String truststore, String truststorePassword) {
    java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(20)).followRedirects(java.net.http.HttpClient.Redirect.NEVER);
    if (truststore != null) {
      jdk.sslContext(sslContext(Path.of(truststore), truststorePassword));
    }
    return jdk.build();
  }

  /** The credential chain of every Azure SDK, reading AZURE_* settings from {@code environment}. */
  public static TokenCredential credential(Map<String, String> environment, HttpClient client) {
    Map<String, String> azure = new java.util.HashMap<>();
    environment.forEach((k, v) -> {
      if (k.startsWith("AZURE_") || k.startsWith("IDENTITY_") || k.startsWith("MSI_")) {
        azure.put(k, v);
      }
    });
    ConfigurationSource none = path -> Map.of();
    ConfigurationSource env = path -> azure;
    Configuration configuration = new ConfigurationBuilder(none, none, env).build();
    DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder()
        .configuration(configuration).httpClient(client);
    String authority = azure.get("AZURE_AUTHORITY_HOST");
    if (authority != null && !authority.isBlank()) {
      builder.authorityHost(authority);
      if (!isMicrosoftAuthority(authority)) {
        // MSAL validates unknown authorities against the public cloud's discovery endpoint;
        // with a private authority (sovereign proxy, test fake) no call may leave for it.
        builder.disableInstanceDiscovery();
      }
    }
    String tenant = azure.get("AZURE_TENANT_ID");
    if (tenant != null && !tenant.isBlank()) {
      builder.tenantId(tenant);
    }
    return builder.build();
  }

  static boolean isMicrosoftAuthority(String authority) {
    String host = java.net.URI.create(authority).getHost();
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.endsWith("login.microsoftonline.com") || host.endsWith("login.microsoftonline.us")
        || host.endsWith("login.chinacloudapi.cn") || host.endsWith("login.partner.microsoftonline.cn");
  }

  /** The ARM pipeline: token for {@code endpoint/.default}, request ids, retries, user agent. */
  public static HttpPipeline pipeline(HttpClient client, TokenCredential credential, String endpoint, int maxRetries) {
    String audience = (endpoint.endsWith("/") ? endpoint : endpoint + "/") + ".default";
    RetryOptions retry = new RetryOptions(new ExponentialBackoffOptions().setMaxRetries(maxRetries)
        .setBaseDelay(Duration.ofMillis(200)).setMaxDelay(Duration.ofSeconds(30)));
    return new HttpPipelineBuilder()
        .httpClient(client)
        .policies(new UserAgentPolicy("aispm"), new RequestIdPolicy(), new RetryPolicy(retry),
            new BearerTokenAuthenticationPolicy(credential, audience))
        .build();
  }

  private static SSLContext sslContext(Path truststore, String password) {
    try (InputStream in = Files.newInputStream(truststore)) {
      KeyStore ks = KeyStore.getInstance(truststore.toString().endsWith(".jks") ? "JKS" : "PKCS12");
      ks.load(in, password == null ? null : password.toCharArray());
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (Exception e) {
      throw new IllegalArgumentException("AISPM_AZURE_TRUSTSTORE cannot be read: " + e.getMessage(), e);
    }
  }
}
