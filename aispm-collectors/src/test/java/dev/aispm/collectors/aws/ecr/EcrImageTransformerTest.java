package dev.aispm.collectors.aws.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.collectors.aws.ecr.EcrImageTransformer.ImageView;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.CodePackageScan.ImageLayer;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.graph.schema.aws.ecr.ContainerImageSchema;
import dev.aispm.graph.schema.aws.ecs.ServiceSchema;
import dev.aispm.graph.schema.aws.ecs.TaskDefinitionSchema;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.AuthorizationData;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.Repository;

/** The ECR transform on recorded API answers and image layers read by the real scanners. */
class EcrImageTransformerTest {
  private static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  private static final String IMAGE = "111111111111.dkr.ecr.us-east-1.amazonaws.com/support/ticket-triage@sha256:"
      + "2".repeat(64);
  private static final CodePackageScan SCAN = new CodePackageScan(
      ContentScanEngine.withInstalledScanners(ScanLimits.defaults()), AiCatalogue.builtIn(),
      AdvisoryStore.bundled(), new ContentBudget(1 << 20, 8 << 20, 10));
  private static final String SITE = "usr/local/lib/python3.11/site-packages/";

  static EcrClient recorded(String file) {
    return EcrClient.builder().region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIARECORDED", "r")))
        .httpClient(RecordedAnswersAccess.replaying("ecr/" + file))
        .endpointOverride(URI.create("http://recorded.invalid")).build();
  }

  /** A gzip'd tar layer as {@code docker build} writes it. */
  static byte[] layer(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (var e : new TreeMap<>(files).entrySet()) {
        byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String metadata(String name, String version) {
    return "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n";
  }

  private static Map<String, NodeRecord> byId(List<NodeRecord> nodes) {
    return nodes.stream().collect(Collectors.toMap(NodeRecord::id, n -> n, (a, b) -> a));
  }

  private static Map<Repository, List<ImageDetail>> listed() {
    try (EcrClient repos = recorded("DescribeRepositories.json"); EcrClient images = recorded("DescribeImages.json")) {
      List<Repository> r = EcrImageFetcher.repositories(repos);
      Map<Repository, List<ImageDetail>> out = new LinkedHashMap<>();
      out.put(r.get(0), EcrImageFetcher.images(images, r.get(0).repositoryName()));
      out.put(r.get(1), List.of());
      return out;
    }
  }

  @Test
  void theNewestImageOfEachRepositoryWithImagesIsReadAndSignaturesPushedLaterAreNotImages() {
    List<ImageView> views = EcrImageTransformer.newestPerRepository(listed());
    assertThat(views).singleElement().satisfies(v -> {
      assertThat(EcrImageTransformer.id(v.repository(), v.image())).isEqualTo(IMAGE);
      assertThat(v.image().imageTags()).containsExactly("latest", "2024-06-01");
    });
  }

  @Test
  void imagesWorkloadsPinAreReadAfterTheNewestOnesEachOnceAndMissingOnesAreNamedWithWhy() {
    String repo = "111111111111.dkr.ecr.us-east-1.amazonaws.com/support/ticket-triage";
    Map<Repository, List<ImageDetail>> listed = listed();
    List<Repository> repositories = List.copyOf(listed.keySet());
    List<PinnedWorkload> workloads = List.of(
        // pinned to the January build by digest, and again by its tag: read once
        new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "td-pinned", SCOPE,
            List.of(repo + "@sha256:" + "1".repeat(64), repo + ":2024-01-15")),
        // the newest image by its tag: already chosen, not read twice
        new PinnedWorkload(ServiceSchema.RUNS_IMAGE, "svc", SCOPE, List.of(repo.toUpperCase() + ":2024-06-01")),
        // an untagged older build, as Lambda resolves an image function to its digest
        new PinnedWorkload(LambdaFunctionSchema.RUNS_IMAGE, "fn", SCOPE, List.of(repo + "@sha256:" + "3".repeat(64))),
        new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "td-gone", SCOPE, List.of(
            repo + "@sha256:" + "9".repeat(64), repo + ":2023-12-01",
            "111111111111.dkr.ecr.us-east-1.amazonaws.com/retired/app:1.0",
            "111111111111.dkr.ecr.us-east-1.amazonaws.com/empty",
            // another registry and a public image: not this registry's to judge
            "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1", "ollama/ollama:0.1.32")));

    EcrImageTransformer.Selection selection = EcrImageTransformer.select(repositories, listed, workloads,
        Set.of("111111111111.dkr.ecr.us-east-1.amazonaws.com"));

    assertThat(selection.images()).extracting(v -> v.image().imageDigest()).containsExactly(
        "sha256:" + "2".repeat(64), "sha256:" + "1".repeat(64), "sha256:" + "3".repeat(64));
    assertThat(selection.missing()).containsOnlyKeys("td-gone");
    assertThat(selection.missing().get("td-gone")).containsExactly(
        repo + "@sha256:" + "9".repeat(64)
            + ": no image with this digest in the repository (deleted, or expired by a lifecycle policy)",
        repo + ":2023-12-01: no image in the repository carries the tag 2023-12-01",
        "111111111111.dkr.ecr.us-east-1.amazonaws.com/retired/app:1.0: no such repository in the registry",
        "111111111111.dkr.ecr.us-east-1.amazonaws.com/empty: no image in the repository carries the tag latest");

    WriteBatch notes = PinnedWorkload.missingImages(workloads, selection.missing());
    assertThat(notes.nodes(TaskDefinitionSchema.NODE)).extracting(NodeRecord::id).containsExactly("td-pinned", "td-gone");
    assertThat(notes.nodes(TaskDefinitionSchema.NODE).get(1).properties().get("missingImages"))
        .isEqualTo(selection.missing().get("td-gone"));
    // found everything: the property is cleared, so an image pushed again clears an earlier note
    assertThat(notes.nodes(TaskDefinitionSchema.NODE).get(0).properties()).containsEntry("missingImages", null);
    assertThat(notes.nodes(LambdaFunctionSchema.NODE).get(0).properties()).containsEntry("missingImages", null);
  }

  @Test
  void aRepositoryWhoseImagesCouldNotBeListedIsNotJudged() {
    String repo = "111111111111.dkr.ecr.us-east-1.amazonaws.com/support/ticket-triage";
    Map<Repository, List<ImageDetail>> listed = listed();
    List<Repository> repositories = List.copyOf(listed.keySet());
    listed.remove(repositories.get(0));
    EcrImageTransformer.Selection selection = EcrImageTransformer.select(repositories, listed, List.of(
        new PinnedWorkload(TaskDefinitionSchema.RUNS_IMAGE, "td", SCOPE, List.of(repo + "@sha256:" + "9".repeat(64)))),
        Set.of("111111111111.dkr.ecr.us-east-1.amazonaws.com"));
    assertThat(selection.images()).isEmpty();
    assertThat(selection.missing()).isEmpty();
  }

  @Test
  void theTokenAnswerNamesTheRegistryEndpoint() {
    try (EcrClient c = recorded("GetAuthorizationToken.json")) {
      AuthorizationData token = EcrImageFetcher.token(c);
      assertThat(token.proxyEndpoint()).isEqualTo("https://111111111111.dkr.ecr.us-east-1.amazonaws.com");
      assertThat(token.authorizationToken()).isEqualTo("QVdTOnJlY29yZGVkLXBhc3N3b3Jk");
    }
  }

  @Test
  void hiddenAiPackagesAndAVulnerableMlflowInLayersBecomeNodesAndDeletedPackagesDoNot() {
    Map<String, byte[]> blobs = new LinkedHashMap<>();
    blobs.put("sha256:" + "a".repeat(64), layer(Map.of(
        SITE + "openai-1.30.1.dist-info/METADATA", metadata("openai", "1.30.1"),
        SITE + "mlflow-2.9.1.dist-info/METADATA", metadata("mlflow", "2.9.1"),
        SITE + "transformers-4.30.0.dist-info/METADATA", metadata("transformers", "4.30.0"))));
    blobs.put("sha256:" + "b".repeat(64), layer(Map.of(
        SITE + ".wh.transformers-4.30.0.dist-info", "",
        "app/triage.py", "from openai import OpenAI\nURL = 'https://api.openai.com/v1'\n")));
    List<ImageLayer> layers = new java.util.ArrayList<>(blobs.keySet().stream()
        .map(d -> new ImageLayer(d, "application/vnd.oci.image.layer.v1.tar+gzip", blobs.get(d).length)).toList());
    layers.add(new ImageLayer("sha256:" + "c".repeat(64), "application/vnd.oci.image.layer.v1.tar+foreign", 10));

    ImageReport report = SCAN.scanImage("ecr://111111111111/us-east-1/support/ticket-triage@sha256:" + "2".repeat(64),
        layers, l -> new ByteArrayInputStream(blobs.get(l.digest())));
    assertThat(report.layers()).isEqualTo(3);
    assertThat(report.layersRead()).isEqualTo(2);
    assertThat(report.problems()).containsExactly("sha256:" + "c".repeat(64)
        + ": unsupported media type application/vnd.oci.image.layer.v1.tar+foreign");

    ImageView newest = EcrImageTransformer.newestPerRepository(listed()).get(0);
    WriteBatch out = EcrImageTransformer.transform(List.of(new ImageView(newest.repository(), newest.image(), report)),
        SCOPE);

    NodeRecord image = out.nodes(ContainerImageSchema.NODE).get(0);
    assertThat(image.id()).isEqualTo(IMAGE);
    assertThat(image.properties()).containsEntry("name", "support/ticket-triage:latest")
        .containsEntry("imageScan", "partial").containsEntry("layers", 3).containsEntry("layersRead", 2)
        .containsEntry("tags", List.of("latest", "2024-06-01")).containsEntry("scanOnPush", false)
        .containsEntry("manifestMediaType", "application/vnd.oci.image.index.v1+json")
        .containsEntry("pushedAt", "2024-06-01T00:00:00Z");
    assertThat(byId(out.nodes(SoftwarePackageSchema.NODE)).keySet()).containsExactlyInAnyOrder(
        IMAGE + "#package/pkg:pypi/openai@1.30.1", IMAGE + "#package/pkg:pypi/mlflow@2.9.1");
    assertThat(out.rels(ContainerImageSchema.USES_PACKAGE)).hasSize(2);
    assertThat(byId(out.nodes(AiUsageSchema.NODE))).containsKeys(IMAGE + "#ai/package/openai",
        IMAGE + "#ai/import/openai", IMAGE + "#ai/endpoint/api.openai.com");
    assertThat(out.nodes(AiUsageSchema.NODE)).allSatisfy(u -> assertThat(u.properties()).containsEntry("managed", false));
    assertThat(byId(out.nodes(AdvisorySchema.NODE))).containsKey(IMAGE
        + "#package/pkg:pypi/mlflow@2.9.1#advisory/PYSEC-2023-252");
    // the deleted Transformers had an advisory of its own; it must not be reported
    assertThat(out.nodes(AdvisorySchema.NODE)).noneMatch(a -> a.id().contains("transformers"));
  }

  @Test
  void aLayerThatCannotBeFetchedLosesOnlyItself() {
    byte[] ok = layer(Map.of(SITE + "gradio-3.0.0.dist-info/METADATA", metadata("gradio", "3.0.0")));
    List<ImageLayer> layers = List.of(
        new ImageLayer("sha256:" + "d".repeat(64), "application/vnd.docker.image.rootfs.diff.tar.gzip", 100),
        new ImageLayer("sha256:" + "e".repeat(64), "application/vnd.docker.image.rootfs.diff.tar.gzip", ok.length));
    ImageReport report = SCAN.scanImage("ecr://x/us-east-1/r@sha256:" + "f".repeat(64), layers, l -> {
      if (l.digest().startsWith("sha256:d")) {
        throw new IOException("registry answered HTTP 404 for /v2/r/blobs/" + l.digest());
      }
      return new ByteArrayInputStream(ok);
    });
    assertThat(report.contents().status()).isEqualTo(ImageReport.PARTIAL);
    assertThat(report.problems()).singleElement().asString().contains("HTTP 404");
    assertThat(report.contents().aiPackages().keySet()).extracting(p -> p.name()).containsExactly("gradio");
  }

  @Test
  void anImageNotReadIsRecordedNotPassed() {
    ImageView newest = EcrImageTransformer.newestPerRepository(listed()).get(0);
    WriteBatch out = EcrImageTransformer.transform(List.of(new ImageView(newest.repository(), newest.image(),
        ImageReport.notRead("over-budget", "over the budget"))), SCOPE);
    assertThat(out.nodes(ContainerImageSchema.NODE).get(0).properties()).containsEntry("imageScan", "over-budget")
        .containsEntry("imageScanError", "over the budget").containsEntry("layersRead", 0);
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).isEmpty();
    assertThat(out.nodes(AiUsageSchema.NODE)).isEmpty();
  }
}
