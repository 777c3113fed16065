package dev.aispm.scanners.policy.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metadata gathering on broken and hostile headers: the file is still a model, with nothing stated. */
class ModelProfileScannerTest {
  private final ModelProfileScanner scanner =
      new ModelProfileScanner(ContentScanEngine.withBuiltInScanners(ScanLimits.defaults()).scanners());

  private void scan(String location, byte[] bytes) throws IOException {
    assertThat(scanner.accepts(location, Arrays.copyOf(bytes, Math.min(bytes.length, 65536)))).as(location).isTrue();
    scanner.scan(new ScanInput(location, new ByteArrayInputStream(bytes), bytes.length, 0), ScanLimits.defaults(),
        f -> { });
  }

  @Test
  void truncatedHeadersLeaveTheFormatAndNoMetadata() throws IOException {
    byte[] st = ModelFiles.safetensors("{\"license\":\"mit\"}");
    scan("cut.safetensors", Arrays.copyOf(st, 30));
    byte[] gguf = ModelFiles.gguf("general.license", "mit");
    scan("cut.gguf", Arrays.copyOf(gguf, gguf.length - 2));
    byte[] onnx = ModelFiles.onnx("license", "mit");
    scan("cut.onnx", Arrays.copyOf(onnx, onnx.length - 1));
    List<ModelFile> models = scanner.models();
    assertThat(models).extracting(ModelFile::format).containsExactly("safetensors", "gguf", "onnx");
    assertThat(models).allSatisfy(m -> assertThat(m.metadata().isEmpty()).isTrue());
  }

  @Test
  void hostileLengthsAndCardsAreNotBelieved() throws IOException {
    // a GGUF string value claiming 2^62 bytes
    byte[] gguf = ModelFiles.gguf("general.license", "mit");
    int at = indexOf(gguf, "mit".getBytes(StandardCharsets.US_ASCII)) - 8;
    gguf[at + 7] = 0x40;
    scan("huge.gguf", gguf);
    // front matter that never closes, and an alias bomb
    scan("a/README.md", "---\nlicense: mit\n".getBytes(StandardCharsets.UTF_8));
    scan("a/m.safetensors", ModelFiles.safetensors(null));
    StringBuilder bomb = new StringBuilder("---\na: &a [x,x,x,x,x,x,x,x,x]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      bomb.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(",*")
          .append((char) (c - 1)).append(",*").append((char) (c - 1)).append("]\n");
    }
    scan("b/README.md", bomb.append("license: mit\n---\n").toString().getBytes(StandardCharsets.UTF_8));
    scan("b/m.safetensors", ModelFiles.safetensors(null));
    // the unclosed card states nothing; the alias bomb is read without expanding it, licence and all
    assertThat(scanner.models()).extracting(m -> m.location() + "=" + m.metadata().licence())
        .containsExactly("huge.gguf=null", "a/m.safetensors=null", "b/m.safetensors=mit");
  }

  @Test
  void theNearestCardSpeaksAndTheFilesOwnMetadataComesFirst() throws IOException {
    scan("repo/README.md", "---\nlicense: apache-2.0\nbase_model: [meta-llama/Llama-3-8B, mistralai/M]\n---\n"
        .getBytes(StandardCharsets.UTF_8));
    scan("repo/onnx/README.md", "---\nlicense: mit\n---\n".getBytes(StandardCharsets.UTF_8));
    scan("repo/onnx/model.onnx", ModelFiles.onnx("base_model", "org/own"));
    scan("repo/model.safetensors", ModelFiles.safetensors(null));
    assertThat(scanner.models()).satisfiesExactly(
        onnx -> {
          assertThat(onnx.metadata().licence()).isEqualTo("mit");
          assertThat(onnx.metadata().baseModels()).containsExactly("org/own");
        },
        st -> {
          assertThat(st.metadata().licence()).isEqualTo("apache-2.0");
          assertThat(st.metadata().baseModels()).containsExactly("meta-llama/Llama-3-8B", "mistralai/M");
        });
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = haystack.length - needle.length; i >= 0; i--) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
