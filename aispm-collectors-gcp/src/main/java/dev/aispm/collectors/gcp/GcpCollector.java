package dev.aispm.collectors.gcp;

import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.collectors.content.image.RegistryClient;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import com.google.cloud.resourcemanager.v3.Project;
import dev.aispm.collectors.gcp.resourcemanager.ProjectFetcher;
import dev.aispm.collectors.gcp.resourcemanager.ProjectTransformer;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.schema.gcp.project.GcpProjectSchema;
import dev.aispm.graph.write.ScopeKey;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Session;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.gcp.functions.FunctionSourceReader;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Google Cloud collector: Vertex AI, Workbench and Colab Enterprise with the buckets, service
 * accounts and firewalls around them, for a list of projects, a folder, an organization or every
 * project the credential can see, several projects at once.
 *
 * <p>A project that denies the scanner (or one API of it) is recorded on the ledger with the
 * missing permission and the other projects complete; stale cleanup leaves the failed scopes alone.
 */
public final class GcpCollector implements AccountScopedCollector {
  private static final Logger LOG = LoggerFactory.getLogger(GcpCollector.class);

  private final GcpSettings settings;
  private final ImageReader images;
  private final FunctionSourceReader functionSources;
  private final CodePackageScan codeScan;
  private final java.net.http.HttpClient registryHttp = RegistryClient.defaultHttp();

  /** A collector reading images and function sources with the installed scanners and the budgets of its settings. */
  public GcpCollector(GcpSettings settings) {
    this(settings, CodePackageScan.withDefaults(ContentScanEngine.withInstalledScanners(ScanLimits.defaults()),
        settings.contentBudget()));
  }

  private GcpCollector(GcpSettings settings, CodePackageScan codeScan) {
    this(settings, new ImageReader(codeScan, settings.imageBudget()),
        new FunctionSourceReader(codeScan), codeScan);
  }

  /**
   * @param images          reads the newest Artifact Registry images within the image budget
   * @param functionSources reads Cloud Functions' source archives
   * @param codeScan        the AI catalogue, advisories and per-object budget Workbench post-startup scripts are read with
   */
  public GcpCollector(GcpSettings settings, ImageReader images, FunctionSourceReader functionSources,
      CodePackageScan codeScan) {
    this.settings = settings;
    this.images = images;
    this.functionSources = functionSources;
    this.codeScan = codeScan;
  }

  @Override
  public String provider() {
    return "gcp";
  }

  @Override
  public void collect(CollectionContext context) {
    collect(context, null);
  }

  @Override
  public void collect(CollectionContext context, Set<String> only) {
    GcpClients clients;
    try {
      clients = new GcpClients(settings, GcpClients.credentials(settings));
    } catch (IOException | RuntimeException e) {
      context.ledger().failed(new ScopeKey("gcp", "unknown", ScopeKey.GLOBAL), null, "credentials",
          "Google Application Default Credentials are not usable: " + e.getMessage(), null, Duration.ZERO);
      LOG.warn("GCP credentials are not usable: {}", e.getMessage());
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), r -> {
      Thread t = new Thread(r, "gcp-project");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<String, String> folderParents = new java.util.concurrent.ConcurrentHashMap<>();
      List<GcpProject> projects = projects(clients, context, only, folderParents);
      AtomicInteger done = new AtomicInteger();
      List<CompletableFuture<Void>> work = new ArrayList<>();
      for (GcpProject p : projects) {
        work.add(CompletableFuture.runAsync(() -> {
          GcpScope scope = new GcpScope(new ScopeKey("gcp", p.projectId(), ScopeKey.GLOBAL), p, clients, context,
              ancestors(p.parent(), folderParents));
          try {
            ProjectSync.sync(scope, images, registryHttp, functionSources, codeScan);
          } catch (RuntimeException e) {
            LOG.warn("collection of GCP project {} failed unexpectedly", p.projectId(), e);
            context.ledger().failed(scope.key(), null, "collect", e.getClass().getSimpleName() + ": " + e.getMessage(),
                null, Duration.ZERO);
          }
          context.progress().step("gcp", "projects collected", done.incrementAndGet(), projects.size());
        }, pool));
      }
      CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
      derive(context, projects.stream().map(GcpProject::projectId).toList());
    } finally {
      pool.shutdownNow();
      clients.close();
    }
  }

  /** The projects to scan: the list, the folder or organization, else all visible, else the default project. */
  List<GcpProject> projects(GcpClients clients, CollectionContext context, Set<String> only,
      Map<String, String> folderParents) {
    ScopeKey scope = new ScopeKey("gcp", settings.organization() != null ? settings.organization().replace("/", "-")
        : settings.folder() != null ? settings.folder().replace("/", "-") : "projects", ScopeKey.GLOBAL);
    Map<String, GcpProject> found = new LinkedHashMap<>();
    Instant start = Instant.now();
    List<String> wanted = only != null ? List.copyOf(only) : settings.projects();
    try {
      if (!wanted.isEmpty()) {
        for (String id : wanted) {
          Instant one = Instant.now();
          try {
            found.put(id, ProjectTransformer.target(ProjectFetcher.get(clients.projects(), id)));
          } catch (RuntimeException e) {
            GcpFailures.Failure f = GcpFailures.describe(e, "resourcemanager.projects.get");
            context.ledger().failed(new ScopeKey("gcp", id, ScopeKey.GLOBAL), GcpProjectSchema.NODE,
                "resourcemanager.projects.get", f.error(), f.missingPermission(), Duration.between(one, Instant.now()));
          }
        }
        return List.copyOf(found.values());
      }
      List<Project> listed;
      String parent = settings.folder() != null ? settings.folder() : settings.organization();
      listed = parent != null ? ProjectFetcher.under(clients.projects(), clients.folders(), parent, folderParents)
          : ProjectFetcher.search(clients.projects());
      for (Project p : listed) {
        if (ProjectTransformer.active(p)) {
          GcpProject t = ProjectTransformer.target(p);
          found.put(t.projectId(), t);
        }
      }
      context.ledger().succeeded(scope, GcpProjectSchema.NODE, found.size(), Duration.between(start, Instant.now()));
    } catch (RuntimeException e) {
      String permission = settings.folder() != null || settings.organization() != null
          ? "resourcemanager.projects.list" : "resourcemanager.projects.get";
      GcpFailures.Failure f = GcpFailures.describe(e, permission);
      context.ledger().failed(scope, null, permission, f.error(), f.missingPermission(),
          Duration.between(start, Instant.now()));
    }
    if (found.isEmpty()) {
      String fallback = settings.defaultProject() != null ? settings.defaultProject() : clients.credentialProject();
      if (fallback != null) {
        found.put(fallback, new GcpProject(fallback, null, null, null, null));
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * The folders and organization above a project, nearest first, as far as the listing showed them;
   * a project named explicitly knows only its direct parent.
   */
  static List<String> ancestors(String parent, Map<String, String> folderParents) {
    List<String> out = new ArrayList<>();
    String p = parent;
    while (p != null && !p.isEmpty() && !out.contains(p)) {
      out.add(p);
      p = folderParents.get(p);
    }
    return out;
  }

  /** Facts that need every project written first: which accounts and buckets AI workloads use. */
  static void derive(CollectionContext context, List<String> projects) {
    try (Session s = context.graph().session()) {
      s.executeWriteWithoutResult(tx -> {
        tx.run("""
            MATCH (a:GCPServiceAccount) WHERE a.account IN $projects AND a.stub IS NULL
            SET a.usedByAi = EXISTS { MATCH (a)<-[:RUNS_AS]-(:Asset) }
            """, Map.of("projects", projects)).consume();
        tx.run("""
            MATCH (b:GCSBucket) WHERE b.account IN $projects AND b.stub IS NULL
            SET b.usedByAi = EXISTS {
              MATCH (b)<-[:IN_BUCKET]-(o)<-[r]-(:Asset)
              WHERE type(r) IN ['READS', 'WRITES', 'PRODUCED', 'USES_ARTIFACT']
            }
            """, Map.of("projects", projects)).consume();
      });
    }
  }
}
