package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.graph.schema.aws.sagemaker.TrainingJobSchema;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/** Script-mode source packages of training jobs, on recorded DescribeTrainingJob answers and real scans. */
class TrainingJobSourceTest {
  private static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  private static final String JOB = "arn:aws:sagemaker:us-east-1:111111111111:training-job/fraud-detector-training";
  private static final CodePackageScan SCAN = new CodePackageScan(
      ContentScanEngine.withInstalledScanners(ScanLimits.defaults()), AiCatalogue.builtIn(),
      AdvisoryStore.bundled(), new ContentBudget(1 << 20, 8 << 20, 10));

  @Test
  void theSubmitDirectoryHyperParameterNamesTheSourcePackage() {
    DescribeTrainingJobResponse job = SageMakerRecorded.describeTrainingJob("DescribeTrainingJob-script.json");
    assertThat(TrainingJobSource.location(job)).hasValueSatisfying(l -> {
      assertThat(l.bucket()).isEqualTo("acme-models");
      assertThat(l.key()).isEqualTo("fraud-detector-training/source/sourcedir.tar.gz");
    });
  }

  @Test
  void builtInAlgorithmsAndLocalDirectoriesHaveNoPackage() {
    assertThat(TrainingJobSource.location(SageMakerRecorded.describeTrainingJob("DescribeTrainingJob.json")))
        .isEmpty();
    assertThat(TrainingJobSource.location(withSubmitDirectory("\"file:///opt/ml/code\""))).isEmpty();
    assertThat(TrainingJobSource.location(withSubmitDirectory("\"s3://bucket-only/\""))).isEmpty();
    assertThat(TrainingJobSource.location(withSubmitDirectory("s3://bare/code/sourcedir.tar.gz")))
        .hasValueSatisfying(l -> assertThat(l.uri()).isEqualTo("s3://bare/code/sourcedir.tar.gz"));
  }

  @Test
  void pinnedAiPackagesAndAiUseOfTheTrainingCodeLandOnTheJob() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("train.py", "import openai\nfrom transformers import AutoTokenizer\n");
    files.put("requirements.txt", "transformers==4.36.2\npandas==2.2.2\n");
    CodeReport code = SCAN.scan(tarGz(files), "s3://acme-models/fraud-detector-training/source/sourcedir.tar.gz");
    WriteBatch out = TrainingJobTransformer.transform(
        List.of(SageMakerRecorded.describeTrainingJob("DescribeTrainingJob-script.json")), NetworkView.unknown(),
        Map.of(), Map.of(JOB, code), SCOPE);

    assertThat(out.nodes(TrainingJobSchema.NODE).get(0).properties()).containsEntry("codeScan", "scanned")
        .containsEntry("sourceUri", "s3://acme-models/fraud-detector-training/source/sourcedir.tar.gz");
    Map<String, NodeRecord> packages = byId(out.nodes(SoftwarePackageSchema.NODE));
    assertThat(packages).containsKey(JOB + "#package/pkg:pypi/transformers@4.36.2");
    assertThat(packages.keySet()).noneMatch(id -> id.contains("pandas"));
    assertThat(out.rels(TrainingJobSchema.USES_PACKAGE)).extracting(RelRecord::fromId).containsOnly(JOB);
    assertThat(byId(out.nodes(AiUsageSchema.NODE))).containsKeys(JOB + "#ai/import/openai");
    assertThat(out.rels(TrainingJobSchema.USES_AI)).isNotEmpty();
    assertThat(out.nodes(AdvisorySchema.NODE)).extracting(NodeRecord::id)
        .contains(JOB + "#package/pkg:pypi/transformers@4.36.2#advisory/GHSA-37q5-v5qm-c9v8");
  }

  @Test
  void aPackageThatCouldNotBeReadSaysWhyAndWritesNoSupplyChain() {
    WriteBatch out = TrainingJobTransformer.transform(
        List.of(SageMakerRecorded.describeTrainingJob("DescribeTrainingJob-script.json")), NetworkView.unknown(),
        Map.of(), Map.of(JOB, CodeReport.notRead(CodeReport.FAILED, "Access Denied")), SCOPE);
    assertThat(out.nodes(TrainingJobSchema.NODE).get(0).properties()).containsEntry("codeScan", "failed")
        .containsEntry("codeScanError", "Access Denied").containsEntry("codeScanFindings", null);
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).isEmpty();
    assertThat(out.rels(TrainingJobSchema.USES_AI)).isEmpty();
  }

  @Test
  void aPackageOverTheBudgetIsSaidToBeSoWhetherOrNotItsSizeWasReported() {
    assertThat(TrainingJobSource.overBudget(2_000, -1, 1_000)).contains("2000 bytes is over the content budget of 1000");
    // Size not reported: one byte past the budget was read, so the package is not cut and scanned.
    assertThat(TrainingJobSource.overBudget(-1, -1, 1_000)).isNull();
    assertThat(TrainingJobSource.overBudget(-1, 1_001, 1_000)).contains("its size was not reported");
    assertThat(TrainingJobSource.overBudget(-1, 1_000, 1_000)).isNull();
    assertThat(TrainingJobSource.overBudget(1_000, 1_000, 1_000)).isNull();
  }

  private static DescribeTrainingJobResponse withSubmitDirectory(String value) {
    return SageMakerRecorded.describeTrainingJob("DescribeTrainingJob.json").toBuilder()
        .hyperParameters(Map.of(TrainingJobSource.SUBMIT_DIRECTORY, value)).build();
  }

  private static Map<String, NodeRecord> byId(List<NodeRecord> nodes) {
    return nodes.stream().collect(Collectors.toMap(NodeRecord::id, n -> n, (a, b) -> a));
  }

  /** A source package laid out as the SageMaker Python SDK uploads it. */
  static byte[] tarGz(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GzipCompressorOutputStream gz = new GzipCompressorOutputStream(bytes);
         TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
      for (var f : files.entrySet()) {
        byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
