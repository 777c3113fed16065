package dev.aispm.collectors.azure.diagnostics;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureCollector;
import dev.aispm.collectors.azure.AzureSettings;
import dev.aispm.collectors.azure.arm.ArmClient;
import dev.aispm.collectors.azure.arm.ArmException;
import dev.aispm.collectors.azure.arm.ArmPipeline;
import dev.aispm.collectors.azure.cognitiveservices.CognitiveServicesFetcher;
import dev.aispm.collectors.azure.storage.BlobClients;
import dev.aispm.collectors.azure.storage.BlobFailures;
import dev.aispm.collectors.azure.storage.BlobStore;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.misuse.ingest.MisuseEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * The diagnostic logs part of the Azure misuse stage: for every AI account this scan's inventory
 * found logging to a storage account, reads its diagnostic settings again for the categories each
 * one archives (the inventory keeps only where logs go), then reads each archived RequestResponse
 * and Audit log from its checkpoint into the engine the Activity Log used, so one model's
 * baseline is learned by one engine. Failures are recorded on the scan as failed {@code activity}
 * steps of the account's subscription, with the missing permission: the diagnostic settings read
 * ({@code Microsoft.Insights/diagnosticSettings/read}) or the blob read data action; the archive's
 * checkpoint then keeps what was read before the failure.
 */
public final class DiagnosticLogStage {
  static final String STEP = "activity";
  static final String SETTINGS_ACTION = "Microsoft.Insights/diagnosticSettings/read";

  private static final String ACCOUNTS = """
      MATCH (a:AzureCognitiveServicesAccount) WHERE a.lastScanId = $scanId
        AND any(d IN coalesce(a.logDestinations, []) WHERE toLower(d) CONTAINS '/providers/microsoft.storage/storageaccounts/')
      RETURN a.id AS id ORDER BY id""";
  private static final String ENDPOINTS = """
      MATCH (s:AzureStorageAccount) WHERE s.id IN $ids AND s.blobEndpoint IS NOT NULL
      RETURN s.id AS id, s.blobEndpoint AS endpoint""";

  private final AzureSettings settings;
  private final Clock clock;

  public DiagnosticLogStage(AzureSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Reads every archive of the AI accounts the inventory of this scan wrote. */
  public void collect(CollectionContext context, ArmClient arm, MisuseEngine engine) {
    List<String> accounts;
    try (Session s = context.graph().session()) {
      accounts = s.run(ACCOUNTS, Map.of("scanId", context.tag().scanId())).list(r -> r.get("id").asString());
    }
    if (accounts.isEmpty()) {
      return;
    }
    CognitiveServicesFetcher fetcher = new CognitiveServicesFetcher(arm);
    List<LogArchive> archives = new ArrayList<>();
    for (String account : accounts) {
      long t0 = System.nanoTime();
      try {
        archives.addAll(LogArchive.of(account, fetcher.diagnosticSettings(account)));
      } catch (ArmException e) {
        context.ledger().failedStep(scope(LogArchive.subscriptionOf(account)), STEP, e.action(), e.getMessage(),
            e.missingPermission(), Duration.ofNanos(System.nanoTime() - t0));
      }
    }
    if (archives.isEmpty()) {
      return;
    }
    Map<String, String> endpoints = endpoints(context, archives);
    HttpClient http = ArmPipeline.httpClient(settings.truststore(), settings.truststorePassword());
    TokenCredential credential = ArmPipeline.credential(settings.environment(), http);
    Map<String, DiagnosticLogReader> readers = new HashMap<>();
    int done = 0;
    for (LogArchive a : archives) {
      context.progress().step("azure activity", "diagnostic logs " + a.container() + " of " + a.resourceId(),
          ++done, archives.size());
      String endpoint = endpoint(a, endpoints);
      if (endpoint == null) {
        // A sovereign or simulated cloud whose account this scan did not list: its endpoint cannot
        // be guessed, and no call may leave for the public cloud.
        context.ledger().failedStep(scope(a.subscription()), STEP, "List Blobs " + uri(a, ""),
            "the blob endpoint of storage account " + a.storageAccountId() + " is unknown (not listed by this scan)",
            null, Duration.ZERO);
        continue;
      }
      DiagnosticLogReader reader = readers.computeIfAbsent(endpoint,
          e -> new DiagnosticLogReader(BlobClients.service(e, http, credential, settings.maxRetries())));
      read(context, engine, reader, a);
    }
  }

  private void read(CollectionContext context, MisuseEngine engine, DiagnosticLogReader reader, LogArchive a) {
    long t0 = System.nanoTime();
    ScopeKey scope = scope(a.subscription());
    try {
      MisuseEngine.SourceRun run = engine.openByKey(a.source(), AzureCollector.PROVIDER, a.subscription());
      BlobPosition after = BlobPosition.parse(run.checkpoint().position());
      Instant now = clock.instant();
      try {
        reader.read(a, after, now.minus(engine.settings().backfill()), now, run, (blob, e) -> {
          BlobFailures.Failure f = BlobFailures.describe(e, BlobStore.READ_DATA_ACTION);
          context.ledger().failedStep(scope, STEP, "Get Blob " + uri(a, blob), f.error(), f.missingPermission(),
              Duration.ofNanos(System.nanoTime() - t0));
        });
      } finally {
        // What was read before a failure is kept; the failed blob is read again next time.
        run.commit();
      }
    } catch (DiagnosticLogReader.ListingFailed e) {
      BlobFailures.Failure f = BlobFailures.describe(e.getCause(), BlobStore.READ_DATA_ACTION);
      context.ledger().failedStep(scope, STEP, "List Blobs " + uri(a, e.prefix), f.error(), f.missingPermission(),
          Duration.ofNanos(System.nanoTime() - t0));
    } catch (RuntimeException e) {
      context.ledger().failedStep(scope, STEP, "diagnostic logs " + uri(a, ""), e.toString(), null,
          Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  private static Map<String, String> endpoints(CollectionContext context, List<LogArchive> archives) {
    Map<String, String> out = new HashMap<>();
    try (Session s = context.graph().session()) {
      s.run(ENDPOINTS, Map.of("ids", archives.stream().map(LogArchive::storageAccountId).distinct().toList()))
          .forEachRemaining(r -> out.put(r.get("id").asString(), r.get("endpoint").asString()));
    }
    return out;
  }

  /**
   * The endpoint ARM named for the storage account; for an account the scan did not list, its
   * public-cloud endpoint, but only when the scan itself talks to the public cloud.
   */
  private String endpoint(LogArchive a, Map<String, String> endpoints) {
    String e = endpoints.get(a.storageAccountId());
    if (e != null && !e.isBlank()) {
      return e;
    }
    return AzureSettings.PUBLIC_CLOUD.equals(settings.resourceManagerEndpoint())
        ? "https://" + a.storageAccount() + ".blob.core.windows.net/" : null;
  }

  private static String uri(LogArchive a, String blob) {
    return "https://" + a.storageAccount() + ".blob.core.windows.net/" + a.container() + "/" + blob;
  }

  private static ScopeKey scope(String subscription) {
    return new ScopeKey(AzureCollector.PROVIDER, subscription, ScopeKey.GLOBAL);
  }
}
