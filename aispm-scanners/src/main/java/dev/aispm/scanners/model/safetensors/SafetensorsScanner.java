package dev.aispm.scanners.model.safetensors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Validates a safetensors header the way the reference implementation does (dtype names, shapes,
 * offsets that tile the data exactly) and reports every disagreement: a header one loader accepts
 * and another rejects or reads differently is how a file shows different weights to a scanner and
 * to a server, and out-of-range offsets have crashed native loaders.
 */
public final class SafetensorsScanner implements ContentScanner {
  /** The header breaks the format's rules. */
  public static final String INVALID_HEADER = "model.safetensors.invalid-header";
  /** The reference loader refuses headers above 100 MB. */
  static final long MAX_HEADER = 100_000_000L;
  /**
   * Made when the first header is read, not when the scanner is: a mapper's set-up loads the
   * JDK's locale data, which a scan of anything but safetensors should not wait for.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }
  private static final Map<String, Integer> DTYPE_BITS = Map.ofEntries(
      Map.entry("BOOL", 8), Map.entry("U8", 8), Map.entry("I8", 8), Map.entry("F8_E5M2", 8),
      Map.entry("F8_E4M3", 8), Map.entry("F8_E8M0", 8), Map.entry("I16", 16),
      Map.entry("U16", 16), Map.entry("F16", 16), Map.entry("BF16", 16), Map.entry("I32", 32),
      Map.entry("U32", 32), Map.entry("F32", 32), Map.entry("F64", 64), Map.entry("I64", 64),
      Map.entry("U64", 64), Map.entry("C64", 64), Map.entry("F4", 4), Map.entry("F6_E2M3", 6),
      Map.entry("F6_E3M2", 6));

  @Override
  public String name() {
    return "safetensors";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    if (head.length < 10) {
      return false;
    }
    long n = readLe(head, 0);
    return n >= 2 && n <= MAX_HEADER && head[8] == '{';
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    String location = input.location();
    byte[] lenBytes = input.stream().readNBytes(8);
    if (lenBytes.length < 8) {
      findings.accept(invalid(location, "file ends inside the 8-byte header length"));
      return;
    }
    long n = readLe(lenBytes, 0);
    if (n < 0 || n > MAX_HEADER) {
      // Read as unsigned, a length this large cannot be honoured; the reference loader refuses it.
      findings.accept(invalid(location, "header length " + Long.toUnsignedString(n)
          + " is above the " + MAX_HEADER + "-byte limit loaders accept"));
      return;
    }
    byte[] header = input.stream().readNBytes((int) Math.min(n, MAX_HEADER));
    if (header.length < n) {
      findings.accept(invalid(location, "header claims " + n + " bytes but the file ends after "
          + header.length));
      return;
    }
    if (!dev.aispm.scanners.core.JsonText.startsAsUtf8(header)) {
      findings.accept(invalid(location, "header is not UTF-8 JSON text"));
      return;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(header);
    } catch (JsonProcessingException e) {
      findings.accept(invalid(location, "header is not valid JSON: " + ModelFindings.jsonProblem(e)));
      return;
    }
    if (root == null || !root.isObject()) {
      findings.accept(invalid(location, "header is not a JSON object"));
      return;
    }
    long dataSize = input.sizeHint() >= 0 ? input.sizeHint() - 8 - n : -1;
    for (String problem : validate(root, dataSize)) {
      findings.accept(invalid(location, problem));
    }
  }

  /** Every rule the header breaks; empty when it is well formed. */
  static List<String> validate(JsonNode root, long dataSize) {
    List<String> problems = new ArrayList<>();
    List<long[]> ranges = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode t = field.getValue();
      if (name.equals("__metadata__")) {
        if (!t.isObject()) {
          problems.add("__metadata__ is not an object");
        } else {
          t.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
              problems.add("__metadata__ value '" + e.getKey() + "' is not a string");
            }
          });
        }
        continue;
      }
      if (!t.isObject()) {
        problems.add("tensor '" + name + "' is not an object");
        continue;
      }
      Integer bits = t.path("dtype").isTextual() ? DTYPE_BITS.get(t.get("dtype").asText()) : null;
      if (bits == null) {
        problems.add("tensor '" + name + "' has unknown dtype " + t.path("dtype"));
        continue;
      }
      JsonNode shape = t.path("shape");
      JsonNode offsets = t.path("data_offsets");
      if (!shape.isArray() || !offsets.isArray() || offsets.size() != 2) {
        problems.add("tensor '" + name + "' lacks a shape array or a [begin, end] data_offsets");
        continue;
      }
      BigInteger elements = BigInteger.ONE;
      boolean badDim = false;
      for (JsonNode d : shape) {
        if (!d.isIntegralNumber() || d.bigIntegerValue().signum() < 0) {
          badDim = true;
          break;
        }
        elements = elements.multiply(d.bigIntegerValue());
      }
      JsonNode b = offsets.get(0);
      JsonNode e = offsets.get(1);
      if (badDim || !b.isIntegralNumber() || !e.isIntegralNumber() || !b.canConvertToLong()
          || !e.canConvertToLong() || b.asLong() < 0 || e.asLong() < b.asLong()) {
        problems.add("tensor '" + name + "' has a negative dimension or invalid offsets");
        continue;
      }
      BigInteger bytes = elements.multiply(BigInteger.valueOf(bits))
          .add(BigInteger.valueOf(7)).divide(BigInteger.valueOf(8));
      if (!bytes.equals(BigInteger.valueOf(e.asLong() - b.asLong()))) {
        problems.add("tensor '" + name + "' spans " + (e.asLong() - b.asLong())
            + " bytes but its shape and dtype need " + bytes);
      }
      ranges.add(new long[] {b.asLong(), e.asLong()});
    }
    ranges.sort((x, y) -> Long.compare(x[0], y[0]));
    long expected = 0;
    for (long[] r : ranges) {
      if (r[0] != expected) {
        problems.add(r[0] < expected ? "tensors overlap at byte " + r[0]
            : "gap in tensor data at byte " + expected);
        break;
      }
      expected = r[1];
    }
    if (dataSize >= 0 && problems.isEmpty() && expected != dataSize) {
      problems.add("tensors cover " + expected + " bytes but the file holds " + dataSize);
    }
    return problems;
  }

  private static ContentFinding invalid(String location, String reason) {
    return ModelFindings.finding(INVALID_HEADER, Severity.MEDIUM,
        "Safetensors header is malformed (" + reason + "); loaders may reject or misread it",
        location, "reason", reason);
  }

  private static long readLe(byte[] b, int off) {
    long v = 0;
    for (int i = 0; i < 8 && off + i < b.length; i++) {
      v |= (b[off + i] & 0xffL) << (8 * i);
    }
    return v;
  }
}
