package dev.aispm.collectors.gcp.storage;

import com.google.cloud.storage.Storage;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.ContentTarget;
import dev.aispm.collectors.content.ContentTargetScan;
import dev.aispm.collectors.content.PrefixScan;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.gcp.GcpClients;
import dev.aispm.collectors.gcp.GcpFailures;
import dev.aispm.collectors.gcp.GcpSettings;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.CollectorStage;
import dev.aispm.graph.collect.StepRunner;
import dev.aispm.graph.schema.gcp.storage.GcsModelArtifactSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.files.ContentScanEngine;
import java.util.List;
import java.util.Set;

/**
 * Scans the content of the Cloud Storage objects that Vertex AI assets point to, after every
 * inventory: model folders (for code injected into serialized models) and the data jobs read
 * (for secrets and personal data, and the code among it for AI packages, AI use and their
 * advisories), within the same per-bucket budget as the S3 content stage,
 * spent first on model files and training inputs. Verdicts go onto the artifact and prefix nodes
 * with the same properties S3 objects get, so the common model and data rules read both; each
 * content finding keeps a fingerprint and a redacted preview, never a value.
 */
public final class GcsContentScan implements AccountScopedCollector {
  private static final String TARGETS = """
      MATCH (o:Asset) WHERE (o:GCSModelArtifact OR o:GCSPrefix) AND o.lastScanId = $scanId
        AND o.bucket IS NOT NULL AND o.key IS NOT NULL
      OPTIONAL MATCH (o)-[:IN_BUCKET]->(b:GCSBucket)
      RETURN o.id AS id, o.bucket AS bucket, o.key AS key, o:GCSModelArtifact AS artifact,
             coalesce(b.account, o.account) AS project, o.scope AS scope,
             EXISTS { (o)<-[:READS]-(:TrainingJob) } AS trainingInput
      ORDER BY artifact DESC, trainingInput DESC, id
      """;

  private final GcpSettings settings;
  private final PrefixScan prefixes;
  private final ContentTargetScan targets;

  public GcsContentScan(GcpSettings settings, ContentScanEngine engine, ContentBudget budget) {
    this(settings, engine, budget, CodePackageScan.withDefaults(engine, budget));
  }

  /** @param codeScan the AI catalogue and advisories the code under data prefixes is read against */
  public GcsContentScan(GcpSettings settings, ContentScanEngine engine, ContentBudget budget, CodePackageScan codeScan) {
    this.settings = settings;
    this.prefixes = new PrefixScan(engine, budget, codeScan);
    this.targets = new ContentTargetScan(budget, GcsModelArtifactSchema.NODE, GcsPrefixSchema.NODE,
        new SupplyChainGraph.Holder(GcsPrefixSchema.USES_PACKAGE, GcsPrefixSchema.USES_AI, "vertex"),
        new SupplyChainGraph.Holder(GcsModelArtifactSchema.USES_PACKAGE, GcsModelArtifactSchema.USES_AI, "vertex"));
  }

  @Override
  public String provider() {
    return "gcp";
  }

  @Override
  public CollectorStage stage() {
    return CollectorStage.CONTENT;
  }

  /** One prefix or model folder to scan, as the inventory wrote it. */
  record Target(String id, String bucket, String key, boolean artifact, String project, String scope,
      boolean trainingInput) implements ContentTarget {
    @Override
    public String spendKey() {
      return bucket;
    }

    @Override
    public ScopeKey scopeKey() {
      return ContentTarget.scopeOf(scope, "gcp", project);
    }
  }

  /** Reads only what this scan's inventory wrote, so a per-project collection already narrows it. */
  @Override
  public void collect(CollectionContext context, Set<String> projects) {
    collect(context);
  }

  @Override
  public void collect(CollectionContext context) {
    List<Target> found = ContentTargetScan.targets(context, TARGETS, r -> new Target(
        r.get("id").asString(), r.get("bucket").asString(), r.get("key").asString(), r.get("artifact").asBoolean(),
        r.get("project").asString(null), r.get("scope").asString(null), r.get("trainingInput").asBoolean()));
    if (found.isEmpty()) {
      return;
    }
    GcpClients clients;
    try {
      clients = GcpClients.open(settings);
    } catch (RuntimeException e) {
      new StepRunner(context, ContentTargetScan.STEP).failed(new ScopeKey("gcp", "unknown", ScopeKey.GLOBAL),
          new StepRunner.Failure("credentials", e.getMessage(), null));
      return;
    }
    try (clients) {
      // A model that is one file is named by its SHA-256, and the provenance ledger names the
      // training data read in full by its content: those are hashed (ContentTarget#hashed).
      targets.run(context, "gcp content", found,
          t -> (t.artifact() ? "model " : "data ") + "gs://" + t.bucket() + "/" + t.key(),
          (t, spend) -> {
            GcsObjectReader reader = new GcsObjectReader(clients.storage(t.project() == null ? "" : t.project()));
            return t.artifact() ? prefixes.scanModel(reader, t.bucket(), t.key(), spend, t.hashed())
                : prefixes.scan(reader, t.bucket(), t.key(), spend, t.hashed());
          },
          GcsContentScan::failure);
    }
  }

  /** The permission of the call that failed; a failure outside the store's calls is the write's. */
  private static StepRunner.Failure failure(Target t, Exception e) {
    String uri = "gs://" + t.bucket() + "/" + t.key();
    if (e instanceof PrefixScan.StoreFailure f) {
      String permission = f.phase() == PrefixScan.Phase.LIST ? "storage.objects.list" : "storage.objects.get";
      GcpFailures.Failure described = GcpFailures.describe(f.getCause(), permission);
      return new StepRunner.Failure(permission + " " + uri, described.error(), described.missingPermission());
    }
    return new StepRunner.Failure("write " + uri, GcpFailures.describe(e, "storage.objects.get").error(), null);
  }
}
