package dev.aispm.scanners.model.onnx;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import dev.aispm.scanners.model.protobuf.ProtoReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks an ONNX ModelProto (graph, subgraphs in node attributes, and functions) for external-data
 * locations that escape the model's folder and for operators from unknown domains. Field numbers
 * follow onnx.proto; raw tensor bytes are skipped, not read.
 */
public final class OnnxScanner implements ContentScanner {
  /** A tensor's external data path is absolute, climbs with {@code ..}, or is a URL. */
  public static final String EXTERNAL_DATA_ESCAPE = "model.onnx.external-data-escape";
  /** A node uses an operator domain that needs a custom (native) operator library. */
  public static final String CUSTOM_OPERATOR = "model.onnx.custom-operator";
  private static final int MAX_DEPTH = 32;
  private static final Set<String> STANDARD_DOMAINS = Set.of("", "ai.onnx", "ai.onnx.ml",
      "ai.onnx.training", "ai.onnx.preview.training", "com.microsoft", "com.microsoft.nchwc",
      "com.microsoft.experimental", "org.pytorch.aten", "com.ms.internal.nhwc",
      "pkg.onnxscript.torch_lib", "pkg.onnxscript.torch_lib.common");
  private static final Set<Integer> MODEL_FIELDS = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 14, 20, 25);

  @Override
  public String name() {
    return "onnx";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    // ModelProto starts with ir_version (field 1, varint); the rest must parse as top-level
    // ModelProto fields until the head runs out.
    if (head.length < 4 || head[0] != 0x08 || head[1] < 1 || head[1] > 20) {
      return false;
    }
    ProtoReader r = new ProtoReader(new BufferedInputStream(new ByteArrayInputStream(head)));
    int fields = 0;
    boolean graph = false;
    try {
      while (r.next()) {
        if (!MODEL_FIELDS.contains(r.field())) {
          return false;
        }
        graph |= r.field() == 7;
        fields++;
        r.skip();
      }
    } catch (EOFException e) {
      return fields >= 1 && (graph || r.field() == 7);
    } catch (IOException e) {
      return false;
    }
    return graph;
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    Walk walk = new Walk(input.location(), findings);
    ProtoReader model = new ProtoReader(new BufferedInputStream(input.stream(), 64 * 1024));
    try {
      while (model.next()) {
        switch (model.field()) {
          case 7 -> walk.graph(model.message(), 0);
          case 25 -> walk.function(model.message(), 0);
          default -> model.skip();
        }
      }
    } catch (EOFException | ProtoReader.ProtoFormatException e) {
      findings.accept(ModelFindings.unparseable("onnx", input.location(), e.getMessage()));
    } catch (DepthExceeded e) {
      findings.accept(ModelFindings.limitExceeded("onnx", input.location(), "onnx nesting depth",
          "subgraphs nested more than " + MAX_DEPTH + " deep"));
    }
  }

  /** Subgraphs nest inside node attributes without a bound in the format. */
  private static final class DepthExceeded extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static final class Walk {
    private final String location;
    private final Consumer<ContentFinding> findings;
    private final Set<String> reported = new HashSet<>();

    Walk(String location, Consumer<ContentFinding> findings) {
      this.location = location;
      this.findings = findings;
    }

    void graph(ProtoReader g, int depth) throws IOException {
      if (depth > MAX_DEPTH) {
        throw new DepthExceeded();
      }
      while (g.next()) {
        switch (g.field()) {
          case 1 -> node(g.message(), depth);
          case 5 -> tensor(g.message());
          case 15 -> sparseTensor(g.message());
          default -> g.skip();
        }
      }
    }

    void function(ProtoReader f, int depth) throws IOException {
      while (f.next()) {
        if (f.field() == 7) {
          node(f.message(), depth);
        } else {
          f.skip();
        }
      }
    }

    void node(ProtoReader n, int depth) throws IOException {
      String opType = "";
      String domain = "";
      while (n.next()) {
        switch (n.field()) {
          case 4 -> opType = n.string(256);
          case 7 -> domain = n.string(256);
          case 5 -> attribute(n.message(), depth);
          default -> n.skip();
        }
      }
      if (!STANDARD_DOMAINS.contains(domain) && reported.add("domain|" + domain + "|" + opType)) {
        findings.accept(ModelFindings.finding(CUSTOM_OPERATOR, Severity.LOW,
            "ONNX node uses operator " + opType + " from custom domain '" + domain
                + "', which needs a native operator library to load", location,
            "domain", domain, "opType", opType));
      }
    }

    void attribute(ProtoReader a, int depth) throws IOException {
      while (a.next()) {
        switch (a.field()) {
          case 5, 10 -> tensor(a.message());
          case 6, 11 -> graph(a.message(), depth + 1);
          case 22, 23 -> sparseTensor(a.message());
          default -> a.skip();
        }
      }
    }

    void sparseTensor(ProtoReader s) throws IOException {
      while (s.next()) {
        if (s.field() == 1 || s.field() == 2) {
          tensor(s.message());
        } else {
          s.skip();
        }
      }
    }

    void tensor(ProtoReader t) throws IOException {
      String name = "";
      while (t.next()) {
        switch (t.field()) {
          case 8 -> name = t.string(1024);
          case 13 -> externalData(t.message(), name);
          default -> t.skip();
        }
      }
    }

    void externalData(ProtoReader entry, String tensor) throws IOException {
      String key = "";
      String value = "";
      while (entry.next()) {
        switch (entry.field()) {
          case 1 -> key = entry.string(256);
          case 2 -> value = entry.string(4096);
          default -> entry.skip();
        }
      }
      if (key.equals("location") && escapes(value) && reported.add("ext|" + value)) {
        findings.accept(ModelFindings.finding(EXTERNAL_DATA_ESCAPE, Severity.HIGH,
            "ONNX tensor '" + tensor + "' loads external data from '" + value
                + "', outside the model's folder", location, "tensor", tensor, "path", value));
      }
    }
  }

  /** Whether an external-data path leaves the model's folder. */
  static boolean escapes(String path) {
    String p = path.replace('\\', '/');
    return p.startsWith("/") || p.startsWith("~") || p.matches("^[A-Za-z]:.*")
        || p.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || p.indexOf('\0') >= 0 || p.equals("..")
        || p.startsWith("../") || p.contains("/../") || p.endsWith("/..");
  }
}
