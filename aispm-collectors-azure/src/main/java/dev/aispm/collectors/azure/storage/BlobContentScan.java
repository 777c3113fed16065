package dev.aispm.collectors.azure.storage;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.storage.blob.BlobServiceClient;
import dev.aispm.collectors.azure.AzureSettings;
import dev.aispm.collectors.azure.arm.ArmPipeline;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.ContentTarget;
import dev.aispm.collectors.content.ContentTargetScan;
import dev.aispm.collectors.content.PrefixScan;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.CollectorStage;
import dev.aispm.graph.collect.StepRunner;
import dev.aispm.graph.schema.azure.storage.AzureBlobModelArtifactSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobPrefixSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.files.ContentScanEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans the content of the blobs that Azure AI assets point to, after every inventory: the files
 * of registered and produced models (for code injected into serialized models) and the data that
 * data assets and jobs read (for secrets and personal data, and the code among it for AI packages,
 * AI use and their advisories), within the same per-container budget
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
  private final PrefixScan prefixes;
  private final ContentTargetScan targets;

  public BlobContentScan(AzureSettings settings, ContentScanEngine engine, ContentBudget budget) {
    this(settings, engine, budget, CodePackageScan.withDefaults(engine, budget));
  }

  /** @param codeScan the AI catalogue and advisories the code under data paths is read against */
  public BlobContentScan(AzureSettings settings, ContentScanEngine engine, ContentBudget budget,
      CodePackageScan codeScan) {
    this.settings = settings;
    this.prefixes = new PrefixScan(engine, budget, codeScan);
    this.targets = new ContentTargetScan(budget, AzureBlobModelArtifactSchema.NODE, AzureBlobPrefixSchema.NODE,
        new SupplyChainGraph.Holder(AzureBlobPrefixSchema.USES_PACKAGE, AzureBlobPrefixSchema.USES_AI, "azure openai"),
        new SupplyChainGraph.Holder(AzureBlobModelArtifactSchema.USES_PACKAGE, AzureBlobModelArtifactSchema.USES_AI,
            "azure openai"));
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
      String endpoint, boolean trainingInput) implements ContentTarget {
    @Override
    public String spendKey() {
      return account + "/" + container;
    }

    @Override
    public ScopeKey scopeKey() {
      return ContentTarget.scopeOf(scope, "azure", null);
    }
  }

  /** Reads only what this scan's inventory wrote, so a per-subscription collection already narrows it. */
  @Override
  public void collect(CollectionContext context, Set<String> subscriptions) {
    collect(context);
  }

  @Override
  public void collect(CollectionContext context) {
    List<Target> found = ContentTargetScan.targets(context, TARGETS, r -> new Target(
        r.get("id").asString(), r.get("account").asString(), r.get("container").asString(), r.get("path").asString(),
        r.get("artifact").asBoolean(), r.get("scope").asString(null), r.get("endpoint").asString(null),
        r.get("trainingInput").asBoolean()));
    if (found.isEmpty()) {
      return;
    }
    HttpClient http = ArmPipeline.httpClient(settings.truststore(), settings.truststorePassword());
    TokenCredential credential = ArmPipeline.credential(settings.environment(), http);
    Map<String, BlobStore> stores = new HashMap<>();
    targets.run(context, "azure content", found, t -> (t.artifact() ? "model " : "data ") + t.id(), (t, spend) -> {
      String endpoint = endpoint(t);
      if (endpoint == null) {
        // A sovereign or simulated cloud: the account's endpoint cannot be guessed, and no call
        // may leave for the public cloud. The node keeps no verdict; rules read it as unknown.
        LOG.info("blob endpoint of storage account {} unknown (not listed by this scan); {} not scanned",
            t.account(), t.id());
        return null;
      }
      BlobStore store = stores.computeIfAbsent(t.account(), a -> new BlobStore(client(endpoint, http, credential), a));
      // A model that is one file is named by its SHA-256, and the provenance ledger names the
      // training data read in full by its content: those are hashed (ContentTarget#hashed).
      return t.artifact() ? prefixes.scanModel(store, t.container(), t.path(), spend, t.hashed())
          : prefixes.scan(store, t.container(), t.path(), spend, t.hashed());
    }, BlobContentScan::failure);
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

  private BlobServiceClient client(String endpoint, HttpClient http, TokenCredential credential) {
    return BlobClients.service(endpoint, http, credential, settings.maxRetries());
  }

  /** The Blob call that failed and the data action it needs; a failure outside them is the write's. */
  private static StepRunner.Failure failure(Target t, Exception e) {
    if (e instanceof PrefixScan.StoreFailure f) {
      BlobFailures.Failure described = BlobFailures.describe(f.getCause(), BlobStore.READ_DATA_ACTION);
      String call = f.phase() == PrefixScan.Phase.LIST ? "List Blobs " : "Get Blob ";
      return new StepRunner.Failure(call + f.uri(), described.error(), described.missingPermission());
    }
    return new StepRunner.Failure("content of " + t.id(), e.toString(), null);
  }
}
