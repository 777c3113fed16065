package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which objects under a bucket prefix are read as code, and what their reading reports: AI
 * packages, AI use and advisories from the bundled snapshot, and whether the code was read in full.
 */
class CodeObjectsTest {
  private static final ContentScanEngine ENGINE = ContentScanEngine.withInstalledScanners(ScanLimits.defaults());
  private static final CodePackageScan SCAN = new CodePackageScan(ENGINE, AiCatalogue.builtIn(),
      AdvisoryStore.bundled(), new ContentBudget(1 << 20, 1 << 24, 100));

  @ParameterizedTest
  @ValueSource(strings = {"fraud/train/train.py", "code/requirements.txt", "code/requirements-dev.txt",
      "code/poetry.lock", "code/Pipfile.lock", "code/uv.lock", "app/package.json", "app/package-lock.json",
      "notebooks/explore.ipynb", "app/src/index.ts", "app/src/client.mjs", "jobs/Train.java", "jobs/train.kt",
      "pyproject.toml", "lib/mlflow-2.2.0.dist-info/METADATA", "Train.PY", "code/environment.yml", "code/setup.py",
      "svc/pom.xml", "svc/build.gradle.kts", "code/Pipfile"})
  void codeAndDependencyManifestsAreCode(String key) {
    assertThat(CodeObjects.isCode(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fraud/train/part-00000.jsonl", "data/customers.csv", "model/model.safetensors",
      "model/pytorch_model.bin", "config/settings.json", "config/params.yaml", "data/train.parquet", "README.md",
      "archive.tar.gz", "fraud/train/", "", "notes.txt", "py", ".py"})
  void dataModelsAndConfigurationAreNotCode(String key) {
    assertThat(CodeObjects.isCode(key)).isFalse();
  }

  @Test
  void nullIsNotCode() {
    assertThat(CodeObjects.isCode(null)).isFalse();
  }

  @Test
  void codeAndManifestsReadInFullGiveAiUsePackagesAndAdvisories() {
    CodeObjects code = new CodeObjects(SCAN, ENGINE);
    read(code, "s3://b/train/train.py", "import openai\nfrom transformers import AutoModel\n", false);
    read(code, "s3://b/train/requirements.txt", "mlflow==2.2.0\nopenai==1.30.1\npandas==2.2.2\n", false);

    CodeObjects.Report report = code.report(true);

    assertThat(report.objects()).isEqualTo(2);
    assertThat(report.complete()).isTrue();
    assertThat(report.properties()).containsEntry("codeObjectsScanned", 2).containsEntry("codeScanComplete", true);
    CodeReport found = report.code();
    assertThat(found.status()).isEqualTo(CodeReport.SCANNED);
    assertThat(found.error()).isNull();
    assertThat(found.aiPackages().keySet()).extracting(p -> p.name() + "@" + p.version())
        .containsExactlyInAnyOrder("mlflow@2.2.0", "openai@1.30.1");
    assertThat(found.evidence()).extracting(e -> e.kind() + " " + e.subject())
        .contains("import openai", "import transformers");
    assertThat(found.evidence()).allSatisfy(e -> assertThat(e.location()).isEqualTo("s3://b/train/train.py"));
    // The bundled snapshot's critical MLflow advisory, fixed in 2.2.1.
    assertThat(found.vulnerabilities()).anySatisfy(m -> {
      assertThat(m.advisory().id()).isEqualTo("GHSA-xg73-94fp-g449");
      assertThat(m.pkg().location()).isEqualTo("s3://b/train/requirements.txt");
    });
  }

  /** The non-default indexes the manifests name go onto the holder; none clears the property. */
  @Test
  void manifestsNamingANonDefaultIndexGiveTheHolderItsIndexes() {
    CodeObjects code = new CodeObjects(SCAN, ENGINE);
    read(code, "s3://b/train/requirements.txt", "--index-url https://pypi.org/simple\n"
        + "--extra-index-url https://ci:token@pkgs.acme.example/simple\nlangchain\n", false);
    CodeObjects.Report report = code.report(true);
    assertThat(report.packageIndexes()).containsExactly("https://pkgs.acme.example/simple");
    assertThat(report.properties()).containsEntry("packageIndexes", List.of("https://pkgs.acme.example/simple"));

    CodeObjects plain = new CodeObjects(SCAN, ENGINE);
    read(plain, "s3://b/train/requirements.txt", "langchain==0.1.0\n", false);
    assertThat(plain.report(true).properties()).containsEntry("packageIndexes", null);
  }

  @Test
  void codeCutAtTheBudgetOrAPrefixLeftUnreadIsPartial() {
    CodeObjects cut = new CodeObjects(SCAN, ENGINE);
    read(cut, "s3://b/train/train.py", "import anthropic\n", true);
    CodeObjects.Report partly = cut.report(true);
    assertThat(partly.complete()).isFalse();
    assertThat(partly.code().status()).isEqualTo(CodePackageScan.ImageReport.PARTIAL);
    assertThat(partly.code().error()).contains("s3://b/train/train.py read only up to the per-object budget");
    // What the part read says still stands.
    assertThat(partly.code().evidence()).extracting(e -> e.subject()).contains("anthropic");

    CodeObjects unread = new CodeObjects(SCAN, ENGINE);
    read(unread, "s3://b/train/train.py", "print('no ai')\n", false);
    CodeObjects.Report rest = unread.report(false);
    assertThat(rest.complete()).isFalse();
    assertThat(rest.properties()).containsEntry("codeScanComplete", false);
    assertThat(rest.code().error()).contains("left unread when the budget ran out");
    assertThat(rest.code().evidence()).isEmpty();
  }

  @Test
  void anUnparseableLockFileMakesTheReadPartialAndNamesIt() {
    CodeObjects code = new CodeObjects(SCAN, ENGINE);
    read(code, "s3://b/app/package-lock.json", "{\"lockfileVersion\": 3, \"packages\": ", false);
    CodeObjects.Report report = code.report(true);
    assertThat(report.complete()).isFalse();
    assertThat(report.code().error()).startsWith("s3://b/app/package-lock.json: ");
  }

  @Test
  void codePackagedInAModelArchiveIsReadFromItsMembers() {
    java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put("model.pkl", dev.aispm.simulator.aws.ModelArtifacts.cleanPickle());
    entries.put("code/inference.py", "import openai\n".getBytes(StandardCharsets.UTF_8));
    entries.put("code/requirements.txt", "mlflow==2.2.0\n".getBytes(StandardCharsets.UTF_8));
    byte[] archive = dev.aispm.simulator.aws.ModelArtifacts.tarGz(entries);
    CodeObjects code = new CodeObjects(SCAN, ENGINE);
    String uri = "s3://b/churn/model.tar.gz";
    List<ContentFinding> findings = code.engine().scan(new ByteArrayInputStream(archive), uri);
    code.read(new ScannedObject(uri, "b", "churn/model.tar.gz", null, null, archive.length, archive.length, false,
        findings));

    CodeReport found = code.report(true).code();
    assertThat(found.aiPackages().keySet()).extracting(p -> p.name() + "@" + p.version() + " " + p.location())
        .containsExactly("mlflow@2.2.0 " + uri + "!/model.tar!/code/requirements.txt");
    assertThat(found.evidence()).extracting(e -> e.kind() + " " + e.subject()).contains("import openai");
  }

  @Test
  void nothingReadIsCompleteWithNoCode() {
    CodeObjects.Report report = new CodeObjects(SCAN, ENGINE).report(true);
    assertThat(report.objects()).isZero();
    assertThat(report.complete()).isTrue();
    assertThat(report.code().aiPackages()).isEmpty();
  }

  /** Reads one object as the prefix scan does: through the code engine, then recorded. */
  private static void read(CodeObjects code, String uri, String text, boolean truncated) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<ContentFinding> findings = code.engine().scan(new ByteArrayInputStream(bytes), uri);
    String key = uri.substring("s3://b/".length());
    code.read(new ScannedObject(uri, "b", key, null, null, truncated ? bytes.length * 10L : bytes.length,
        bytes.length, truncated, findings));
  }
}
