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
