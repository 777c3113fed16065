package dev.aispm.collectors.gcp;

import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.notebooks.v2.NotebookServiceClient;
import com.google.cloud.notebooks.v2.NotebookServiceSettings;
import com.google.cloud.resourcemanager.v3.FoldersClient;
import com.google.cloud.resourcemanager.v3.FoldersSettings;
import com.google.cloud.resourcemanager.v3.ProjectsClient;
import com.google.cloud.resourcemanager.v3.ProjectsSettings;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/**
 * The clients of one scan, all built on one credential: Resource Manager and Workbench through
 * their HTTP/JSON transport, Cloud Storage through its JSON API, and the REST helper for the APIs
 * whose clients are gRPC-only here. Every endpoint honours the settings' override, so the
 * simulator (or a private endpoint) is reached without a code path of its own.
 */
public final class GcpClients implements AutoCloseable {
  /** The only scope the collector asks for; the role, not the scope, limits it to reading. */
  static final List<String> SCOPES = List.of("https://www.googleapis.com/auth/cloud-platform");

  private final GcpSettings settings;
  private final GoogleCredentials credentials;
  private final GcpRest rest;
  private ProjectsClient projects;
  private FoldersClient folders;
  private com.google.cloud.resourcemanager.v3.OrganizationsClient organizations;
  /** Folder and organization policies, read once per scan however many projects sit below them. */
  private final java.util.Map<String, Object> ancestorPolicies = new java.util.concurrent.ConcurrentHashMap<>();
  private NotebookServiceClient notebooks;
  private final java.util.Map<String, Storage> storage = new java.util.HashMap<>();

  GcpClients(GcpSettings settings, GoogleCredentials credentials) {
    this.settings = settings;
    this.credentials = credentials;
    this.rest = new GcpRest(credentials, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build(),
        5, Duration.ofMillis(250));
  }

  /**
   * Clients on the configured credentials.
   *
   * @throws java.io.UncheckedIOException when the credentials cannot be loaded
   */
  public static GcpClients open(GcpSettings settings) {
    try {
      return new GcpClients(settings, credentials(settings));
    } catch (IOException e) {
      throw new UncheckedIOException("Google Application Default Credentials are not usable: " + e.getMessage(), e);
    }
  }

  /** Application Default Credentials, from the configured file when one is set. */
  static GoogleCredentials credentials(GcpSettings settings) throws IOException {
    GoogleCredentials c;
    if (settings.credentialsFile() != null) {
      try (InputStream in = new FileInputStream(settings.credentialsFile())) {
        c = GoogleCredentials.fromStream(in);
      }
    } else {
      c = GoogleCredentials.getApplicationDefault();
    }
    return c.createScoped(SCOPES);
  }

  public GcpSettings settings() {
    return settings;
  }

  public GcpRest rest() {
    return rest;
  }

  /** The project id the credential belongs to, when it names one. */
  String credentialProject() {
    return credentials instanceof com.google.auth.oauth2.ServiceAccountCredentials sa ? sa.getProjectId() : null;
  }

  public synchronized ProjectsClient projects() {
    if (projects == null) {
      projects = create(() -> {
        ProjectsSettings.Builder b = ProjectsSettings.newHttpJsonBuilder()
            .setCredentialsProvider(FixedCredentialsProvider.create(credentials));
        if (settings.endpoints().resourceManager() != null) {
          b.setEndpoint(settings.endpoints().resourceManagerOrDefault());
        }
        return ProjectsClient.create(b.build());
      });
    }
    return projects;
  }

  public synchronized FoldersClient folders() {
    if (folders == null) {
      folders = create(() -> {
        FoldersSettings.Builder b = FoldersSettings.newHttpJsonBuilder()
            .setCredentialsProvider(FixedCredentialsProvider.create(credentials));
        if (settings.endpoints().resourceManager() != null) {
          b.setEndpoint(settings.endpoints().resourceManagerOrDefault());
        }
        return FoldersClient.create(b.build());
      });
    }
    return folders;
  }

  public synchronized com.google.cloud.resourcemanager.v3.OrganizationsClient organizations() {
    if (organizations == null) {
      organizations = create(() -> {
        var b = com.google.cloud.resourcemanager.v3.OrganizationsSettings.newHttpJsonBuilder()
            .setCredentialsProvider(FixedCredentialsProvider.create(credentials));
        if (settings.endpoints().resourceManager() != null) {
          b.setEndpoint(settings.endpoints().resourceManagerOrDefault());
        }
        return com.google.cloud.resourcemanager.v3.OrganizationsClient.create(b.build());
      });
    }
    return organizations;
  }

  /** What was read about a folder or organization policy, computed by {@code read} the first time it is asked for. */
  @SuppressWarnings("unchecked")
  public <T> T ancestorPolicy(String resource, java.util.function.Function<String, T> read) {
    return (T) ancestorPolicies.computeIfAbsent(resource, read);
  }

  public synchronized NotebookServiceClient notebooks() {
    if (notebooks == null) {
      notebooks = create(() -> {
        NotebookServiceSettings.Builder b = NotebookServiceSettings.newHttpJsonBuilder()
            .setCredentialsProvider(FixedCredentialsProvider.create(credentials));
        if (settings.endpoints().notebooks() != null) {
          b.setEndpoint(settings.endpoints().notebooksOrDefault());
        }
        return NotebookServiceClient.create(b.build());
      });
    }
    return notebooks;
  }

  /** A Storage client for one project: the client lists the buckets of the project it was built for. */
  public synchronized Storage storage(String projectId) {
    return storage.computeIfAbsent(projectId, p -> {
      StorageOptions.Builder b = StorageOptions.http().setCredentials(credentials).setProjectId(p);
      if (settings.endpoints().storage() != null) {
        b.setHost(settings.endpoints().storageOrDefault());
      }
      return b.build().getService();
    });
  }

  private interface Factory<T> {
    T create() throws IOException;
  }

  private static <T> T create(Factory<T> f) {
    try {
      return f.create();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    if (projects != null) {
      projects.close();
    }
    if (folders != null) {
      folders.close();
    }
    if (organizations != null) {
      organizations.close();
    }
    if (notebooks != null) {
      notebooks.close();
    }
    for (Storage s : storage.values()) {
      try {
        s.close();
      } catch (Exception e) {
        // Nothing is left to flush on a read-only client; closing only frees connections.
      }
    }
  }
}
