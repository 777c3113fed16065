package dev.aispm.scanners.model.keras;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.model.ModelFindings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A Keras model config as JSON: {@code config.json} inside a {@code .keras} archive, or a model
 * JSON saved on its own. Recognised by content (a JSON object with {@code class_name} near the
 * start), so renaming the file does not hide it.
 */
public final class KerasConfigScanner implements ContentScanner {
  /** Configs larger than this are not parsed (real ones are a few megabytes at most). */
  static final int MAX_CONFIG = 64 * 1024 * 1024;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String name() {
    return "keras-config";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    int i = 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i >= head.length || head[i] != '{') {
      return false;
    }
    String text = new String(head, StandardCharsets.UTF_8);
    return text.contains("\"class_name\"") && (text.contains("\"config\"")
        || text.contains("\"module\""));
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    byte[] bytes = input.stream().readNBytes(MAX_CONFIG + 1);
    if (bytes.length > MAX_CONFIG) {
      findings.accept(ModelFindings.limitExceeded("keras config", input.location(),
          "keras config size", "config larger than " + MAX_CONFIG + " bytes"));
      return;
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      findings.accept(ModelFindings.unparseable("keras config", input.location(),
          e.getOriginalMessage()));
      return;
    }
    if (root != null) {
      KerasConfigInspector.inspect(root, input.location(), findings);
    }
  }
}
