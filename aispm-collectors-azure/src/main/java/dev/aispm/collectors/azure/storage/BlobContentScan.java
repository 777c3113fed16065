package dev.aispm.collectors.azure.storage;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import dev.aispm.collectors.azure.AzureSettings;
import dev.aispm.collectors.azure.arm.ArmPipeline;
import dev.aispm.collectors.content.BucketSpend;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.ContentResultWriter;
import dev.aispm.collectors.content.ObjectListingWriter;
import dev.aispm.collectors.content.PrefixScan;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.CollectorStage;
import dev.aispm.graph.schema.azure.storage.AzureBlobModelArtifactSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobPrefixSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.files.ContentScanEngine;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Scans the content of the blobs that Azure AI assets point to, after every inventory: the files
 * of registered and produced models (for code injected into serialized models) and the data that
 * data assets and jobs read (for secrets and personal data), within the same per-container budget
 * as the S3 and Cloud Storage stages, spent first on model files and training inputs. Verdicts go
 * onto the {@code AzureBlobModelArtifact} and {@code AzureBlobPrefix} nodes with the properties S3
 * objects get, so the common model and data rules read them; each content finding names its
 * container, blob, version and ETag and keeps a fingerprint and a redacted preview, never a value.
 *
 * <p>Each account is reached at the blob endpoint ARM reported ({@code primaryEndpoints.blob}),
 * with a token for Azure Storage from the same DefaultAzureCredential the inventory used. A
 * container the scanner may not read (403) is recorded with the missing data action and the
 * other targets are still read.
 */
public final class BlobContentScan implements AccountScopedCollector {
  private static final Logger LOG = LoggerFactory.getLogger(BlobContentScan.class);
  static final String STEP = "content-scan";

  private static final String TARGETS = """
      MATCH (o:Asset) WHERE (o:AzureBlobModelArtifact OR o:AzureBlobPrefix) AND o.lastScanId = $scanId
        AND o.storageAccount IS NOT NULL AND o.container IS NOT NULL
      OPTIONAL MATCH (a:AzureStorageAccount {name: o.storageAccount})
      WITH o, head(collect(a.blobEndpoint)) AS endpoint
      RETURN o.id AS id, o.storageAccount AS account, o.container AS container, coalesce(o.path, '') AS path,
             o:AzureBlobModelArtifact AS artifact, o.scope AS scope, endpoint,
             EXISTS { (o)<-[:READS]-(:TrainingJob) } AS trainingInput
      ORDER BY artifact DESC, trainingInput DESC, id
      """;

  private final AzureSettings settings;
  private final ContentBudget budget;
  private final PrefixScan prefixes;

  public BlobContentScan(AzureSettings settings, ContentScanEngine engine, ContentBudget budget) {
    this.settings = settings;
    this.budget = budget;
    this.prefixes = new PrefixScan(engine, budget);
  }

  @Override
  public String provider() {
    return "azure";
  }

  @Override
  public CollectorStage stage() {
    return CollectorStage.CONTENT;
  }

  /**
   * One model file, model folder or data path to scan, as the inventory wrote it.
   *
   * @param endpoint the account's blob endpoint from ARM, null when the scan did not list the account
   */
  record Target(String id, String account, String container, String path, boolean artifact, String scope,
      String endpoint, boolean trainingInput) {}

  /** Reads only what this scan's inventory wrote, so a per-subscription collection already narrows it. */
  @Override
  public void collect(CollectionContext context, Set<String> subscriptions) {
    collect(context);
  }

  @Override
  public void collect(CollectionContext context) {
    List<Target> targets;
    try (Session s = context.graph().session()) {
      targets = s.run(TARGETS, Map.of("scanId", context.tag().scanId())).list(r -> new Target(
          r.get("id").asString(), r.get("account").asString(), r.get("container").asString(), r.get("path").asString(),
          r.get("artifact").asBoolean(), r.get("scope").asString(null), r.get("endpoint").asString(null),
          r.get("trainingInput").asBoolean()));
    }
    if (targets.isEmpty()) {
      return;
    }
    HttpClient http = ArmPipeline.httpClient(settings.truststore(), settings.truststorePassword());
    TokenCredential credential = ArmPipeline.credential(settings.environment(), http);
    Map<String, BlobStore> stores = new HashMap<>();
    Map<String, BucketSpend> spent = new HashMap<>();
    int done = 0;
    for (Target t : targets) {
      context.progress().step("azure content", (t.artifact() ? "model " : "data ") + t.id(), ++done, targets.size());
      String endpoint = endpoint(t);
      if (endpoint == null) {
        // A sovereign or simulated cloud: the account's endpoint cannot be guessed, and no call
        // may leave for the public cloud. The node keeps no verdict; rules read it as unknown.
        LOG.info("blob endpoint of storage account {} unknown (not listed by this scan); {} not scanned",
            t.account(), t.id());
        continue;
      }
      BlobStore store = stores.computeIfAbsent(t.account(),
          a -> new BlobStore(client(endpoint, http, credential, settings.maxRetries()), a));
      scan(context, store, t, spent.computeIfAbsent(t.account() + "/" + t.container(), c -> new BucketSpend(budget)));
    }
  }

  /**
   * The endpoint ARM named for the account; for an account the scan did not list, its public-cloud
   * endpoint, but only when the scan itself talks to the public cloud.
   */
  private String endpoint(Target t) {
    if (t.endpoint() != null && !t.endpoint().isBlank()) {
      return t.endpoint();
    }
    return AzureSettings.PUBLIC_CLOUD.equals(settings.resourceManagerEndpoint())
        ? "https://" + t.account() + ".blob.core.windows.net/" : null;
  }

  /** A Blob client on an account's endpoint with the scan's token, retries and the JDK HTTP client. */
  public static BlobServiceClient client(String endpoint, HttpClient http, TokenCredential credential, int maxRetries) {
    return new BlobServiceClientBuilder().endpoint(endpoint).credential(credential).httpClient(http)
        .retryOptions(new RequestRetryOptions(RetryPolicyType.EXPONENTIAL, maxRetries + 1,
            (Integer) null, null, null, null))
        .addPolicy(new GetWithoutBody())
        .buildClient();
  }

  /**
   * The Blob client sets {@code Content-Length: 0} on its GETs, a header the JDK HTTP client
   * refuses to set (and warns about on every request); a GET has no body, so it is dropped here.
   */
  private static final class GetWithoutBody implements HttpPipelinePolicy {
    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
      strip(context.getHttpRequest());
      return next.process();
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
      strip(context.getHttpRequest());
      return next.processSync();
    }

    private static void strip(HttpRequest request) {
      if (request.getHttpMethod() == HttpMethod.GET) {
        request.getHeaders().remove(HttpHeaderName.CONTENT_LENGTH);
      }
    }
  }

  private void scan(CollectionContext context, BlobStore store, Target t, BucketSpend spend) {
    long t0 = System.nanoTime();
    try {
      // Everything read is hashed: a model that is one file is named by its SHA-256, and the
      // provenance ledger names training data read in full by its content.
      PrefixScan.Result result = prefixes.scan(store, t.container(), t.path(), spend, true);
      if (t.artifact()) {
        ContentResultWriter.write(context.graph(), AzureBlobModelArtifactSchema.NODE, t.id(),
            ContentResultWriter.artifactVerdict(result), result.objects(), context.tag().scanId());
      } else {
        ContentResultWriter.write(context.graph(), AzureBlobPrefixSchema.NODE, t.id(),
            ContentResultWriter.dataVerdict(result.verdict()), result.objects(), context.tag().scanId());
        // What List Blobs said about each blob under the data path (ETag, version, last-modified),
        // for the provenance ledger.
        ObjectListingWriter.write(context.graph(), AzureBlobPrefixSchema.NODE, t.id(), result.listing(),
            result.listingComplete(), context.tag().scanId(), context.tag().at());
      }
    } catch (PrefixScan.StoreFailure e) {
      BlobFailures.Failure f = BlobFailures.describe(e.getCause(), BlobStore.READ_DATA_ACTION);
      String call = e.phase() == PrefixScan.Phase.LIST ? "List Blobs " : "Get Blob ";
      context.ledger().failedStep(scopeOf(t), STEP, call + e.uri(), f.error(), f.missingPermission(),
          Duration.ofNanos(System.nanoTime() - t0));
    } catch (RuntimeException e) {
      context.ledger().failedStep(scopeOf(t), STEP, "content of " + t.id(), e.toString(), null,
          Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  private static ScopeKey scopeOf(Target t) {
    if (t.scope() != null) {
      String[] parts = t.scope().split("/");
      if (parts.length == 3) {
        return new ScopeKey(parts[0], parts[1], parts[2]);
      }
    }
    return new ScopeKey("azure", "unknown", ScopeKey.GLOBAL);
  }
}
