package dev.aispm.scanners.model.numpy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.model.pickle.PickleBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class NumpyScannerTest {

  /** A version 1.0 .npy as np.save writes it: magic, version, u16 header length, dict, data. */
  public static byte[] npy(String descr, byte[] data) {
    String dict = "{'descr': " + descr + ", 'fortran_order': False, 'shape': (2,), }";
    int total = 10 + dict.length() + 1;
    String padded = dict + " ".repeat((64 - total % 64) % 64) + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
    out.write(padded.length() & 0xff);
    out.write(padded.length() >> 8);
    out.writeBytes(padded.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(data);
    return out.toByteArray();
  }

  static List<ContentFinding> scan(byte[] bytes) throws IOException {
    NumpyScanner scanner = new NumpyScanner();
    assertThat(scanner.accepts("a.npy", bytes)).isTrue();
    List<ContentFinding> out = new ArrayList<>();
    scanner.scan(new ScanInput("a.npy", new ByteArrayInputStream(bytes), bytes.length, 0),
        ScanLimits.defaults(), out::add);
    return out;
  }

  @Test
  void plainFloatArrayIsClean() throws IOException {
    assertThat(scan(npy("'<f4'", new byte[8]))).isEmpty();
  }

  @Test
  void objectArrayIsReportedAndItsPickleAnalysed() throws IOException {
    List<ContentFinding> findings = scan(npy("'|O'", PickleBuilder.systemProtocol4()));
    assertThat(findings).extracting(ContentFinding::ruleId)
        .containsExactly(NumpyScanner.OBJECT_ARRAY, "model.pickle.dangerous-global");
  }

  @Test
  void structuredDtypeWithObjectFieldCounts() {
    assertThat(NumpyScanner.isObjectDtype("[('a', '<i4'), ('b', 'O')]")).isTrue();
    assertThat(NumpyScanner.isObjectDtype("'<f8'")).isFalse();
  }

  @Test
  void malformedHeaderIsUnparseable() throws IOException {
    byte[] bad = npy("'<f4'", new byte[0]);
    bad[12] = 'X';
    bad[10] = 'X';
    assertThat(scan(bad)).extracting(ContentFinding::ruleId).containsExactly("model.unparseable");
    assertThat(scan(java.util.Arrays.copyOf(bad, 9))).extracting(ContentFinding::ruleId)
        .containsExactly("model.unparseable");
  }
}
