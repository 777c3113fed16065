package dev.aispm.scanners.model.hdf5;

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

public class EmbeddedKerasConfigScannerTest {

  /**
   * Not a full HDF5 file: the superblock signature, filler standing in for object headers and
   * weights, and the model_config attribute string where h5py stores it, contiguous. That is all
   * the scanner relies on.
   */
  public static byte[] h5(String... configs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'});
    out.writeBytes(new byte[300_000]);
    for (String c : configs) {
      out.writeBytes(c.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(new byte[1000]);
    }
    return out.toByteArray();
  }

  static List<ContentFinding> scan(byte[] bytes) throws IOException {
    EmbeddedKerasConfigScanner scanner = new EmbeddedKerasConfigScanner();
    assertThat(scanner.accepts("m.h5", bytes)).isTrue();
    List<ContentFinding> out = new ArrayList<>();
    scanner.scan(new ScanInput("m.h5", new ByteArrayInputStream(bytes), bytes.length, 0),
        ScanLimits.defaults(), out::add);
    return out;
  }

  @Test
  void lambdaInModelConfigAfterTrainingConfigIsFound() throws IOException {
    // Keras 2 writes Lambda functions as [base64 marshal, defaults, closure].
    String training = "{\"class_name\": \"Adam\", \"config\": {\"learning_rate\": 0.001}}";
    String model = "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\":"
        + " \"Lambda\", \"config\": {\"name\": \"l\", \"function\": [\"4wEAAA==\", null, null],"
        + " \"function_type\": \"lambda\"}}]}}";
    assertThat(scan(h5(training, model))).extracting(ContentFinding::ruleId)
        .containsExactly("model.keras.lambda-layer");
  }

  @Test
  void plainModelIsClean() throws IOException {
    assertThat(scan(h5("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\":"
        + " \"Dense\", \"config\": {\"units\": 1}}]}}"))).isEmpty();
    assertThat(new EmbeddedKerasConfigScanner().accepts("x.bin", new byte[600])).isFalse();
  }

  @Test
  void cutOffConfigIsUnparseable() throws IOException {
    byte[] b = h5("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [");
    assertThat(scan(java.util.Arrays.copyOf(b, b.length - 1000)))
        .extracting(ContentFinding::ruleId).containsExactly("model.unparseable");
  }
}
