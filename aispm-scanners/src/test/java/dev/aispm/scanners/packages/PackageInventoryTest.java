package dev.aispm.scanners.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inventory read through the file-scan engine, so archive handling and limits apply. */
class PackageInventoryTest {

  private static List<String> coordinates(List<SoftwarePackage> packages) {
    return packages.stream().map(p -> p.name() + "@" + p.version()).toList();
  }

  private static InventoryCollector read(byte[] content, String location, ScanLimits limits,
      List<ContentFinding> findings) {
    InventoryCollector collector = new InventoryCollector();
    ContentScanEngine engine = new ContentScanEngine(
        List.of(new PackageInventoryScanner(collector)), limits);
    findings.addAll(engine.scan(new ByteArrayInputStream(content), location));
    return collector;
  }

  @Test
  void functionPackageWithNestedJarAndNodeModules() throws IOException {
    byte[] jar = Archives.of().text("META-INF/maven/com.openai/openai-java/pom.properties",
        "groupId=com.openai\nartifactId=openai-java\nversion=0.8.0\n").zip();
    byte[] zip = Archives.of()
        .text("handler.py", "import json\n")
        .dist("", "mlflow", "2.2.0")
        .text("openai/__init__.py", "")
        .text("node_modules/@anthropic-ai/sdk/package.json",
            "{\"name\":\"@anthropic-ai/sdk\",\"version\":\"0.9.1\"}")
        .text("node_modules/@anthropic-ai/sdk/lib/package.json", "{\"type\":\"module\"}")
        .bytes("lib/client.jar", jar)
        .zip();
    List<ContentFinding> findings = new java.util.ArrayList<>();
    InventoryCollector c = read(zip, "fn.zip", ScanLimits.defaults(), findings);
    assertThat(coordinates(c.packages())).containsExactlyInAnyOrder("mlflow@2.2.0",
        "@anthropic-ai/sdk@0.9.1", "com.openai:openai-java@0.8.0");
    assertThat(c.packages()).filteredOn(p -> p.name().equals("com.openai:openai-java"))
        .extracting(SoftwarePackage::location).containsExactly(
            "fn.zip!/lib/client.jar!/META-INF/maven/com.openai/openai-java/pom.properties");
    assertThat(findings).isEmpty();
  }

  /** The indexes a project's records name are collected with its packages, each once. */
  @Test
  void indexesNamedByRecordsAreCollected() throws IOException {
    byte[] zip = Archives.of()
        .text("train/requirements.txt", "--extra-index-url https://pypi.acme-internal.example/simple\nlangchain\n")
        .text("serve/pyproject.toml", """
            [project]
            name = "serve"
            dependencies = ["openai==1.3.5"]
            [[tool.uv.index]]
            url = "https://pypi.acme-internal.example/simple"
            """)
        .text("notes.txt", "--extra-index-url https://not-a-record.example/simple\n")
        .zip();
    InventoryCollector c = read(zip, "code.zip", ScanLimits.defaults(), new java.util.ArrayList<>());
    assertThat(c.indexes()).containsExactly("https://pypi.acme-internal.example/simple");
    assertThat(coordinates(c.packages())).containsExactlyInAnyOrder("langchain@null", "openai@1.3.5");
  }

  @Test
  void dockerSaveImageHonoursLaterLayerWhiteouts() throws IOException {
    String site = "usr/local/lib/python3.11/site-packages/";
    byte[] base = Archives.of().dist(site, "mlflow", "2.2.0").dist(site, "ray", "2.6.0").tar();
    // the second layer upgrades mlflow (deleting the old metadata) and empties nothing else
    byte[] upgrade = Archives.of().text(site + ".wh.mlflow-2.2.0.dist-info", "")
        .dist(site, "mlflow", "2.9.2").tar();
    byte[] image = Archives.of()
        .bytes("blobs/sha256/aaa", Archives.gzip(base))
        .bytes("blobs/sha256/bbb", Archives.gzip(upgrade))
        // docker save writes the manifest after the layers
        .text("manifest.json", "[{\"Config\":\"blobs/sha256/ccc\",\"RepoTags\":[\"app:1\"],"
            + "\"Layers\":[\"blobs/sha256/aaa\",\"blobs/sha256/bbb\"]}]")
        .tar();
    List<ContentFinding> findings = new java.util.ArrayList<>();
    InventoryCollector c = read(image, "image.tar", ScanLimits.defaults(), findings);
    assertThat(coordinates(c.allRecords())).contains("mlflow@2.2.0");
    assertThat(coordinates(c.packages())).containsExactlyInAnyOrder("ray@2.6.0", "mlflow@2.9.2");
  }

  @Test
  void ociLayoutOpaqueFolderDeletesLowerContent() throws IOException {
    byte[] lower = Archives.of().dist("app/lib/", "gradio", "3.50.0").tar();
    byte[] upper = Archives.of().text("app/lib/.wh..wh..opq", "").dist("app/lib/", "gradio", "4.19.2")
        .tar();
    String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
        + "\"layers\":[{\"digest\":\"sha256:l1\"},{\"digest\":\"sha256:l2\"}]}";
    byte[] image = Archives.of().text("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}")
        .text("index.json", "{\"manifests\":[{\"digest\":\"sha256:m1\"}]}")
        .text("blobs/sha256/m1", manifest)
        .bytes("blobs/sha256/l1", lower)
        .bytes("blobs/sha256/l2", upper)
        .tar();
    InventoryCollector c = read(image, "oci.tar", ScanLimits.defaults(), new java.util.ArrayList<>());
    assertThat(coordinates(c.packages())).containsExactly("gradio@4.19.2");
  }

  @Test
  void withoutAManifestNothingIsDeleted() throws IOException {
    byte[] tar = Archives.of().dist("a/", "ray", "2.6.0").text("a/.wh.ray-2.6.0.dist-info", "").tar();
    InventoryCollector c = read(tar, "plain.tar", ScanLimits.defaults(), new java.util.ArrayList<>());
    assertThat(coordinates(c.packages())).containsExactly("ray@2.6.0");
  }

  @Test
  void bombsAndLimitsAreReportedNotFollowed() throws IOException {
    byte[] zeros = new byte[8 * 1024 * 1024];
    byte[] tar = Archives.of().bytes("big.bin", zeros).dist("", "torch", "2.1.0").tar();
    byte[] gz = Archives.gzip(tar);
    ScanLimits tight = new ScanLimits(64L * 1024 * 1024, 2L * 1024 * 1024, 200, 1000, 8, 1000, 4096);
    List<ContentFinding> findings = new java.util.ArrayList<>();
    read(gz, "layer.tar.gz", tight, findings);
    assertThat(findings).extracting(ContentFinding::ruleId).contains("archive.bomb");
  }

  @Test
  void brokenLockFileIsReportedAndTheRestStillRead() throws IOException {
    byte[] zip = Archives.of().text("package-lock.json", "{\"packages\": {")
        .dist("", "vllm", "0.5.0").zip();
    List<ContentFinding> findings = new java.util.ArrayList<>();
    InventoryCollector c = read(zip, "fn.zip", ScanLimits.defaults(), findings);
    assertThat(coordinates(c.packages())).containsExactly("vllm@0.5.0");
    assertThat(findings).extracting(ContentFinding::ruleId)
        .containsExactly(PackageInventoryScanner.UNPARSEABLE);
    assertThat(findings.get(0).location()).isEqualTo("fn.zip!/package-lock.json");
  }
}
