package dev.aispm.scanners.model.onnx;

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

public class OnnxScannerTest {

  /** Protobuf wire encoding by hand: tag = field << 3 | wire type, then varint or length. */
  static final class Pb {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Pb varint(int field, long v) {
      raw(field << 3);
      raw(v);
      return this;
    }

    Pb bytes(int field, byte[] b) {
      raw(field << 3 | 2);
      raw(b.length);
      out.writeBytes(b);
      return this;
    }

    Pb str(int field, String s) {
      return bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    Pb msg(int field, Pb m) {
      return bytes(field, m.out.toByteArray());
    }

    private void raw(long v) {
      while ((v & ~0x7fL) != 0) {
        out.write((int) (v & 0x7f) | 0x80);
        v >>>= 7;
      }
      out.write((int) v);
    }

    byte[] toBytes() {
      return out.toByteArray();
    }
  }

  /**
   * ModelProto{ir_version=8, graph=GraphProto{node=NodeProto{op_type, domain},
   * initializer=TensorProto{name, raw_data, data_location=EXTERNAL, external_data{location}}}}.
   */
  public static byte[] model(String domain, String externalLocation) {
    Pb tensor = new Pb().str(8, "w").bytes(9, new byte[64]);
    if (externalLocation != null) {
      tensor.varint(14, 1).msg(13, new Pb().str(1, "location").str(2, externalLocation));
    }
    Pb node = new Pb().str(1, "x").str(2, "y").str(4, "Relu").str(7, domain);
    Pb graph = new Pb().msg(1, node).str(2, "g").msg(5, tensor);
    return new Pb().varint(1, 8).str(2, "pytorch").msg(7, graph)
        .msg(8, new Pb().varint(2, 17)).toBytes();
  }

  static List<ContentFinding> scan(byte[] bytes) throws IOException {
    OnnxScanner scanner = new OnnxScanner();
    assertThat(scanner.accepts("m.onnx", bytes)).isTrue();
    List<ContentFinding> out = new ArrayList<>();
    scanner.scan(new ScanInput("m.onnx", new ByteArrayInputStream(bytes), bytes.length, 0),
        ScanLimits.defaults(), out::add);
    return out;
  }

  @Test
  void standardModelWithLocalExternalDataIsClean() throws IOException {
    assertThat(scan(model("", "weights/model.onnx.data"))).isEmpty();
  }

  @Test
  void escapingExternalDataIsHigh() throws IOException {
    assertThat(scan(model("", "../../../etc/passwd"))).extracting(ContentFinding::ruleId)
        .containsExactly(OnnxScanner.EXTERNAL_DATA_ESCAPE);
    assertThat(OnnxScanner.escapes("/etc/shadow")).isTrue();
    assertThat(OnnxScanner.escapes("C:\\secrets.bin")).isTrue();
    assertThat(OnnxScanner.escapes("http://host/x")).isTrue();
    assertThat(OnnxScanner.escapes("data/w.bin")).isFalse();
  }

  @Test
  void customDomainIsLow() throws IOException {
    assertThat(scan(model("com.evil.ops", null))).extracting(ContentFinding::ruleId)
        .containsExactly(OnnxScanner.CUSTOM_OPERATOR);
  }

  @Test
  void truncatedModelIsUnparseableAndOtherBytesAreNotOnnx() throws IOException {
    byte[] m = model("", null);
    assertThat(scan(java.util.Arrays.copyOf(m, m.length - 10)))
        .extracting(ContentFinding::ruleId).containsExactly("model.unparseable");
    assertThat(new OnnxScanner().accepts("x", "hello world".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }
}
