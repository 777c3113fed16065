package dev.aispm.scanners.model.hdf5;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.model.ModelFindings;
import dev.aispm.scanners.model.keras.KerasConfigInspector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Finds Keras config JSON embedded in an HDF5 file (the {@code model_config} attribute) or a
 * {@code keras_metadata.pb}, and inspects it like a {@code config.json}. Rather than implement
 * HDF5's object model, it streams the file and extracts every JSON object that starts with
 * {@code {"class_name"}: the attribute is stored as one contiguous string, and a scan of the
 * whole file also finds configs that a stricter parser would only reach through a second copy.
 */
public final class EmbeddedKerasConfigScanner implements ContentScanner {
  private static final byte[] HDF5_MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
  private static final byte[] START = "{\"class_name\"".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_JSON = 64 * 1024 * 1024;
  /** Keras writes a model config and a training config; more than a few is not a Keras file. */
  private static final int MAX_CONFIGS = 16;
  /** Made when the first config is parsed (its set-up loads the JDK's locale data). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @Override
  public String name() {
    return "keras-embedded";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    // HDF5 allows a user block, so the superblock may sit at 0, 512, 1024, 2048, ...
    for (int at = 0; at + HDF5_MAGIC.length <= head.length; at = at == 0 ? 512 : at * 2) {
      if (startsAt(head, at, HDF5_MAGIC)) {
        return true;
      }
    }
    return location.endsWith("keras_metadata.pb")
        && new String(head, StandardCharsets.ISO_8859_1).contains("\"class_name\"");
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    Bytes in = new Bytes(input.stream());
    int matched = 0;
    int configs = 0;
    int b;
    while ((b = in.next()) >= 0) {
      if (b == START[matched]) {
        if (++matched == START.length) {
          matched = 0;
          if (++configs > MAX_CONFIGS) {
            return;
          }
          if (!extract(in, input.location(), findings)) {
            return;
          }
        }
      } else {
        matched = b == START[0] ? 1 : 0;
      }
    }
  }

  /** Reads the JSON object whose prefix just matched and inspects it; false at end of input. */
  private static boolean extract(Bytes in, String location, Consumer<ContentFinding> findings)
      throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    json.write(START);
    int depth = 1;
    boolean inString = false;
    boolean escaped = false;
    while (depth > 0) {
      int b = in.next();
      if (b < 0) {
        findings.accept(ModelFindings.unparseable("keras config", location,
            "embedded config JSON is cut off"));
        return false;
      }
      json.write(b);
      if (json.size() > MAX_JSON) {
        findings.accept(ModelFindings.limitExceeded("keras config", location, "keras config size",
            "embedded config larger than " + MAX_JSON + " bytes"));
        return false;
      }
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    byte[] config = json.toByteArray();
    if (!dev.aispm.scanners.core.JsonText.startsAsUtf8(config)) {
      findings.accept(ModelFindings.unparseable("keras config", location,
          "embedded config is not UTF-8 JSON text"));
      return true;
    }
    try {
      JsonNode root = Json.MAPPER.readTree(config);
      KerasConfigInspector.inspect(root, location, findings);
    } catch (JsonProcessingException e) {
      findings.accept(ModelFindings.unparseable("keras config", location,
          "embedded config is not valid JSON: " + ModelFindings.jsonProblem(e)));
    }
    return true;
  }

  /** A byte-at-a-time view of a stream, buffered so the per-byte cost stays a few instructions. */
  private static final class Bytes {
    private final InputStream in;
    private final byte[] buf = new byte[256 * 1024];
    private int pos;
    private int limit;

    Bytes(InputStream in) {
      this.in = in;
    }

    int next() throws IOException {
      if (pos == limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return -1;
        }
      }
      return buf[pos++] & 0xff;
    }
  }

  private static boolean startsAt(byte[] head, int at, byte[] magic) {
    for (int i = 0; i < magic.length; i++) {
      if (head[at + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
