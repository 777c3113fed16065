package dev.aispm.scanners.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aispm.scanners.packages.PackageManifests.Kind;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageManifestsTest {

  private static List<String> coordinates(List<SoftwarePackage> packages) {
    return packages.stream().map(p -> p.name() + "@" + p.version()).toList();
  }

  @Test
  void kindIsDecidedByPathInsideArchivesToo() {
    assertThat(PackageManifests.kindOf("fn.zip!/mlflow-2.2.0.dist-info/METADATA")).contains(Kind.DIST_INFO);
    assertThat(PackageManifests.kindOf("site/Foo.egg-info/PKG-INFO")).contains(Kind.EGG_INFO);
    assertThat(PackageManifests.kindOf("app/requirements-prod.txt")).contains(Kind.REQUIREMENTS);
    assertThat(PackageManifests.kindOf("app/node_modules/openai/package.json")).contains(Kind.NODE_MODULE);
    assertThat(PackageManifests.kindOf("node_modules/@anthropic-ai/sdk/package.json")).contains(Kind.NODE_MODULE);
    assertThat(PackageManifests.kindOf("app/package.json")).contains(Kind.PACKAGE_JSON);
    assertThat(PackageManifests.kindOf("lib/x.jar!/META-INF/maven/com.openai/openai-java/pom.properties"))
        .contains(Kind.POM_PROPERTIES);
    // a package.json inside an installed package describes a folder, not a package
    assertThat(PackageManifests.kindOf("node_modules/openai/lib/esm/package.json")).isEmpty();
    assertThat(PackageManifests.kindOf("pkg/METADATA")).isEmpty();
    assertThat(PackageManifests.kindOf("README.md")).isEmpty();
  }

  @Test
  void pythonMetadataReadsHeadersUntilTheBody() {
    String text = "Metadata-Version: 2.1\nName: LangChain_Core\nVersion: 0.1.52\n\n"
        + "Name: not-this\nVersion: 9\n";
    List<SoftwarePackage> p = PackageManifests.pythonMetadata(text, "x", "dist-info");
    assertThat(coordinates(p)).containsExactly("langchain-core@0.1.52");
    assertThat(p.get(0).purl()).isEqualTo("pkg:pypi/langchain-core@0.1.52");
    assertThat(PackageManifests.pythonMetadata("Metadata-Version: 2.1\n", "x", "dist-info")).isEmpty();
  }

  @Test
  void requirementsKeepPinsOnly() {
    String text = """
        # AI deps
        openai==1.3.5  # pinned
        anthropic>=0.7
        transformers[torch]===4.36.0 ; python_version >= "3.9"
        -r base.txt
        --index-url https://example.invalid/simple
        torch==2.1.0 \\
            --hash=sha256:abcdef
        mlflow @ https://example.invalid/mlflow-2.9.2.tar.gz
        ray
        """;
    assertThat(coordinates(PackageManifests.requirements(text, "r.txt"))).containsExactly(
        "openai@1.3.5", "anthropic@null", "transformers@4.36.0", "torch@2.1.0", "mlflow@null",
        "ray@null");
  }

  /**
   * A requirements file's index options apply to all its requirements: each index is kept once,
   * without its credentials; one built from an environment variable is expanded only at install.
   */
  @Test
  void requirementsNameTheirIndexes() throws IOException {
    String text = """
        --index-url https://pypi.acme-internal.example/simple
        -i https://mirror.example/simple   # the mirror
        --extra-index-url=https://build:s3cr3t@pkgs.acme.example/pypi/simple
        -f https://download.pytorch.org/whl/torch_stable.html
        --extra-index-url https://${PIP_USER}:${PIP_TOKEN}@private.example/simple
        --extra-index-url https://pypi.acme-internal.example/simple
        openai==1.3.5 --hash=sha256:abcdef
        # --extra-index-url https://commented.example/simple
        langchain
        """;
    DeclaredDependencies read = PackageManifests.read(PackageManifests.Kind.REQUIREMENTS, text, "r.txt");
    assertThat(read.indexes()).containsExactly("https://pypi.acme-internal.example/simple",
        "https://mirror.example/simple", "https://pkgs.acme.example/pypi/simple",
        "https://download.pytorch.org/whl/torch_stable.html");
    assertThat(coordinates(read.packages())).containsExactly("openai@1.3.5", "langchain@null");
    assertThat(PackageManifests.read(PackageManifests.Kind.REQUIREMENTS, "openai==1.3.5\n", "r.txt").indexes())
        .isEmpty();
  }

  @Test
  void requirementsStopAtThePackageCap() {
    String hostile = "pkg==1.0\n".repeat(InstallCommands.MAX_PACKAGES + 500);
    assertThat(PackageManifests.requirements(hostile, "r.txt")).hasSize(InstallCommands.MAX_PACKAGES);
  }

  @Test
  void poetryAndUvLocksReadEachPackageTable() {
    String poetry = """
        [[package]]
        name = "mlflow"
        version = "2.9.2"
        description = "x"

        [package.dependencies]
        name = "not-a-package"

        [[package]]
        name = "ray"
        version = "2.8.0"

        [metadata]
        lock-version = "2.0"
        """;
    assertThat(coordinates(PackageManifests.tomlPackages(poetry, "poetry.lock", "poetry.lock")))
        .containsExactly("mlflow@2.9.2", "ray@2.8.0");
    String uv = """
        version = 1
        [[package]]
        name = "vllm"
        version = "0.6.0"
        source = { registry = "https://pypi.org/simple" }
        dependencies = [
            { name = "torch" },
        ]

        [[package.wheels]]
        url = "x"
        """;
    assertThat(coordinates(PackageManifests.tomlPackages(uv, "uv.lock", "uv.lock")))
        .containsExactly("vllm@0.6.0");
  }

  @Test
  void pipfileLockPinsBothSections() throws IOException {
    String lock = "{\"_meta\":{},\"default\":{\"gradio\":{\"version\":\"==3.50.0\"}},"
        + "\"develop\":{\"notebook\":{\"version\":\"==6.4.0\"},\"x\":{\"git\":\"y\"}}}";
    assertThat(coordinates(PackageManifests.pipfileLock(lock, "Pipfile.lock")))
        .containsExactly("gradio@3.50.0", "notebook@6.4.0", "x@null");
  }

  @Test
  void npmRecords() throws IOException {
    assertThat(coordinates(PackageManifests.nodeModule("{\"name\":\"@anthropic-ai/sdk\",\"version\":\"0.9.1\"}", "x")))
        .containsExactly("@anthropic-ai/sdk@0.9.1");
    assertThat(coordinates(PackageManifests.packageJson(
        "{\"dependencies\":{\"openai\":\"4.20.0\",\"ai\":\"^2.2.0\"},\"devDependencies\":{\"jest\":\"1.0.0\"}}", "x")))
        .containsExactly("openai@4.20.0", "ai@null");
    String v3 = "{\"lockfileVersion\":3,\"packages\":{\"\":{\"name\":\"app\"},"
        + "\"node_modules/langchain\":{\"version\":\"0.0.200\"},"
        + "\"node_modules/a/node_modules/@langchain/core\":{\"version\":\"0.1.0\"},"
        + "\"packages/ws\":{\"version\":\"1.0.0\"},\"node_modules/ws\":{\"link\":true}}}";
    assertThat(coordinates(PackageManifests.packageLock(v3, "x")))
        .containsExactly("langchain@0.0.200", "@langchain/core@0.1.0");
    String v1 = "{\"lockfileVersion\":1,\"dependencies\":{\"openai\":{\"version\":\"3.3.0\","
        + "\"dependencies\":{\"axios\":{\"version\":\"0.26.1\"}}},\"x\":{\"version\":\"github:a/b\"}}}";
    assertThat(coordinates(PackageManifests.packageLock(v1, "x")))
        .containsExactly("openai@3.3.0", "axios@0.26.1", "x@null");
  }

  @Test
  void pomPropertiesNameGroupAndArtifact() throws IOException {
    String props = "#Generated by Maven\nversion=0.25.0\ngroupId=dev.langchain4j\nartifactId=langchain4j\n";
    List<SoftwarePackage> p = PackageManifests.pomProperties(props, "x");
    assertThat(coordinates(p)).containsExactly("dev.langchain4j:langchain4j@0.25.0");
    assertThat(p.get(0).purl()).isEqualTo("pkg:maven/dev.langchain4j/langchain4j@0.25.0");
    assertThat(PackageManifests.pomProperties("version=1\n", "x")).isEmpty();
  }

  @Test
  void brokenJsonIsAnError() {
    assertThatThrownBy(() -> PackageManifests.packageLock("{\"packages\": [", "x"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void notebooksDeclareWhatTheyInstall() throws IOException {
    String nb = "{\"cells\":[{\"cell_type\":\"code\",\"source\":[\"%pip install -q openai==1.3.5 'langchain>=0.1'\\n\","
        + "\"import openai\\n\"]},{\"cell_type\":\"markdown\",\"source\":\"!pip install torch==9\"},"
        + "{\"cell_type\":\"code\",\"source\":\"!python -m pip install mlflow==2.2.0 ./local-pkg  # pinned\"}],"
        + "\"nbformat\":4}";
    assertThat(PackageManifests.kindOf("work/analysis.ipynb")).contains(Kind.NOTEBOOK_PIP);
    assertThat(coordinates(PackageManifests.notebookInstalls(nb, "analysis.ipynb")))
        .containsExactly("openai@1.3.5", "langchain@null", "mlflow@2.2.0");
  }
}
