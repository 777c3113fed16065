package dev.aispm.collectors.gcp.storage;

import com.google.cloud.storage.Storage;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.ContentResultWriter;
import dev.aispm.collectors.content.ContentVerdict;
import dev.aispm.collectors.content.DigestingInput;
import dev.aispm.collectors.content.ObjectListing;
import dev.aispm.collectors.content.ObjectListingWriter;
import dev.aispm.collectors.content.ScannedObject;
import dev.aispm.collectors.gcp.GcpClients;
import dev.aispm.collectors.gcp.GcpFailures;
import dev.aispm.collectors.gcp.GcpSettings;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.CollectorStage;
import dev.aispm.graph.schema.gcp.storage.GcsModelArtifactSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.archive.CountingInputStream;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
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
  private final ContentScanEngine engine;
  private final ContentBudget budget;

  public GcsContentScan(GcpSettings settings, ContentScanEngine engine, ContentBudget budget) {
    this.settings = settings;
    this.engine = engine;
    this.budget = budget;
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
    Map<String, long[]> spent = new HashMap<>();
    int done = 0;
    try (clients) {
      for (Target t : targets) {
        context.progress().step("gcp content", (t.artifact() ? "model " : "data ") + "gs://" + t.bucket() + "/"
            + t.key(), ++done, targets.size());
        Storage storage = clients.storage(t.project() == null ? "" : t.project());
        scan(context, new GcsObjectReader(storage), t, spent.computeIfAbsent(t.bucket(), b -> new long[2]));
      }
    }
  }

  private void scan(CollectionContext context, GcsObjectReader reader, Target t, long[] used) {
    long t0 = System.nanoTime();
    List<ScannedObject> objects = new ArrayList<>();
    // What the listing said about each object, for the provenance ledger (data prefixes only).
    List<ObjectListing> listing = new ArrayList<>();
    int skipped = 0;
    String sha256 = null;
    String permission = "storage.objects.list";
    try {
      // One more than the objects still allowed: listing stops at the budget, and an object past it
      // shows that the prefix was not read to its end.
      int allowed = budget.maxObjectsPerBucket() - (int) Math.min(used[1], budget.maxObjectsPerBucket());
      List<GcsObjectReader.GcsObject> listed = reader.list(t.bucket(), t.key(), allowed + 1);
      permission = "storage.objects.get";
      for (GcsObjectReader.GcsObject o : listed) {
        long size = o.size() == null ? budget.maxBytesPerObject() : Math.min(o.size(), budget.maxBytesPerObject());
        if (used[1] >= budget.maxObjectsPerBucket() || used[0] + size > budget.maxBytesPerBucket()) {
          skipped = listed.size() - objects.size();
          for (GcsObjectReader.GcsObject rest : listed.subList(objects.size(), listed.size())) {
            listing.add(listed(t.bucket(), rest, null));
          }
          break;
        }
        String uri = "gs://" + t.bucket() + "/" + o.name();
        String contentHash;
        CountingInputStream counted;
        List<ContentFinding> findings;
        try (InputStream in = reader.open(t.bucket(), o, budget.maxBytesPerObject())) {
          DigestingInput hashed = new DigestingInput(in, budget.maxBytesPerObject());
          counted = new CountingInputStream(hashed);
          findings = engine.scan(counted, uri);
          // A model that is one file is named by its hash; a folder's files are not one file.
          sha256 = t.artifact() && listed.size() == 1 ? hashed.finish() : null;
          // Training data is named by its hash in the ledger when it fits the per-object budget.
          contentHash = !t.artifact() && o.size() != null && o.size() < budget.maxBytesPerObject()
              ? hashed.finish() : null;
        }
        listing.add(listed(t.bucket(), o, contentHash));
        used[0] += counted.count();
        used[1]++;
        long total = o.size() == null ? -1 : o.size();
        boolean truncated = total > budget.maxBytesPerObject()
            || total < 0 && counted.count() >= budget.maxBytesPerObject();
        objects.add(new ScannedObject(uri, t.bucket(), o.name(),
            o.generation() == null ? null : String.valueOf(o.generation()), o.etag(), total, counted.count(),
            truncated, findings));
      }
      write(context, t, ContentVerdict.of(objects, skipped), objects, sha256);
      if (!t.artifact()) {
        ObjectListingWriter.write(context.graph(), GcsPrefixSchema.NODE, t.id(), listing, skipped == 0,
            context.tag().scanId(), context.tag().at());
      }
    } catch (Exception e) {
      GcpFailures.Failure f = GcpFailures.describe(e, permission);
      context.ledger().failedStep(scopeOf(t), STEP, permission + " gs://" + t.bucket() + "/" + t.key(), f.error(),
          f.missingPermission(), Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  /** What the listing said about one object: size, MD5 (else the ETag), generation and update time. */
  static ObjectListing listed(String bucket, GcsObjectReader.GcsObject o, String sha256) {
    return new ObjectListing("gs://" + bucket + "/" + o.name(), bucket, o.name(), o.size() == null ? -1 : o.size(),
        o.md5() != null ? o.md5() : o.etag(), o.generation() == null ? null : String.valueOf(o.generation()),
        o.updated(), sha256);
  }

  private void write(CollectionContext context, Target t, ContentVerdict v, List<ScannedObject> objects,
      String sha256) {
    if (t.artifact()) {
      Map<String, Object> verdict = ContentResultWriter.artifactVerdict(v);
      verdict.put("sha256", sha256);
      if (objects.isEmpty() && v.objectsSkipped() == 0) {
        // Nothing under the artifact's URI was read: no verdict, rather than "clean".
        verdict.put("scanStatus", null);
      }
      ContentResultWriter.write(context.graph(), GcsModelArtifactSchema.NODE, t.id(), verdict, objects,
          context.tag().scanId());
    } else {
      ContentResultWriter.write(context.graph(), GcsPrefixSchema.NODE, t.id(),
          ContentResultWriter.dataVerdict(v), objects, context.tag().scanId());
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
