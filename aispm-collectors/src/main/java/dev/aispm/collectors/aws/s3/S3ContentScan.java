package dev.aispm.collectors.aws.s3;

import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectorStage;
import dev.aispm.graph.collect.StepRunner;
import dev.aispm.collectors.aws.AwsFailures;
import dev.aispm.collectors.aws.AwsSettings;
import dev.aispm.collectors.content.BucketSpend;
import dev.aispm.collectors.content.CodeObjects;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.ContentTarget;
import dev.aispm.collectors.content.ContentTargetScan;
import dev.aispm.collectors.content.PrefixScan;
import dev.aispm.collectors.content.RangedObject;
import dev.aispm.collectors.content.ScannedObject;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Scans the content of the S3 objects that AI assets point to, after collection: every model
 * artifact that this scan saw (for injected code) and every data prefix (for secrets and personal
 * data; the code and dependency manifests among it for AI packages, AI use and their advisories),
 * within a per-bucket budget spent first on what training jobs read. Results go onto the
 * artifact and prefix nodes, with each content finding as a {@code (:ContentFinding)} node that
 * keeps a fingerprint and a redacted preview, never a value.
 *
 * <p>It runs as the last AWS step so that it reads the graph the collectors just wrote; a failed
 * read is recorded on the scan as a failed step and never stops the others.
 */
public final class S3ContentScan implements AccountScopedCollector {
  private static final Logger LOG = LoggerFactory.getLogger(S3ContentScan.class);
  private static final String TARGETS = """
      MATCH (o:Asset) WHERE (o:AWSModelArtifact OR o:AWSS3Prefix) AND o.lastScanId = $scanId
        AND o.bucket IS NOT NULL AND o.key IS NOT NULL
      OPTIONAL MATCH (o)-[:IN_BUCKET]->(b:AWSS3Bucket)
      RETURN o.id AS id, o.bucket AS bucket, o.key AS key, o:AWSModelArtifact AS artifact,
             coalesce(b.account, o.account) AS account, o.scope AS scope,
             coalesce(b.bucketRegion, o.region) AS region,
             EXISTS { (o)<-[:READS]-(:TrainingJob) } AS trainingInput
      ORDER BY artifact DESC, trainingInput DESC, id
      """;

  private final AwsSettings settings;
  private final ContentScanEngine engine;
  private final ContentBudget budget;
  private final PrefixScan prefixes;
  private final ContentTargetScan targets;

  public S3ContentScan(AwsSettings settings, ContentScanEngine engine, ContentBudget budget) {
    this(settings, engine, budget, CodePackageScan.withDefaults(engine, budget));
  }

  /**
   * @param codeScan the AI catalogue and advisories the code under data prefixes, and the code
   *                 packaged with model artifacts, is read against
   */
  public S3ContentScan(AwsSettings settings, ContentScanEngine engine, ContentBudget budget, CodePackageScan codeScan) {
    this.settings = settings;
    this.engine = engine;
    this.budget = budget;
    this.prefixes = new PrefixScan(engine, budget, codeScan);
    this.targets = new ContentTargetScan(budget, ModelArtifactSchema.NODE, DataPrefixSchema.NODE,
        new SupplyChainGraph.Holder(DataPrefixSchema.USES_PACKAGE, DataPrefixSchema.USES_AI, "bedrock"),
        new SupplyChainGraph.Holder(ModelArtifactSchema.USES_PACKAGE, ModelArtifactSchema.USES_AI, "sagemaker"));
  }

  @Override
  public String provider() {
    return "aws";
  }

  @Override
  public CollectorStage stage() {
    return CollectorStage.CONTENT;
  }

  /** One object or prefix to scan, as read from the graph. */
  record Target(String id, String bucket, String key, boolean artifact, String account, String scope,
      String region, boolean trainingInput) implements ContentTarget {
    @Override
    public String spendKey() {
      return bucket;
    }

    @Override
    public ScopeKey scopeKey() {
      return ContentTarget.scopeOf(scope, "aws", account);
    }
  }

  /**
   * The content scan reads only what this scan's collection wrote, so a per-account collection
   * already narrows it to those accounts.
   */
  @Override
  public void collect(CollectionContext context, java.util.Set<String> accounts) {
    collect(context);
  }

  @Override
  public void collect(CollectionContext context) {
    List<Target> found = ContentTargetScan.targets(context, TARGETS, r -> new Target(
        r.get("id").asString(), r.get("bucket").asString(), r.get("key").asString(),
        r.get("artifact").asBoolean(), r.get("account").asString(null), r.get("scope").asString(null),
        r.get("region").asString(null), r.get("trainingInput").asBoolean()));
    if (found.isEmpty()) {
      return;
    }
    Map<String, S3Client> clients = new ConcurrentHashMap<>();
    String caller = settings.roleName() == null ? null : callerAccount();
    try {
      targets.run(context, "aws content", found,
          t -> (t.artifact() ? "model artifact " : "data ") + "s3://" + t.bucket() + "/" + t.key(),
          (t, spend) -> read(new S3ObjectReader(clients.computeIfAbsent(t.account() == null ? "" : t.account(),
              account -> client(account, caller, t.region()))), t, spend),
          S3ContentScan::failure);
    } finally {
      clients.values().forEach(S3Client::close);
    }
    LOG.debug("content scan of {} targets done", found.size());
  }

  private PrefixScan.Result read(S3ObjectReader reader, Target t, BucketSpend spend) throws IOException,
      PrefixScan.StoreFailure {
    // A key ending in "/" is a model directory (Bedrock Custom Model Import, Hugging Face layouts):
    // its objects are scanned like a data prefix and the verdict goes onto the artifact.
    if (t.artifact() && !t.key().isEmpty() && !t.key().endsWith("/")) {
      if (!spend.allows(0)) {
        return new PrefixScan.Result(List.of(), 1, null);
      }
      String[] sha256 = new String[1];
      CodeObjects code = prefixes.codeObjects();
      ScannedObject object = readArchive(reader, t.bucket(), t.key(), spend, sha256, code);
      PrefixScan.Result result = new PrefixScan.Result(List.of(object), 0, sha256[0]);
      return code == null ? result : result.withCode(code.report(true));
    }
    if (t.artifact()) {
      CodeObjects code = prefixes.codeObjects();
      PrefixScan.Result result = prefixes.scan(reader, t.bucket(), t.key(), spend,
          o -> readArchive(reader, t.bucket(), o.key(), spend, null, code));
      return code == null ? result : result.withCode(code.report(result.skipped() == 0));
    }
    return prefixes.scan(reader, t.bucket(), t.key(), spend, t.hashed());
  }

  /** The call that failed: the listing, or the read of an object (also named for any other failure of the read). */
  private static StepRunner.Failure failure(Target t, Exception e) {
    Throwable cause = e;
    String operation = "s3:GetObject";
    if (e instanceof PrefixScan.StoreFailure f) {
      operation = f.phase() == PrefixScan.Phase.LIST ? "s3:ListBucket" : "s3:GetObject";
      cause = f.getCause();
    }
    AwsFailures.Failure described = AwsFailures.describe(cause, operation);
    return new StepRunner.Failure(operation + " s3://" + t.bucket() + "/" + t.key(), described.error(),
        described.missingPermission());
  }

  /**
   * Reads and scans one model object by ranges: a zip (PyTorch, Keras v3, NeMo) is judged by its
   * central directory and the members the scanners read, a plain tar by its headers with the
   * members between them skipped; anything else is read from its start. Only the bytes fetched
   * count against the budget, so a model far larger than the budget is still judged on its pickles.
   * A model that is one file is also hashed when it fits the budget, into {@code sha256[0]}: the
   * AI-BOM and the provenance ledger name it by that hash. With {@code code}, the same read also
   * takes the AI packages and AI use of the code packaged with the model (a {@code code/} folder's
   * requirements and inference script, a folder's modelling code) into it.
   */
  private ScannedObject readArchive(S3ObjectReader reader, String bucket, String key, BucketSpend spend, String[] sha256,
      CodeObjects code) throws IOException {
    String uri = "s3://" + bucket + "/" + key;
    RangedObject object = reader.ranged(bucket, key, budget.maxBytesPerObject());
    List<ContentFinding> findings = new ArrayList<>();
    try {
      object.load();
      (code == null ? engine : code.engine()).scan(object, findings::add);
      if (sha256 != null) {
        sha256[0] = object.sha256();
      }
    } finally {
      spend.charge(object.fetched());
    }
    ScannedObject scanned = new ScannedObject(uri, bucket, key, object.versionId(), object.etag(), object.knownSize(),
        object.fetched(), object.exhausted(), findings);
    if (code != null) {
      code.read(scanned);
    }
    return scanned;
  }

  // The account of the default credentials: its buckets are read directly, other accounts' through
  // the same cross-account role the collector assumed.
  private static String callerAccount() {
    try (StsClient sts = StsClient.builder().region(Region.of(home())).build()) {
      return sts.getCallerIdentity().account();
    } catch (RuntimeException e) {
      LOG.debug("caller identity unknown; using default credentials for every bucket", e);
      return null;
    }
  }

  private S3Client client(String account, String caller, String region) {
    AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
    if (settings.roleName() != null && !account.isEmpty()) {
      if (caller != null && !account.equals(caller)) {
        String roleArn = "arn:aws:iam::" + account + ":role/" + settings.roleName();
        StsClient sts = StsClient.builder().region(Region.of(home())).build();
        credentials = StsAssumeRoleCredentialsProvider.builder().stsClient(sts).refreshRequest(r -> {
          r.roleArn(roleArn).roleSessionName("aispm-content-scan").durationSeconds(3600);
          if (settings.externalId() != null) {
            r.externalId(settings.externalId());
          }
        }).build();
      }
    }
    return S3Client.builder()
        .region(Region.of(region == null || region.equals(ScopeKey.GLOBAL) ? home() : region))
        .credentialsProvider(credentials)
        .forcePathStyle(settings.usePathStyle())
        .crossRegionAccessEnabled(true)
        .build();
  }

  private static String home() {
    try {
      return new software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain().getRegion().id();
    } catch (RuntimeException e) {
      return "us-east-1";
    }
  }
}
