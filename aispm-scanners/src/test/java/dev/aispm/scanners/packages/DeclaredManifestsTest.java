package dev.aispm.scanners.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import dev.aispm.scanners.packages.PackageManifests.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Projects' own dependency declarations. The inputs are small hand-written files in each
 * format's documented shape (PEP 621 / PEP 735, Poetry, Pipenv, setuptools, conda, Maven POM
 * 4.0.0, Gradle Groovy and Kotlin DSL).
 */
class DeclaredManifestsTest {

  private static List<String> coordinates(DeclaredDependencies d) {
    return d.packages().stream().map(p -> p.name() + "@" + p.version()).toList();
  }

  private static DeclaredDependencies read(Kind kind, String text) throws IOException {
    return PackageManifests.read(kind, text, "x");
  }

  @Test
  void declarationsAreRecognisedByNameButNotInsideInstalledPackages() {
    assertThat(PackageManifests.kindOf("src.zip!/app/pyproject.toml")).contains(Kind.PYPROJECT);
    assertThat(PackageManifests.kindOf("app/Pipfile")).contains(Kind.PIPFILE);
    assertThat(PackageManifests.kindOf("app/setup.cfg")).contains(Kind.SETUP_CFG);
    assertThat(PackageManifests.kindOf("app/setup.py")).contains(Kind.SETUP_PY);
    assertThat(PackageManifests.kindOf("app/requirements-dev.in")).contains(Kind.REQUIREMENTS);
    assertThat(PackageManifests.kindOf("app/constraints.txt")).contains(Kind.CONSTRAINTS);
    assertThat(PackageManifests.kindOf("app/environment.yml")).contains(Kind.CONDA_ENVIRONMENT);
    assertThat(PackageManifests.kindOf("mlruns/1/abc/artifacts/model/conda.yaml")).contains(Kind.CONDA_ENVIRONMENT);
    assertThat(PackageManifests.kindOf("svc/pom.xml")).contains(Kind.POM);
    assertThat(PackageManifests.kindOf("svc/build.gradle.kts")).contains(Kind.GRADLE);
    assertThat(PackageManifests.kindOf("svc/build.gradle")).contains(Kind.GRADLE);
    // a dependency's own build files describe how it was built, not what is installed
    assertThat(PackageManifests.kindOf("usr/lib/python3/site-packages/foo/setup.py")).isEmpty();
    assertThat(PackageManifests.kindOf("node_modules/x/pyproject.toml")).isEmpty();
    assertThat(PackageManifests.kindOf("lib/a.jar!/META-INF/maven/g/a/pom.xml")).isEmpty();
    assertThat(PackageManifests.kindOf("opt/conda/pkgs/openai-1.3.5-py_0/info/recipe/setup.py")).isEmpty();
    assertThat(PackageManifests.kindOf("app/pipfile.txt")).isEmpty();
    assertThat(PackageManifests.kindOf("app/settings.gradle")).isEmpty();
  }

  @Test
  void pyprojectReadsPep621OptionalGroupsAndPoetry() throws IOException {
    String text = """
        [build-system]
        requires = ["setuptools>=61"]  # not a runtime dependency

        [project]
        name = "agent"
        dependencies = [
          "openai==1.3.5",          # pinned
          'anthropic>=0.7',
          "langchain[openai] ; python_version >= '3.9'",
          "mlflow @ https://example.invalid/mlflow.tar.gz",
        ]

        [project.optional-dependencies]
        gpu = ["torch===2.1.0", "vllm"]

        [dependency-groups]
        dev = ["pytest==8.0.0", {include-group = "gpu"}]

        [tool.poetry.dependencies]
        python = "^3.10"
        transformers = "4.36.0"
        gradio = {version = "^4.0", extras = ["oauth"]}
        ray = { git = "https://example.invalid/ray.git" }
        "llama-index" = "=0.9.0"
        numpy = "1.26.*"

        [tool.poetry.group.ml.dependencies]
        tensorflow = "==2.15.0"

        [tool.poetry.dependencies.keras]
        version = "3.0.1"

        [[tool.poetry.source]]
        name = "private"
        url = "https://user:secret@pypi.example.invalid/simple"
        """;
    DeclaredDependencies d = read(Kind.PYPROJECT, text);
    assertThat(coordinates(d)).containsExactly("openai@1.3.5", "anthropic@null", "langchain@null",
        "mlflow@null", "torch@2.1.0", "vllm@null", "pytest@8.0.0", "transformers@4.36.0", "gradio@null",
        "ray@null", "llama-index@0.9.0", "numpy@null", "keras@3.0.1", "tensorflow@2.15.0");
    assertThat(d.packages()).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo("pyproject.toml");
      assertThat(p.ecosystem()).isEqualTo(Ecosystem.PYPI);
    });
    assertThat(d.indexes()).containsExactly("https://pypi.example.invalid/simple");
    assertThat(d.unresolved()).isZero();
  }

  @Test
  void malformedTomlKeepsWhatCouldBeRead() throws IOException {
    String text = """
        [project]
        dependencies = ["openai==1.0.0", "torch"
        name = = broken
        [tool.poetry.dependencies]
        ray = "2.9.0"
        "unterminated = "1
        vllm = '0.4.0'
        broken = "no end
        gradio = "4.1.0"
        """ + "x = " + "[".repeat(10_000) + "\n[tool.poetry.dev-dependencies]\nmlflow = \"*\"\n";
    DeclaredDependencies d = read(Kind.PYPROJECT, text);
    assertThat(coordinates(d)).contains("ray@2.9.0", "vllm@0.4.0", "gradio@4.1.0", "mlflow@null");
    assertThat(TomlSubset.parse(text).errors()).isPositive();
    assertThat(read(Kind.PYPROJECT, "").packages()).isEmpty();
    assertThat(coordinates(read(Kind.PYPROJECT, "\uFEFF[project]\r\ndependencies = [\r\n  \"openai==1.3.5\",\r\n]\r\n")))
        .containsExactly("openai@1.3.5");
    assertThat(read(Kind.PYPROJECT, "[project]\ndependencies = \"openai\"\n").unresolved()).isEqualTo(1);
  }

  @Test
  void tomlStringsFollowTheSpecification() {
    TomlSubset.Result r = TomlSubset.parse("""
        a = "q\\"\\u00e9\\n"
        b = 'C:\\path'
        c = \"\"\"
        one \\
          two\"\"\"
        d = '''x''y'''
        e.f = [1, true, { g = "h" }]
        """);
    assertThat(r.errors()).isZero();
    assertThat(r.at("a")).isEqualTo("q\"\u00e9\n");
    assertThat(r.at("b")).isEqualTo("C:\\path");
    assertThat(r.at("c")).isEqualTo("one two");
    assertThat(r.at("d")).isEqualTo("x''y");
    assertThat(r.at("e", "f")).isEqualTo(List.of(new TomlSubset.Bare("1"), new TomlSubset.Bare("true"),
        java.util.Map.of("g", "h")));
  }

  @Test
  void pipfilePinsOnlyExactVersions() throws IOException {
    String text = """
        [[source]]
        url = "https://pypi.org/simple"
        verify_ssl = true
        name = "pypi"

        [packages]
        openai = "==1.3.5"
        langchain = "*"
        "zope.interface" = ">=5"
        gradio = {version = "==4.1.0", extras = ["oauth"]}
        ray = {git = "https://example.invalid/ray.git", ref = "main"}

        [dev-packages]
        notebook = "~=7.0"

        [requires]
        python_version = "3.11"
        """;
    DeclaredDependencies d = read(Kind.PIPFILE, text);
    assertThat(coordinates(d)).containsExactly("openai@1.3.5", "langchain@null", "zope-interface@null",
        "gradio@4.1.0", "ray@null", "notebook@null");
    assertThat(d.packages().get(0).source()).isEqualTo("Pipfile");
    assertThat(d.indexes()).containsExactly("https://pypi.org/simple");
  }

  @Test
  void setupCfgReadsInstallRequiresAndExtras() throws IOException {
    String text = """
        [metadata]
        name = agent
        install_requires = not-this

        [options]
        packages = find:
        package_data =
            install_requires = not-a-key-but-a-continuation
        install_requires =
            openai==1.3.5
            # a comment
            transformers>=4 ; python_version >= "3.9"
            ray[default]
        python_requires = >=3.9

        [options.extras_require]
        gpu = torch==2.1.0; vllm
        docs =
            sphinx
        """;
    DeclaredDependencies d = read(Kind.SETUP_CFG, text);
    assertThat(coordinates(d)).containsExactly("openai@1.3.5", "transformers@null", "ray@null",
        "torch@2.1.0", "vllm@null", "sphinx@null");
    assertThat(d.packages().get(0).source()).isEqualTo("setup.cfg");
    // a one-line value is split at ";" like setuptools does; a marker left alone is no package
    assertThat(coordinates(read(Kind.SETUP_CFG, "[options]\ninstall_requires = mlflow; python_version<'3.12'\n")))
        .containsExactly("mlflow@null");
    assertThat(read(Kind.SETUP_CFG, "[options]\ninstall_requires = file: requirements.txt\n").packages()).isEmpty();
  }

  @Test
  void setupPyReadsOnlyLiteralStringsAndCountsTheRest() throws IOException {
    String text = """
        from setuptools import setup
        REQS = open("requirements.txt").read().splitlines()
        setup(
            name="agent",
            install_requires=[
                "openai==1.3.5",  # pinned, with a ] in the comment
                'anthropic>=0.7',
                "lang" "chain",
                f"torch=={TORCH}",
                *REQS,
                "mlflow" + SUFFIX,
            ],
            extras_require={"gpu": ["vllm"]},
        )
        setup(**{"install_requires": ("ray==2.9.0",), "name": "b"})
        setup(install_requires=REQS)
        kwargs["install_requires"] = ["gradio==4.1.0"]
        if install_requires == []:
            pass
        """;
    DeclaredDependencies d = read(Kind.SETUP_PY, text);
    assertThat(coordinates(d)).containsExactly("openai@1.3.5", "anthropic@null", "langchain@null", "ray@2.9.0",
        "gradio@4.1.0");
    assertThat(d.unresolved()).isEqualTo(4);
    assertThat(d.packages().get(0).source()).isEqualTo("setup.py");
    // an unterminated list or string yields what came before it and ends
    assertThat(coordinates(read(Kind.SETUP_PY, "setup(install_requires=['openai', 'tor")))
        .containsExactly("openai@null");
    assertThat(read(Kind.SETUP_PY, "print('no dependencies')").packages()).isEmpty();
  }

  @Test
  void condaEnvironmentReadsCondaSpecsPipListAndChannels() throws IOException {
    String text = """
        name: train
        channels:
          - pytorch
          - https://user:pw@conda.example.invalid/channel
          - conda-forge
        dependencies:
          - python=3.10
          - pip
          - pytorch::pytorch=2.1.0=py3.10_cuda11.8_0
          - numpy==1.26.2
          - pandas>=2
          - scikit-learn 1.3.2 py310h1128e8f_0
          - mlflow=2.9
          - pip:
            - --extra-index-url https://pypi.example.invalid/simple
            - -r requirements.txt
            - openai==1.3.5
            - langchain>=0.1
          - 42
        """;
    DeclaredDependencies d = read(Kind.CONDA_ENVIRONMENT, text);
    assertThat(coordinates(d)).containsExactly("torch@2.1.0", "numpy@1.26.2", "pandas@null",
        "scikit-learn@1.3.2", "mlflow@null", "openai@1.3.5", "langchain@null");
    assertThat(d.packages().get(0).source()).isEqualTo("conda-environment");
    assertThat(d.indexes()).containsExactly("pytorch", "https://conda.example.invalid/channel", "conda-forge",
        "https://pypi.example.invalid/simple");
    assertThat(d.unresolved()).isEqualTo(1);
    assertThat(read(Kind.CONDA_ENVIRONMENT, "just text").packages()).isEmpty();
    assertThatThrownBy(() -> read(Kind.CONDA_ENVIRONMENT, "dependencies: [openai\n  - : :"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void pomResolvesPropertiesAndKeepsUnresolvableVersionsOut() throws IOException {
    String text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <parent><groupId>dev.example</groupId><artifactId>parent</artifactId><version>3.1.0</version></parent>
          <artifactId>agent</artifactId>
          <properties>
            <langchain4j.version>0.25.0</langchain4j.version>
            <lc4j>${langchain4j.version}</lc4j>
          </properties>
          <dependencyManagement><dependencies><dependency>
            <groupId>not.used</groupId><artifactId>bom</artifactId><version>1</version>
          </dependency></dependencies></dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>dev.langchain4j</groupId>
              <artifactId>langchain4j-open-ai</artifactId>
              <version>${lc4j}</version>
            </dependency>
            <dependency>
              <groupId>${project.groupId}</groupId>
              <artifactId>core</artifactId>
              <version>${project.version}</version>
            </dependency>
            <dependency>
              <groupId>com.openai</groupId>
              <artifactId>openai-java</artifactId>
              <version>${openai.version}</version>
            </dependency>
            <dependency>
              <groupId>org.springframework.ai</groupId>
              <artifactId>spring-ai-openai</artifactId>
              <version>[1.0,2.0)</version>
              <scope>test</scope>
            </dependency>
            <dependency><groupId>io.x</groupId><artifactId>managed</artifactId></dependency>
            <dependency><groupId>io.x</groupId><artifactId>sibling</artifactId><version>${project.parent.version}</version></dependency>
            <dependency><groupId>${missing}</groupId><artifactId>y</artifactId></dependency>
          </dependencies>
          <build><plugins><plugin><dependencies><dependency>
            <groupId>not.used</groupId><artifactId>plugin-dep</artifactId><version>1</version>
          </dependency></dependencies></plugin></plugins></build>
        </project>
        """;
    DeclaredDependencies d = read(Kind.POM, text);
    assertThat(coordinates(d)).containsExactly("dev.langchain4j:langchain4j-open-ai@0.25.0",
        "dev.example:core@3.1.0", "com.openai:openai-java@null", "org.springframework.ai:spring-ai-openai@null",
        "io.x:managed@null", "io.x:sibling@3.1.0");
    assertThat(d.unresolved()).isEqualTo(1);
    assertThat(d.packages()).allSatisfy(p -> {
      assertThat(p.ecosystem()).isEqualTo(Ecosystem.MAVEN);
      assertThat(p.source()).isEqualTo("pom.xml");
    });
  }

  @Test
  void pomEntitiesAreNeverResolved() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE project [<!ENTITY v SYSTEM "file:///etc/hostname">]>
        <project><dependencies><dependency>
          <groupId>a</groupId><artifactId>b</artifactId><version>&v;</version>
        </dependency></dependencies></project>
        """;
    assertThatThrownBy(() -> read(Kind.POM, xxe)).isInstanceOf(PackageManifests.UnreadableRecord.class)
        .hasMessageContaining("DOCTYPE");
    assertThatThrownBy(() -> read(Kind.POM, "<project><dependencies>")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> read(Kind.POM, "<a>".repeat(100) + "</a>".repeat(100)))
        .isInstanceOf(PackageManifests.UnreadableRecord.class).hasMessageContaining("deeper");
  }

  @Test
  void gradleReadsLiteralCoordinatesInBothDsls() throws IOException {
    String groovy = """
        plugins { id 'java' }
        description = "The api for agents"
        repositories { maven { url "https://repo.example.invalid/maven" } } // not a comment start
        dependencies {
            implementation 'dev.langchain4j:langchain4j:0.25.0'
            api "com.openai:openai-java:$openaiVersion"
            // implementation 'commented:out:1.0'
            /* testImplementation 'also:commented:1.0' */
            testImplementation group: 'org.junit.jupiter', name: 'junit-jupiter', version: '5.10.0'
            runtimeOnly 'ai.djl:api:0.+'
            compileOnly libs.lombok
            implementation project(':core')
            implementation platform('org.springframework.ai:spring-ai-bom:1.0.0')
            implementation fileTree(dir: 'libs', include: ['*.jar'])
        }
        """;
    DeclaredDependencies g = read(Kind.GRADLE, groovy);
    assertThat(coordinates(g)).containsExactly("dev.langchain4j:langchain4j@0.25.0",
        "com.openai:openai-java@null", "org.junit.jupiter:junit-jupiter@5.10.0", "ai.djl:api@null");
    assertThat(g.unresolved()).isEqualTo(1);
    assertThat(g.packages().get(0).source()).isEqualTo("build.gradle");
    String kotlin = """
        dependencies {
            implementation("org.springframework.ai:spring-ai-openai-spring-boot-starter:1.0.0-M1")
            testRuntimeOnly(group = "org.junit.platform", name = "junit-platform-launcher")
            implementation(libs.openai)
            implementation(kotlin("stdlib"))
        }
        """;
    DeclaredDependencies k = read(Kind.GRADLE, kotlin);
    assertThat(coordinates(k)).containsExactly(
        "org.springframework.ai:spring-ai-openai-spring-boot-starter@1.0.0-M1",
        "org.junit.platform:junit-platform-launcher@null");
    assertThat(k.unresolved()).isEqualTo(1);
  }

  @Test
  void requirementsInAndConstraintsAreRequirementLines() throws IOException {
    assertThat(coordinates(read(Kind.REQUIREMENTS, "openai\ntorch==2.1.0\n")))
        .containsExactly("openai@null", "torch@2.1.0");
    DeclaredDependencies c = read(Kind.CONSTRAINTS, "# pins\nmlflow==2.9.2\nray<3\n");
    assertThat(coordinates(c)).containsExactly("mlflow@2.9.2", "ray@null");
    assertThat(c.packages().get(0).source()).isEqualTo("constraints");
  }

  @Test
  void declarationsAreBoundedPerFile() throws IOException {
    StringBuilder b = new StringBuilder("install_requires=[");
    for (int i = 0; i < InstallCommands.MAX_PACKAGES + 50; i++) {
      b.append("'p").append(i).append("',");
    }
    assertThat(read(Kind.SETUP_PY, b + "]").packages()).hasSize(InstallCommands.MAX_PACKAGES);
  }

  @Test
  void theInventoryScannerReportsDeclarationsAndWhatItCouldNotRead() throws IOException {
    byte[] zip = Archives.of()
        .text("app/pyproject.toml", "[project]\ndependencies = [\"openai==1.3.5\"]\n")
        .text("app/setup.py", "setup(install_requires=REQS)\n")
        .text("svc/pom.xml", "<!DOCTYPE x [<!ENTITY e \"boom\">]><project>&e;</project>")
        .text("svc/build.gradle.kts", "dependencies {\n implementation(\"dev.langchain4j:langchain4j:0.25.0\")\n}\n")
        .zip();
    InventoryCollector collector = new InventoryCollector();
    ContentScanEngine engine = new ContentScanEngine(List.of(new PackageInventoryScanner(collector)),
        ScanLimits.defaults());
    List<ContentFinding> findings = new ArrayList<>(engine.scan(new ByteArrayInputStream(zip), "src.zip"));
    assertThat(collector.packages()).extracting(p -> p.purl()).containsExactlyInAnyOrder(
        "pkg:pypi/openai@1.3.5", "pkg:maven/dev.langchain4j/langchain4j@0.25.0");
    assertThat(findings).extracting(ContentFinding::ruleId).containsOnly(PackageInventoryScanner.UNPARSEABLE);
    assertThat(findings).extracting(ContentFinding::location)
        .containsExactlyInAnyOrder("src.zip!/app/setup.py", "src.zip!/svc/pom.xml");
    assertThat(findings).extracting(ContentFinding::message).allSatisfy(m -> assertThat(m).doesNotContain("boom"));
    assertThat(findings).filteredOn(f -> f.location().endsWith("setup.py")).extracting(ContentFinding::message)
        .singleElement().asString().contains("1 dependency that is not literal");
  }
}
