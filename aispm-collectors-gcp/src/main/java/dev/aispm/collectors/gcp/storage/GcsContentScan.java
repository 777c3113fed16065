package dev.aispm.collectors.gcp.storage;

import com.google.cloud.storage.Storage;
import dev.aispm.collectors.content.BucketSpend;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.ContentResultWriter;
import dev.aispm.collectors.content.PrefixScan;
import dev.aispm.collectors.content.ObjectListingWriter;
import dev.aispm.collectors.gcp.GcpClients;
import dev.aispm.collectors.gcp.GcpFailures;
import dev.aispm.collectors.gcp.GcpSettings;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.CollectorStage;
import dev.aispm.graph.schema.gcp.storage.GcsModelArtifactSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.files.ContentScanEngine;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;

/**
 * Scans the content of the Cloud Storage objects that Vertex AI assets point to, after every
 * inventory: model folders (for code injected into serialized models) and the data jobs read
 * (for secrets and personal data), within the same per-bucket budget as the S3 content stage,
 * spent first on model files and training inputs. Verdicts go onto the artifact and prefix nodes
 * with the same properties S3 objects get, so the common model and data rules read both; each
 * content finding keeps a fingerprint and a redacted preview, never a value.
 */
public final class GcsContentScan implements AccountScopedCollector {
  static final String STEP = "content-scan";

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
  private final ContentBudget budget;
  private final PrefixScan prefixes;

  public GcsContentScan(GcpSettings settings, ContentScanEngine engine, ContentBudget budget) {
    this.settings = settings;
    this.budget = budget;
    this.prefixes = new PrefixScan(engine, budget);
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
      boolean trainingInput) {}

  /** Reads only what this scan's inventory wrote, so a per-project collection already narrows it. */
  @Override
  public void collect(CollectionContext context, Set<String> projects) {
    collect(context);
  }

  @Override
  public void collect(CollectionContext context) {
    List<Target> targets;
    try (Session s = context.graph().session()) {
      targets = s.run(TARGETS, Map.of("scanId", context.tag().scanId())).list(r -> new Target(
          r.get("id").asString(), r.get("bucket").asString(), r.get("key").asString(), r.get("artifact").asBoolean(),
          r.get("project").asString(null), r.get("scope").asString(null), r.get("trainingInput").asBoolean()));
    }
    if (targets.isEmpty()) {
      return;
    }
    GcpClients clients;
    try {
      clients = GcpClients.open(settings);
    } catch (RuntimeException e) {
      context.ledger().failedStep(new ScopeKey("gcp", "unknown", ScopeKey.GLOBAL), STEP, "credentials",
          e.getMessage(), null, Duration.ZERO);
      return;
    }
    Map<String, BucketSpend> spent = new HashMap<>();
    int done = 0;
    try (clients) {
      for (Target t : targets) {
        context.progress().step("gcp content", (t.artifact() ? "model " : "data ") + "gs://" + t.bucket() + "/"
            + t.key(), ++done, targets.size());
        Storage storage = clients.storage(t.project() == null ? "" : t.project());
        scan(context, new GcsObjectReader(storage), t, spent.computeIfAbsent(t.bucket(), b -> new BucketSpend(budget)));
      }
    }
  }

  private void scan(CollectionContext context, GcsObjectReader reader, Target t, BucketSpend spend) {
    long t0 = System.nanoTime();
    try {
      // Everything read is hashed: a model that is one file is named by its SHA-256, and the
      // provenance ledger names training data read in full by its content.
      PrefixScan.Result result = prefixes.scan(reader, t.bucket(), t.key(), spend, true);
      write(context, t, result);
      if (!t.artifact()) {
        // What the listing said about each object under a training input: generation, MD5, update time.
        ObjectListingWriter.write(context.graph(), GcsPrefixSchema.NODE, t.id(), result.listing(),
            result.listingComplete(), context.tag().scanId(), context.tag().at());
      }
    } catch (PrefixScan.StoreFailure e) {
      String permission = e.phase() == PrefixScan.Phase.LIST ? "storage.objects.list" : "storage.objects.get";
      GcpFailures.Failure f = GcpFailures.describe(e.getCause(), permission);
      context.ledger().failedStep(scopeOf(t), STEP, permission + " gs://" + t.bucket() + "/" + t.key(), f.error(),
          f.missingPermission(), Duration.ofNanos(System.nanoTime() - t0));
    } catch (RuntimeException e) {
      GcpFailures.Failure f = GcpFailures.describe(e, "storage.objects.get");
      context.ledger().failedStep(scopeOf(t), STEP, "write gs://" + t.bucket() + "/" + t.key(), f.error(), null,
          Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  private void write(CollectionContext context, Target t, PrefixScan.Result result) {
    if (t.artifact()) {
      ContentResultWriter.write(context.graph(), GcsModelArtifactSchema.NODE, t.id(),
          ContentResultWriter.artifactVerdict(result), result.objects(), context.tag().scanId());
    } else {
      ContentResultWriter.write(context.graph(), GcsPrefixSchema.NODE, t.id(),
          ContentResultWriter.dataVerdict(result.verdict()), result.objects(), context.tag().scanId());
    }
  }

  private static ScopeKey scopeOf(Target t) {
    if (t.scope() != null) {
      String[] parts = t.scope().split("/");
      if (parts.length == 3) {
        return new ScopeKey(parts[0], parts[1], parts[2]);
      }
    }
    return new ScopeKey("gcp", t.project() == null ? "unknown" : t.project(), ScopeKey.GLOBAL);
  }
}
