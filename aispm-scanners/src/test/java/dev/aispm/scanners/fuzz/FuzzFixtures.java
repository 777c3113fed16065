package dev.aispm.scanners.fuzz;

import dev.aispm.scanners.archive.ZipBuilder;
import dev.aispm.scanners.data.parquet.ParquetBuilder;
import dev.aispm.scanners.files.ContentScanEngineTest;
import dev.aispm.scanners.model.gguf.GgufScannerTest;
import dev.aispm.scanners.model.hdf5.EmbeddedKerasConfigScannerTest;
import dev.aispm.scanners.model.keras.KerasConfigScannerTest;
import dev.aispm.scanners.model.numpy.NumpyScannerTest;
import dev.aispm.scanners.model.onnx.OnnxScannerTest;
import dev.aispm.scanners.model.pickle.PickleBuilder;
import dev.aispm.scanners.model.safetensors.SafetensorsScannerTest;
import dev.aispm.scanners.model.savedmodel.SavedModelScannerTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Well-formed inputs for every fuzz target, built by the same helpers the format tests use: the
 * starting points mutations and coverage-guided fuzzing work from, and the seed corpus of the
 * fuzz tests' regression mode.
 */
public final class FuzzFixtures {
  private FuzzFixtures() {
  }

  /** Named seeds per target, in a fixed order. */
  public static Map<FuzzTarget, Map<String, byte[]>> all() {
    Map<FuzzTarget, Map<String, byte[]>> m = new EnumMap<>(FuzzTarget.class);
    put(m, FuzzTarget.PICKLE, "torch-state-dict", PickleBuilder.torchStateDict());
    put(m, FuzzTarget.PICKLE, "sklearn-estimator", PickleBuilder.sklearnLogisticRegression());
    put(m, FuzzTarget.PICKLE, "xgboost", PickleBuilder.xgboostClassifier());
    put(m, FuzzTarget.PICKLE, "joblib-inline-arrays", PickleBuilder.joblibEstimator(
        new PickleBuilder().proto(4).emptyList().mark().unicode("cat").unicode("dog").appends()
            .stop().toBytes()));
    put(m, FuzzTarget.PICKLE, "protocol0-payload", PickleBuilder.osSystemProtocol0());
    put(m, FuzzTarget.PICKLE, "protocol4-payload", PickleBuilder.systemProtocol4());
    put(m, FuzzTarget.NUMPY, "float-array", NumpyScannerTest.npy("'<f4'", new byte[8]));
    put(m, FuzzTarget.NUMPY, "object-array", NumpyScannerTest.npy("'|O'",
        PickleBuilder.systemProtocol4()));
    put(m, FuzzTarget.SAFETENSORS, "two-tensors", SafetensorsScannerTest.file(
        "{\"__metadata__\":{\"format\":\"pt\"},\"a\":{\"dtype\":\"F32\",\"shape\":[2],"
            + "\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"I64\",\"shape\":[1],"
            + "\"data_offsets\":[8,16]}}", 16));
    put(m, FuzzTarget.GGUF, "chat-template", GgufScannerTest.gguf(GgufScannerTest.BENIGN_TEMPLATE));
    put(m, FuzzTarget.KERAS_CONFIG, "sequential", utf8(KerasConfigScannerTest.BENIGN));
    put(m, FuzzTarget.HDF5, "keras-h5", smallH5(
        "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"Lambda\","
            + " \"config\": {\"name\": \"l\", \"function\": [\"4wEAAAAA\", null, null]}}]}}"));
    put(m, FuzzTarget.ONNX, "custom-domain", OnnxScannerTest.model("com.vendor", "../w.bin"));
    put(m, FuzzTarget.ONNX, "plain", OnnxScannerTest.model("", null));
    put(m, FuzzTarget.SAVED_MODEL, "read-file", SavedModelScannerTest.savedModel("ReadFile",
        "PyFunc"));
    put(m, FuzzTarget.TEXT, "env-file", utf8("OPENAI_API_KEY=sk-proj-" + "Ab3dE".repeat(10)
        + "\nDATABASE_URL=postgresql://app:Xk9qT7v@db:5432/prod\n-----BEGIN RSA PRIVATE KEY-----\n"
        + "MIIEowIBAAKCAQEA".repeat(6) + "\n-----END RSA PRIVATE KEY-----\n"));
    put(m, FuzzTarget.CSV, "header-and-rows", utf8("name,email,password\n\"Jane, Doe\",jane@corp.io,"
        + "h7Kp29xQ!9\nbob,\"b\"\"o\",x\n"));
    put(m, FuzzTarget.JSON_LINES, "chat-records", utf8(
        "{\"prompt\": \"my key is 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\", \"completion\": \"ok\"}\n"
            + "{\"messages\": [{\"role\": \"user\", \"content\": \"call +14155550123\"}]}\n"));
    put(m, FuzzTarget.NOTEBOOK, "cells-and-outputs", utf8("{\"nbformat\": 4, \"nbformat_minor\": 5,"
        + " \"metadata\": {}, \"cells\": [{\"cell_type\": \"code\", \"source\": [\"import os\\n\","
        + " \"os.environ['HF_TOKEN'] = 'hf_aB3dEfGhIjKlMnOpQrStUvWxYz01234567'\"], \"outputs\":"
        + " [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\"done\\n\"]}]}]}"));
    put(m, FuzzTarget.PARQUET, "plain", parquet(false));
    put(m, FuzzTarget.PARQUET, "dictionary-snappy", parquet(true));
    put(m, FuzzTarget.PACKAGE_RECORDS, "pyproject", utf8("""
        app/pyproject.toml
        [project]
        dependencies = ["openai==1.3.5", 'anthropic>=0.7 ; python_version >= "3.9"']
        [project.optional-dependencies]
        gpu = ["torch===2.1.0"]
        [tool.poetry.dependencies]
        python = "^3.10"
        gradio = {version = "4.1.0", extras = ["oauth"]}
        "llama-index" = \"\"\"=0.9.0\"\"\"
        [[tool.poetry.source]]
        url = 'https://user:pw@pypi.example.invalid/simple'
        """));
    put(m, FuzzTarget.PACKAGE_RECORDS, "pipfile", utf8("""
        Pipfile
        [[source]]
        url = "https://pypi.org/simple"
        [packages]
        openai = "==1.3.5"
        ray = {git = "https://example.invalid/ray.git"}
        """));
    put(m, FuzzTarget.PACKAGE_RECORDS, "setup-cfg", utf8("""
        setup.cfg
        [options]
        install_requires =
            openai==1.3.5
            ray[default] ; python_version >= "3.9"
        [options.extras_require]
        gpu = torch==2.1.0; vllm
        """));
    put(m, FuzzTarget.PACKAGE_RECORDS, "setup-py", utf8("""
        setup.py
        setup(install_requires=["openai==1.3.5", 'lang' "chain", f"x{y}", *REQS], **{"install_requires": ("ray",)})
        """));
    put(m, FuzzTarget.PACKAGE_RECORDS, "conda-environment", utf8("""
        environment.yml
        channels: [pytorch, conda-forge]
        dependencies:
          - pytorch::pytorch=2.1.0=py3.10_0
          - scikit-learn 1.3.2 py310_0
          - pip:
            - --extra-index-url https://pypi.example.invalid/simple
            - openai==1.3.5
        """));
    put(m, FuzzTarget.PACKAGE_RECORDS, "pom", utf8("""
        svc/pom.xml
        <project><parent><version>3.1.0</version></parent><properties><v>0.25.0</v></properties>
        <dependencies><dependency><groupId>dev.langchain4j</groupId><artifactId>langchain4j</artifactId>
        <version>${v}</version></dependency><dependency><groupId>g</groupId><artifactId>a</artifactId>
        <version>${project.version}</version></dependency></dependencies></project>
        """));
    put(m, FuzzTarget.PACKAGE_RECORDS, "gradle", utf8("""
        build.gradle.kts
        dependencies {
            implementation("dev.langchain4j:langchain4j:0.25.0") // comment
            testImplementation(group = "org.junit", name = "junit", version = "5.10.0")
            implementation(libs.openai) /* catalogue */
        }
        """));
    put(m, FuzzTarget.PACKAGE_RECORDS, "requirements", utf8("""
        requirements.txt
        openai==1.3.5 \\
            --hash=sha256:abc
        mlflow @ https://example.invalid/mlflow.tar.gz
        """));
    put(m, FuzzTarget.PACKAGE_RECORDS, "poetry-lock", utf8("""
        poetry.lock
        [[package]]
        name = "mlflow"
        version = "2.9.2"
        """));
    put(m, FuzzTarget.PACKAGE_RECORDS, "package-lock", utf8("""
        package-lock.json
        {"lockfileVersion":3,"packages":{"node_modules/openai":{"version":"4.20.0"}}}
        """));
    put(m, FuzzTarget.PACKAGE_RECORDS, "pom-properties", utf8("""
        a.jar!/META-INF/maven/com.openai/openai-java/pom.properties
        groupId=com.openai
        artifactId=openai-java
        version=0.8.0\\u0020
        """));
    put(m, FuzzTarget.ARCHIVE, "torch-zip", ContentScanEngineTest.torchZip(
        PickleBuilder.torchStateDict()));
    put(m, FuzzTarget.ARCHIVE, "zip-two-members", new ZipBuilder()
        .add("a.txt", utf8("token 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\n"))
        .add("b.pkl", PickleBuilder.systemProtocol4()).toBytes());
    put(m, FuzzTarget.ARCHIVE, "gzip-pickle", ContentScanEngineTest.gzip(
        PickleBuilder.osSystemProtocol0()));
    try {
      put(m, FuzzTarget.ARCHIVE, "tar-gz", ContentScanEngineTest.tarGz("model/a.pkl",
          PickleBuilder.torchStateDict(), "model/notes.txt", utf8("hello\n")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /** Every seed with its target, flattened. */
  public static List<Map.Entry<FuzzTarget, byte[]>> flat() {
    List<Map.Entry<FuzzTarget, byte[]>> out = new ArrayList<>();
    all().forEach((t, seeds) -> seeds.values().forEach(b -> out.add(Map.entry(t, b))));
    return out;
  }

  private static byte[] parquet(boolean dictionary) {
    List<Object> ids = new ArrayList<>();
    List<Object> text = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ids.add("row-" + i);
      text.add(i == 5 ? "GITHUB_TOKEN=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" : i % 4 == 1 ? null
          : "sample " + i);
    }
    ParquetBuilder b = new ParquetBuilder().column("id", ParquetBuilder.REQUIRED, ids)
        .column("text", ParquetBuilder.OPTIONAL, text);
    return dictionary ? b.dictionary().codec(ParquetBuilder.SNAPPY).build() : b.build();
  }

  /** The HDF5 layout of the format test, without its 300 KB of weights: fuzzers like small seeds. */
  private static byte[] smallH5(String config) {
    byte[] full = EmbeddedKerasConfigScannerTest.h5(config);
    int body = full.length - 300_000 - 8;
    byte[] out = new byte[8 + 512 + body];
    System.arraycopy(full, 0, out, 0, 8);
    System.arraycopy(full, 8 + 300_000, out, 8 + 512, body);
    return out;
  }

  private static void put(Map<FuzzTarget, Map<String, byte[]>> m, FuzzTarget t, String name,
      byte[] bytes) {
    m.computeIfAbsent(t, k -> new java.util.LinkedHashMap<>()).put(name, bytes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
