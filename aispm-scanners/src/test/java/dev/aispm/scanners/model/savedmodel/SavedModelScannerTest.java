package dev.aispm.scanners.model.savedmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class SavedModelScannerTest {

  static void tagLen(ByteArrayOutputStream out, int field, byte[] b) {
    out.write(field << 3 | 2);
    int v = b.length;
    while ((v & ~0x7f) != 0) {
      out.write(v & 0x7f | 0x80);
      v >>>= 7;
    }
    out.write(v);
    out.writeBytes(b);
  }

  static byte[] nodeDef(String name, String op) {
    ByteArrayOutputStream n = new ByteArrayOutputStream();
    tagLen(n, 1, name.getBytes(StandardCharsets.UTF_8));
    tagLen(n, 2, op.getBytes(StandardCharsets.UTF_8));
    return n.toByteArray();
  }

  /** SavedModel{schema_version=1, meta_graphs{graph_def{node..., library{function{node_def}}}}}. */
  public static byte[] savedModel(String graphOp, String functionOp) {
    ByteArrayOutputStream graph = new ByteArrayOutputStream();
    tagLen(graph, 1, nodeDef("save/SaveV2", "SaveV2"));
    tagLen(graph, 1, nodeDef("n1", graphOp));
    ByteArrayOutputStream fn = new ByteArrayOutputStream();
    tagLen(fn, 3, nodeDef("f1", functionOp));
    ByteArrayOutputStream lib = new ByteArrayOutputStream();
    tagLen(lib, 1, fn.toByteArray());
    tagLen(graph, 2, lib.toByteArray());
    ByteArrayOutputStream meta = new ByteArrayOutputStream();
    tagLen(meta, 2, graph.toByteArray());
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    saved.write(0x08);
    saved.write(0x01);
    tagLen(saved, 2, meta.toByteArray());
    return saved.toByteArray();
  }

  static List<ContentFinding> scan(byte[] bytes) throws IOException {
    SavedModelScanner scanner = new SavedModelScanner();
    assertThat(scanner.accepts("m/saved_model.pb", bytes)).isTrue();
    List<ContentFinding> out = new ArrayList<>();
    scanner.scan(new ScanInput("m/saved_model.pb", new ByteArrayInputStream(bytes), bytes.length,
        0), ScanLimits.defaults(), out::add);
    return out;
  }

  @Test
  void ordinaryGraphIsClean() throws IOException {
    assertThat(scan(savedModel("MatMul", "Relu"))).isEmpty();
  }

  @Test
  void fileOpsInGraphsAndFunctionsAreReported() throws IOException {
    assertThat(scan(savedModel("WriteFile", "ReadFile"))).extracting(f -> f.details().get("op"))
        .containsExactlyInAnyOrder("WriteFile", "ReadFile");
  }

  @Test
  void truncatedGraphIsUnparseable() throws IOException {
    byte[] m = savedModel("MatMul", "Relu");
    assertThat(scan(java.util.Arrays.copyOf(m, m.length - 3))).extracting(ContentFinding::ruleId)
        .containsExactly("model.unparseable");
  }
}
