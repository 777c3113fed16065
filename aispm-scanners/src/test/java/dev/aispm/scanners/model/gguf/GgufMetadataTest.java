package dev.aispm.scanners.model.gguf;

import static dev.aispm.scanners.model.gguf.GgufScannerTest.le;
import static dev.aispm.scanners.model.gguf.GgufScannerTest.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GgufMetadataTest {
  /** The header of {@link GgufScannerTest#gguf}: a string, a string array, then the template. */
  private static final byte[] HEADER = GgufScannerTest.gguf("{{ messages }}");

  @Test
  void handsEveryKeyInOrderAndSkipsWhatIsNotRead() throws IOException {
    List<String> keys = new ArrayList<>();
    Map<String, String> read = new LinkedHashMap<>();
    GgufMetadata.walk(new ByteArrayInputStream(HEADER), (key, type, value) -> {
      keys.add(key + ":" + type);
      if (key.equals("tokenizer.chat_template")) {
        read.put(key, value.string(4096));
      }
    });
    assertThat(keys).containsExactly("general.architecture:8", "tokenizer.ggml.tokens:9",
        "tokenizer.chat_template:8");
    assertThat(read).containsEntry("tokenizer.chat_template", "{{ messages }}");
  }

  @Test
  void version1CountsAre32Bits() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("GGUF".getBytes(StandardCharsets.US_ASCII));
    le(out, 1, 4);
    le(out, 0, 4);
    le(out, 1, 4);
    le(out, 15, 4);
    out.writeBytes("general.license".getBytes(StandardCharsets.UTF_8));
    le(out, 8, 4);
    le(out, 3, 4);
    out.writeBytes("mit".getBytes(StandardCharsets.UTF_8));
    List<String> values = new ArrayList<>();
    GgufMetadata.walk(new ByteArrayInputStream(out.toByteArray()), (key, type, value) -> values.add(value.string(10)));
    assertThat(values).containsExactly("mit");
  }

  @Test
  void anUnknownVersionIsRefusedBeforeAnyKey() {
    byte[] v9 = Arrays.copyOf(HEADER, HEADER.length);
    v9[4] = 9;
    assertThatThrownBy(() -> GgufMetadata.walk(new ByteArrayInputStream(v9), (k, t, v) -> {
      throw new AssertionError("no key expected");
    })).isInstanceOf(GgufMetadata.UnknownVersion.class).hasMessage("unknown version 9");
  }

  @Test
  void tooManyDeclaredEntriesAreRefusedUnsigned() {
    byte[] many = Arrays.copyOf(HEADER, HEADER.length);
    Arrays.fill(many, 16, 24, (byte) 0xff);
    assertThatThrownBy(() -> GgufMetadata.walk(new ByteArrayInputStream(many), (k, t, v) -> { }))
        .isInstanceOf(GgufMetadata.TooManyEntries.class)
        .hasMessage("18446744073709551615 entries declared");
  }

  @Test
  void aValueLongerThanAskedIsAFormatErrorAndACutHeaderEndsEarly() {
    assertThatThrownBy(() -> GgufMetadata.walk(new ByteArrayInputStream(HEADER), (key, type, value) -> {
      if (type == GgufMetadata.STRING) {
        value.string(2);
      }
    })).isInstanceOf(GgufMetadata.GgufFormatException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> GgufMetadata.walk(new ByteArrayInputStream(Arrays.copyOf(HEADER, 40)), (k, t, v) -> { }))
        .isInstanceOf(EOFException.class);
  }

  @Test
  void anUnknownValueTypeIsAFormatError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("GGUF".getBytes(StandardCharsets.US_ASCII));
    le(out, 3, 4);
    le(out, 0, 8);
    le(out, 1, 8);
    str(out, "general.odd");
    le(out, 42, 4);
    assertThatThrownBy(() -> GgufMetadata.walk(new ByteArrayInputStream(out.toByteArray()), (k, t, v) -> { }))
        .isInstanceOf(GgufMetadata.GgufFormatException.class).hasMessage("unknown value type 42");
  }
}
