package dev.aispm.collectors.aws;

import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.collectors.aws.bedrock.BedrockSync;
import dev.aispm.collectors.aws.ec2.NetworkSync;
import dev.aispm.collectors.aws.iam.IamSync;
import dev.aispm.collectors.aws.iam.InstanceProfiles;
import dev.aispm.collectors.aws.s3.S3Sync;
import dev.aispm.collectors.aws.sagemaker.SageMakerSync;
import dev.aispm.graph.derive.DataStoreUse;
import dev.aispm.graph.schema.aws.account.AwsAccountSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.collectors.aws.ec2.InstanceSync;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.collectors.aws.ecr.EcrSync;
import dev.aispm.collectors.aws.ecs.EcsSync;
import dev.aispm.collectors.aws.images.ImageLinkSync;
import dev.aispm.collectors.content.image.ImageBudget;
import dev.aispm.collectors.content.image.RegistryClient;
import dev.aispm.collectors.aws.lambda.LambdaCodeFetcher;
import dev.aispm.collectors.aws.lambda.LambdaSync;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * The AWS collector: every AI asset in SageMaker and Bedrock, and the AI servers and images on EC2,
 * ECS and Lambda, with the data, identities and network around them, for one account or a whole organization, across regions, in parallel.
 *
 * <p>Per account it first collects the account-wide resources (S3 buckets, then IAM roles, whose
 * edges point at the buckets), then every region at once up to the configured concurrency. A
 * failure never stops the scan: it is recorded on the ledger for its account, region and resource
 * type, and the caller's stale cleanup leaves that scope alone.
 */
public final class AwsCollector implements AccountScopedCollector {
  private static final Logger LOG = LoggerFactory.getLogger(AwsCollector.class);
  private static final String HOME_FALLBACK = "us-east-1";

  private final AwsSettings settings;
  private final CodePackageScan codeScan;
  private final LambdaCodeFetcher codeDownloads = new LambdaCodeFetcher();
  private final ImageBudget imageBudget;
  private final HttpClient registryHttp = RegistryClient.defaultHttp();

  /** A collector that reads function code with the installed scanners and the environment's budget. */
  public AwsCollector(AwsSettings settings) {
    this(settings, CodePackageScan.withDefaults(ContentScanEngine.withInstalledScanners(ScanLimits.defaults()),
        ContentBudget.fromEnvironment(System.getenv())));
  }

  public AwsCollector(AwsSettings settings, CodePackageScan codeScan) {
    this(settings, codeScan, ImageBudget.fromEnvironment(System.getenv()));
  }

  public AwsCollector(AwsSettings settings, CodePackageScan codeScan, ImageBudget imageBudget) {
    this.settings = settings;
    this.codeScan = codeScan;
    this.imageBudget = imageBudget;
  }

  @Override
  public String provider() {
    return "aws";
  }

  /** One account to collect, with credentials for it. */
  record Target(String account, String name, AwsClients clients) {}

  @Override
  public void collect(CollectionContext context) {
    collect(context, null);
  }

  /** Collects only {@code accounts} (null: the current account and, with a role name, the organization). */
  @Override
  public void collect(CollectionContext context, Set<String> accounts) {
    Region home = homeRegion();
    SdkHttpClient http = ApacheHttpClient.builder()
        .maxConnections(Math.max(50, settings.describeConcurrency() + settings.concurrency() * 4))
        .build();
    ExecutorService scopes = Executors.newFixedThreadPool(settings.concurrency(), threads("aws-scope"));
    ExecutorService describes = Executors.newFixedThreadPool(settings.describeConcurrency(), threads("aws-call"));
    List<AwsClients> opened = new ArrayList<>();
    try {
      AwsClients base = new AwsClients(DefaultCredentialsProvider.builder().build(), http, settings);
      opened.add(base);
      Optional<String> current = callerAccount(base, home, context);
      if (current.isEmpty()) {
        return;
      }
      List<Target> targets = targets(current.get(), accounts, base, home, context, http, opened);
      writeAccounts(targets, context);
      AtomicInteger done = new AtomicInteger();
      List<CompletableFuture<Void>> work = new ArrayList<>();
      for (Target t : targets) {
        work.add(CompletableFuture.supplyAsync(() -> global(t, home, context, describes), scopes)
            .thenCompose(account -> {
              List<CompletableFuture<Void>> regional = new ArrayList<>();
              for (Region r : account.regions()) {
                regional.add(CompletableFuture.runAsync(() -> {
                  regional(t, r, account.profiles(), context, describes);
                  context.progress().step("aws", "regions collected", done.incrementAndGet(), -1);
                }, scopes));
              }
              return CompletableFuture.allOf(regional.toArray(CompletableFuture[]::new));
            }));
      }
      CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
      DataStoreUse.update(context.graph(), "aws", targets.stream().map(Target::account).toList());
    } finally {
      scopes.shutdownNow();
      describes.shutdownNow();
      opened.forEach(AwsClients::close);
      http.close();
    }
  }

  private Optional<String> callerAccount(AwsClients base, Region home, CollectionContext context) {
    Instant start = Instant.now();
    try {
      return Optional.of(base.sts(home).getCallerIdentity().account());
    } catch (RuntimeException e) {
      AwsFailures.Failure f = AwsFailures.describe(e, "sts:GetCallerIdentity");
      context.ledger().failed(new ScopeKey("aws", "unknown", ScopeKey.GLOBAL), null, "sts:GetCallerIdentity",
          f.error(), f.missingPermission(), Duration.between(start, Instant.now()));
      LOG.warn("AWS credentials are not usable: {}", f.error());
      return Optional.empty();
    }
  }

  /** The accounts to scan: the current one, and with a role name every other active organization account. */
  private List<Target> targets(String current, Set<String> only, AwsClients base, Region home,
      CollectionContext context, SdkHttpClient http, List<AwsClients> opened) {
    List<Target> targets = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    names.put(current, null);
    if (settings.roleName() != null) {
      ScopeKey scope = new ScopeKey("aws", current, ScopeKey.GLOBAL);
      Instant start = Instant.now();
      try {
        for (Account a : OrganizationFetcher.accounts(base.organizations(home))) {
          if ("ACTIVE".equals(a.statusAsString()) || a.statusAsString() == null) {
            names.put(a.id(), a.name());
          }
        }
      } catch (RuntimeException e) {
        AwsFailures.Failure f = AwsFailures.describe(e, "organizations:ListAccounts");
        context.ledger().failed(scope, AwsAccountSchema.NODE, "organizations:ListAccounts", f.error(),
            f.missingPermission(), Duration.between(start, Instant.now()));
      }
    }
    if (only != null) {
      for (String wanted : only) {
        if (!names.containsKey(wanted)) {
          // Asked for by a per-account schedule but not reachable: say so instead of scanning nothing quietly.
          context.ledger().failed(new ScopeKey("aws", wanted, ScopeKey.GLOBAL), null, "organizations:ListAccounts",
              "account " + wanted + " is neither the current account nor an active organization account"
                  + (settings.roleName() == null ? " (AISPM_AWS_ROLE_NAME is not set)" : ""), null, Duration.ZERO);
        }
      }
      names.keySet().retainAll(only);
    }
    for (var e : names.entrySet()) {
      if (e.getKey().equals(current)) {
        targets.add(new Target(current, e.getValue(), base));
        continue;
      }
      Optional<AwsClients> clients = assume(e.getKey(), base, home, context, http);
      clients.ifPresent(c -> {
        opened.add(c);
        targets.add(new Target(e.getKey(), e.getValue(), c));
      });
    }
    return targets;
  }

  private Optional<AwsClients> assume(String account, AwsClients base, Region home, CollectionContext context,
      SdkHttpClient http) {
    String roleArn = "arn:aws:iam::" + account + ":role/" + settings.roleName();
    Instant start = Instant.now();
    StsClient sts = base.sts(home);
    StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
        .stsClient(sts)
        .refreshRequest(r -> {
          r.roleArn(roleArn).roleSessionName("aispm-scan").durationSeconds(3600);
          if (settings.externalId() != null) {
            r.externalId(settings.externalId());
          }
        })
        .build();
    try {
      // Resolve now, so an account whose role cannot be assumed fails here, once, with a clear cause.
      provider.resolveCredentials();
      return Optional.of(new AwsClients(provider, http, settings));
    } catch (RuntimeException e) {
      AwsFailures.Failure f = AwsFailures.describe(e, "sts:AssumeRole");
      context.ledger().failed(new ScopeKey("aws", account, ScopeKey.GLOBAL), null, "sts:AssumeRole", f.error(),
          f.missingPermission(), Duration.between(start, Instant.now()));
      provider.close();
      return Optional.empty();
    }
  }

  private void writeAccounts(List<Target> targets, CollectionContext context) {
    for (Target t : targets) {
      ScopeKey scope = new ScopeKey("aws", t.account(), ScopeKey.GLOBAL);
      context.writer().upsertNodes(AwsAccountSchema.NODE, List.of(NodeRecord.of(t.account(), scope)
          .set("name", t.name()).set("scanned", true).build()), context.tag());
      context.ledger().succeeded(scope, AwsAccountSchema.NODE, 1, Duration.ZERO);
    }
  }

  /** What the account-wide collection hands to the regions: which regions, and the roles of instance profiles. */
  record AccountWide(List<Region> regions, InstanceProfiles profiles) {}

  /** Collects the account-wide resources and returns the regions to collect next. */
  private AccountWide global(Target t, Region home, CollectionContext context, ExecutorService describes) {
    AwsScope scope = new AwsScope(new ScopeKey("aws", t.account(), ScopeKey.GLOBAL), home, t.clients(), context,
        describes);
    InstanceProfiles profiles = InstanceProfiles.unknown();
    try {
      List<String> buckets = S3Sync.sync(scope);
      profiles = IamSync.sync(scope, buckets);
    } catch (RuntimeException e) {
      unexpected(scope, e);
    }
    if (!settings.regions().isEmpty()) {
      return new AccountWide(settings.regions().stream().map(Region::of).toList(), profiles);
    }
    return new AccountWide(scope.call(AwsAccountSchema.NODE, "ec2", "DescribeRegions",
            () -> t.clients().ec2(home).describeRegions(r -> r.allRegions(false)).regions().stream()
                .map(software.amazon.awssdk.services.ec2.model.Region::regionName).map(Region::of).toList())
        .orElse(List.of(home)), profiles);
  }

  private void regional(Target t, Region region, InstanceProfiles profiles, CollectionContext context,
      ExecutorService describes) {
    AwsScope scope = new AwsScope(new ScopeKey("aws", t.account(), region.id()), region, t.clients(), context,
        describes);
    try {
      // The network first: SageMaker's and the instances' reachability is decided from their subnets
      // and security groups.
      NetworkView network = NetworkSync.sync(scope);
      SageMakerSync.sync(scope, network, codeScan);
      try {
        InstanceSync.sync(scope, network, profiles, codeScan.catalogue(), codeScan.advisories());
      } catch (RuntimeException e) {
        unexpected(scope, e);
      }
      try {
        EcsSync.sync(scope, network, codeScan.catalogue(), codeScan.advisories());
      } catch (RuntimeException e) {
        unexpected(scope, e);
      }
    } catch (RuntimeException e) {
      unexpected(scope, e);
    }
    // Separately guarded: a Bedrock bug must not cost the region's SageMaker inventory, nor the reverse.
    try {
      BedrockSync.sync(scope);
    } catch (RuntimeException e) {
      unexpected(scope, e);
    }
    try {
      LambdaSync.sync(scope, codeScan, codeDownloads);
    } catch (RuntimeException e) {
      unexpected(scope, e);
    }
    try {
      EcrSync.sync(scope, codeScan, imageBudget, registryHttp);
    } catch (RuntimeException e) {
      unexpected(scope, e);
    }
    try {
      // Last: every workload and image of the region is in the graph by now.
      ImageLinkSync.sync(scope);
    } catch (RuntimeException e) {
      unexpected(scope, e);
    }
  }

  /** A bug or an answer no transform could cope with: the scope is marked failed as a whole. */
  private static void unexpected(AwsScope scope, RuntimeException e) {
    LOG.warn("collection of {} failed unexpectedly", scope.key(), e);
    scope.context().ledger().failed(scope.key(), null, "collect", e.getClass().getSimpleName() + ": "
        + e.getMessage(), null, Duration.ZERO);
  }

  static Region homeRegion() {
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (RuntimeException e) {
      return Region.of(HOME_FALLBACK);
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
