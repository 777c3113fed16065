package dev.aispm.scanners.model.safetensors;

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

public class SafetensorsScannerTest {

  /** u64 little-endian header length, the JSON header, then {@code dataBytes} zero bytes. */
  public static byte[] file(String header, int dataBytes) {
    byte[] h = header.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 8; i++) {
      out.write((int) ((long) h.length >>> (8 * i)) & 0xff);
    }
    out.writeBytes(h);
    out.writeBytes(new byte[dataBytes]);
    return out.toByteArray();
  }

  static List<ContentFinding> scan(byte[] bytes) throws IOException {
    SafetensorsScanner scanner = new SafetensorsScanner();
    assertThat(scanner.accepts("m.safetensors", bytes)).isTrue();
    List<ContentFinding> out = new ArrayList<>();
    scanner.scan(new ScanInput("m.safetensors", new ByteArrayInputStream(bytes), bytes.length, 0),
        ScanLimits.defaults(), out::add);
    return out;
  }

  @Test
  void wellFormedFileIsClean() throws IOException {
    String header = "{\"__metadata__\":{\"format\":\"pt\"},"
        + "\"w\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]},"
        + "\"b\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[16,20]}}";
    assertThat(scan(file(header, 20))).isEmpty();
  }

  @Test
  void overlappingOffsetsAreInvalid() throws IOException {
    String header = "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
        + "\"v\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}";
    assertThat(scan(file(header, 12))).extracting(ContentFinding::ruleId)
        .containsExactly(SafetensorsScanner.INVALID_HEADER);
  }

  @Test
  void sizeMismatchesAndBadValuesAreInvalid() throws IOException {
    assertThat(scan(file("{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 8)))
        .hasSize(1);
    assertThat(scan(file("{\"w\":{\"dtype\":\"EVIL\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8)))
        .hasSize(1);
    assertThat(scan(file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 4000)))
        .hasSize(1);
    assertThat(scan(file("{\"w\":1,\"w\":2}", 0))).hasSize(1);
    assertThat(scan(file("{\"w\": [", 0))).hasSize(1);
  }

  @Test
  void headerLongerThanFileIsInvalid() throws IOException {
    byte[] f = file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 0);
    assertThat(scan(java.util.Arrays.copyOf(f, 20))).hasSize(1);
  }
}
