package dev.aispm.collectors.aws.ecr;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.ecr.EcrImageTransformer.ImageView;
import dev.aispm.collectors.aws.ecr.EcrImageTransformer.Selection;
import dev.aispm.collectors.aws.images.WorkloadImages;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.image.ImageBudget;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.collectors.content.image.RegistryAuth;
import dev.aispm.collectors.content.image.RegistryClient;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.aws.ecr.ContainerImageSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Session;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.AuthorizationData;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.Repository;

/**
 * Collects the newest image of every ECR repository in one region, and every older image a
 * workload of the region pins, and reads their layers for AI packages, AI use and vulnerable AI
 * tooling: DescribeRepositories, DescribeImages,
 * GetAuthorizationToken, then the registry's manifest and blob endpoints (which IAM authorizes
 * as {@code ecr:BatchGetImage} and {@code ecr:GetDownloadUrlForLayer}).
 *
 * <p>Why the newest image per repository: it is what a deployment of the latest tag runs, older
 * images are mostly history, and reading every image of a busy registry would cost hours. Older
 * images are read only when a workload runs them (a task definition pinned to a digest, a Lambda
 * function's resolved digest): after the newest ones, within the same budget, each once. At most
 * {@link ImageBudget#maxImagesPerScope()} images are read per region; the rest are kept as nodes
 * marked {@code not-selected}. A workload reference into the region's registry that names no image
 * there is written on the workload ({@code missingImages}, with why) rather than left unlinked in
 * silence. Images are read one at a time, layer by layer, streamed. An image
 * that could not be read (over budget, registry error, a layer the reader cannot open) is
 * recorded on its node and on the scan for the package types, so cleanup keeps what an earlier
 * scan found in it.
 */
public final class EcrSync {
  private static final String ECR = "ecr";

  private EcrSync() {}

  public static void sync(AwsScope scope, CodePackageScan codeScan, ImageBudget budget, HttpClient http) {
    Instant start = Instant.now();
    ImageReader reader = new ImageReader(codeScan, budget);
    NodeSchema type = ContainerImageSchema.NODE;
    EcrClient client = scope.clients().ecr(scope.region());
    scope.progress("ecr images", 0, -1);
    Optional<List<Repository>> repos = scope.call(type, ECR, "DescribeRepositories",
        () -> EcrImageFetcher.repositories(client));
    if (repos.isEmpty()) {
      return;
    }
    record Listed(Repository repository, List<ImageDetail> images) {}
    List<Listed> listed = scope.describeAll(repos.get(), type, ECR, "DescribeImages",
        r -> new Listed(r, EcrImageFetcher.images(client, r.repositoryName())));
    Map<Repository, List<ImageDetail>> byRepo = new LinkedHashMap<>();
    listed.forEach(l -> byRepo.put(l.repository(), l.images()));
    List<PinnedWorkload> workloads = workloads(scope);
    Selection selection = EcrImageTransformer.select(repos.get(), byRepo, workloads, registryHosts(scope, repos.get()));
    List<ImageView> selected = selection.images();

    boolean complete = true;
    List<ImageView> views = new ArrayList<>();
    RegistryClient registry = null;
    if (!selected.isEmpty() && budget.maxImagesPerScope() > 0) {
      Optional<AuthorizationData> token = scope.call(type, ECR, "GetAuthorizationToken",
          () -> EcrImageFetcher.token(client));
      if (token.isPresent()) {
        registry = new RegistryClient(http, URI.create(token.get().proxyEndpoint()),
            RegistryAuth.basic(token.get().authorizationToken()));
      }
    }
    int done = 0;
    for (ImageView v : selected) {
      ImageReport report;
      if (done >= budget.maxImagesPerScope()) {
        report = reader.notSelected();
      } else if (registry == null) {
        report = failed(scope, v, "no registry token (GetAuthorizationToken failed)", start, CodeReport.FAILED);
        complete = false;
      } else {
        scope.progress("ecr image layers", ++done, Math.min(selected.size(), budget.maxImagesPerScope()));
        report = read(scope, reader, registry, v);
        if (!report.contents().status().equals(CodeReport.SCANNED)) {
          complete = false;
        }
      }
      views.add(new ImageView(v.repository(), v.image(), report));
    }
    EcrImageTransformer.transform(views, scope.key()).load(scope.context().writer(), scope.context().tag());
    PinnedWorkload.missingImages(workloads, selection.missing())
        .load(scope.context().writer(), scope.context().tag());
    if (listed.size() == repos.get().size()) {
      scope.succeeded(type, views.size(), start);
    }
    if (complete) {
      SupplyChainGraph.TYPES.forEach(t -> scope.succeeded(t, 0, start));
    }
  }

  /**
   * The workloads this scan wrote in the region, with the images they name. The workload syncs run
   * before this one; reading them from the graph keeps this sync free of their code.
   */
  private static List<PinnedWorkload> workloads(AwsScope scope) {
    Instant start = Instant.now();
    try (Session s = scope.context().graph().session()) {
      return WorkloadImages.read(s, scope.key(), scope.context().tag().scanId());
    } catch (RuntimeException e) {
      // The newest images are still read; only the pinned ones wait for the next scan.
      scope.context().ledger().failedStep(scope.key(), "image references", "read workloads' images",
          e.getClass().getSimpleName() + ": " + e.getMessage(), null, Duration.between(start, Instant.now()));
      return List.of();
    }
  }

  /** This region's registry host as its repositories' URIs name it, and as ECR names it in the commercial partition. */
  static Set<String> registryHosts(AwsScope scope, List<Repository> repositories) {
    Set<String> hosts = new HashSet<>();
    hosts.add((scope.account() + ".dkr.ecr." + scope.region().id() + ".amazonaws.com").toLowerCase(Locale.ROOT));
    for (Repository r : repositories) {
      String uri = r.repositoryUri();
      if (uri != null && uri.indexOf('/') > 0) {
        hosts.add(uri.substring(0, uri.indexOf('/')).toLowerCase(Locale.ROOT));
      }
    }
    return hosts;
  }

  /** Reads one image; every failure becomes a report (and a scan entry), never an exception. */
  static ImageReport read(AwsScope scope, ImageReader reader, RegistryClient registry, ImageView v) {
    Instant start = Instant.now();
    String repo = v.repository().repositoryName();
    String root = "ecr://" + scope.account() + "/" + scope.region().id() + "/" + repo + "@" + v.image().imageDigest();
    ImageReport report = reader.read(registry, repo, v.image().imageDigest(), root);
    if (!report.problems().isEmpty()) {
      record(scope, v, String.join("; ", report.problems()), start);
    }
    return report;
  }

  private static ImageReport failed(AwsScope scope, ImageView v, String error, Instant start, String status) {
    record(scope, v, error, start);
    return ImageReport.notRead(status, error);
  }

  private static void record(AwsScope scope, ImageView v, String error, Instant start) {
    for (NodeSchema t : SupplyChainGraph.TYPES) {
      scope.context().ledger().failed(scope.key(), t, "ecr:BatchGetImage image layers",
          "image " + v.repository().repositoryName() + "@" + v.image().imageDigest() + ": " + error, null,
          Duration.between(start, Instant.now()));
    }
  }
}
