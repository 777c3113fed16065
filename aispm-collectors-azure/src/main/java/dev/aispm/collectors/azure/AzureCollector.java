package dev.aispm.collectors.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import dev.aispm.collectors.azure.containerregistry.ContainerRegistrySync;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.image.ImageBudget;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import dev.aispm.collectors.azure.arm.ArmException;
import dev.aispm.collectors.azure.arm.ArmPipeline;
import dev.aispm.collectors.azure.arm.Json;
import dev.aispm.collectors.azure.resources.SubscriptionFetcher;
import dev.aispm.collectors.azure.resources.SubscriptionTransformer;
import dev.aispm.collectors.azure.storage.BlobClients;
import dev.aispm.collectors.azure.storage.BlobStore;
import dev.aispm.collectors.azure.web.FunctionAppSync;
import dev.aispm.collectors.azure.web.FunctionPackageReader;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.azure.resources.AzureSubscriptionSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.GraphWriter;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects every subscription the credential sees (or those named in AISPM_AZURE_SUBSCRIPTIONS)
 * into the graph, a few subscriptions at a time. It only ever sends GET requests to ARM.
 */
public final class AzureCollector implements AccountScopedCollector {
  public static final String PROVIDER = "azure";
  /** Scope of failures that belong to no subscription (the subscription list itself). */
  static final ScopeKey TENANT_SCOPE = new ScopeKey(PROVIDER, "tenant", ScopeKey.GLOBAL);
  private static final ScopeKey INTERNET_SCOPE = new ScopeKey("common", "internet", ScopeKey.GLOBAL);
  private static final Logger LOG = LoggerFactory.getLogger(AzureCollector.class);

  private final AzureSettings settings;
  private final ImageReader images;
  private final CodePackageScan codeScan;

  /** A collector whose image and code package reading take their budgets from the process environment. */
  public AzureCollector(AzureSettings settings) {
    this(settings, CodePackageScan.withDefaults(ContentScanEngine.withInstalledScanners(ScanLimits.defaults()),
        ContentBudget.fromEnvironment(settings.environment())));
  }

  private AzureCollector(AzureSettings settings, CodePackageScan codeScan) {
    this(settings, new ImageReader(codeScan, ImageBudget.fromEnvironment(settings.environment())), codeScan);
  }

  /**
   * @param images   reads the newest container registry images within the image budget
   * @param codeScan reads function apps' code packages
   */
  public AzureCollector(AzureSettings settings, ImageReader images, CodePackageScan codeScan) {
    this.settings = settings;
    this.images = images;
    this.codeScan = codeScan;
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public void collect(CollectionContext context) {
    collect(context, Set.of());
  }

  @Override
  public void collect(CollectionContext context, Set<String> accounts) {
    HttpClient client = ArmPipeline.httpClient(settings.truststore(), settings.truststorePassword());
    TokenCredential credential = ArmPipeline.credential(settings.environment(), client);
    ArmClient arm = new ArmClient(ArmPipeline.pipeline(client, credential, settings.resourceManagerEndpoint(),
        settings.maxRetries()), settings.resourceManagerEndpoint());
    String audience = (settings.resourceManagerEndpoint().endsWith("/") ? settings.resourceManagerEndpoint()
        : settings.resourceManagerEndpoint() + "/") + ".default";
    ContainerRegistrySync.DataPlane registries = new ContainerRegistrySync.DataPlane(
        ArmPipeline.jdkHttpClient(settings.truststore(), settings.truststorePassword()), settings.acrEndpoint(),
        () -> entraToken(credential, audience));
    List<JsonNode> subscriptions = subscriptions(arm, context);
    // A per-account run (a schedule for one subscription) scans exactly those; otherwise the setting decides.
    Set<String> wanted = new java.util.HashSet<>();
    if (accounts.isEmpty()) {
      wanted.addAll(settings.subscriptions());
    } else {
      accounts.forEach(a -> wanted.add(a.toLowerCase(Locale.ROOT)));
    }
    List<JsonNode> selected = new ArrayList<>();
    for (JsonNode sub : subscriptions) {
      String id = Json.text(sub, "subscriptionId");
      if (id != null && (wanted.isEmpty() || wanted.contains(id.toLowerCase(Locale.ROOT))) && SubscriptionTransformer.active(sub)) {
        selected.add(sub);
      }
    }
    for (String w : wanted) {
      if (subscriptions.stream().noneMatch(s -> w.equalsIgnoreCase(Json.text(s, "subscriptionId")))) {
        context.ledger().failed(new ScopeKey(PROVIDER, w, ScopeKey.GLOBAL), null, "Microsoft.Resources/subscriptions/read",
            "subscription " + w + " is not visible to the credential", "Microsoft.Resources/subscriptions/read", Duration.ZERO);
      }
    }
    context.writer().upsertNodes(CommonSchemas.INTERNET, List.of(NodeRecord.of(CommonSchemas.INTERNET_ID, INTERNET_SCOPE).build()),
        context.tag());
    HttpClient blobHttp = ArmPipeline.httpClient(settings.truststore(), settings.truststorePassword());
    TokenCredential blobCredential = ArmPipeline.credential(settings.environment(), blobHttp);
    Map<String, BlobStore> stores = new ConcurrentHashMap<>();
    BiFunction<String, String, BlobStore> storeFor = (account, endpoint) -> stores.computeIfAbsent(account,
        a -> new BlobStore(BlobClients.service(endpoint, blobHttp, blobCredential, settings.maxRetries()), a));
    FunctionPackageReader packages = new FunctionPackageReader(codeScan);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.concurrency(), Math.max(1, selected.size())));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (JsonNode sub : selected) {
        running.add(pool.submit(() -> collectSubscription(sub, arm, registries, context, packages, storeFor)));
      }
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (Exception e) {
          LOG.warn("azure subscription collection ended with an error: {}", e.toString());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The ARM client of a scan: the JDK HTTP client, DefaultAzureCredential and the retrying pipeline. */
  public static ArmClient arm(AzureSettings settings) {
    HttpClient client = ArmPipeline.httpClient(settings.truststore(), settings.truststorePassword());
    TokenCredential credential = ArmPipeline.credential(settings.environment(), client);
    return new ArmClient(ArmPipeline.pipeline(client, credential, settings.resourceManagerEndpoint(),
        settings.maxRetries()), settings.resourceManagerEndpoint());
  }

  private List<JsonNode> subscriptions(ArmClient arm, CollectionContext context) {
    long start = System.nanoTime();
    try {
      return new SubscriptionFetcher(arm).subscriptions();
    } catch (ArmException e) {
      context.ledger().failed(TENANT_SCOPE, null, e.action(), e.getMessage(), e.missingPermission(),
          Duration.ofNanos(System.nanoTime() - start));
      return List.of();
    }
  }

  /** An Entra ID access token of the scan's credential; a credential failure is an I/O failure of the caller. */
  private static String entraToken(TokenCredential credential, String audience) throws java.io.IOException {
    try {
      return credential.getTokenSync(new TokenRequestContext().addScopes(audience)).getToken();
    } catch (RuntimeException e) {
      throw new java.io.IOException("no Entra ID token for the registry exchange: " + e.getMessage(), e);
    }
  }

  private void collectSubscription(JsonNode sub, ArmClient arm, ContainerRegistrySync.DataPlane registries,
      CollectionContext context, FunctionPackageReader packages, BiFunction<String, String, BlobStore> stores) {
    long start = System.nanoTime();
    String id = Json.text(sub, "subscriptionId");
    AzureScope scope = new AzureScope(id, Json.text(sub, "tenantId"), arm, context.ledger());
    try {
      GraphWriter writer = context.writer();
      writer.upsertNodes(AzureSubscriptionSchema.NODE, List.of(SubscriptionTransformer.subscription(sub, scope.scope())), context.tag());
      context.ledger().succeeded(scope.scope(), AzureSubscriptionSchema.NODE, 1, Duration.ofNanos(System.nanoTime() - start));
      SubscriptionSync sync = new SubscriptionSync(scope, context.progress(), images, registries,
          new FunctionAppSync(scope, packages, stores, settings.readAppSettings()), codeScan);
      GraphBatch batch = sync.collect();
      batch.allNodes().forEach((type, records) -> writer.upsertNodes(type, List.copyOf(records.values()), context.tag()));
      batch.allRels().forEach((type, records) -> writer.upsertRels(type, records, context.tag()));
      WriteBatch images = sync.images();
      images.load(writer, context.tag());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      for (NodeSchema type : SubscriptionSync.TYPES) {
        if (!scope.failed(type)) {
          context.ledger().succeeded(scope.scope(), type, batch.nodes(type).size() + images.nodes(type).size(), took);
        }
      }
    } catch (RuntimeException e) {
      // A bug or a graph failure in one subscription must not cost the others; nothing of this
      // subscription may be cleaned up on the strength of a half-written batch.
      context.ledger().failed(scope.scope(), null, "collect", e.toString(), null, Duration.ofNanos(System.nanoTime() - start));
      LOG.warn("azure subscription {} failed: {}", id, e.toString());
    }
  }
}
