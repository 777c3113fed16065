package dev.aispm.scanners.model.gguf;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks a GGUF header's key/value metadata (versions 1 to 3) and inspects every chat template.
 * Only the metadata is read; tensor data is never touched, so multi-gigabyte models cost a few
 * kilobytes to read.
 */
public final class GgufScanner implements ContentScanner {
  /** A chat template that reaches Python internals or hides names the way injections do. */
  public static final String TEMPLATE_INJECTION = "model.gguf.template-injection";
  private static final long MAX_KV = 1_000_000;
  private static final long MAX_STRING = 64L * 1024 * 1024;
  private static final long MAX_ARRAY = 100_000_000;
  private static final int[] SCALAR_WIDTH = {1, 1, 2, 2, 4, 4, 4, 1, -1, -1, 8, 8, 8};

  @Override
  public String name() {
    return "gguf";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    return head.length >= 8 && head[0] == 'G' && head[1] == 'G' && head[2] == 'U' && head[3] == 'F';
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    String location = input.location();
    Reader r = new Reader(new BufferedInputStream(input.stream(), 64 * 1024));
    String key = "(header)";
    try {
      r.skip(4);
      long version = r.u32();
      if (version < 1 || version > 3) {
        findings.accept(ModelFindings.unparseable("gguf", location, "unknown version " + version));
        return;
      }
      r.wide = version >= 2;
      r.count();
      long kvCount = r.count();
      if (kvCount > MAX_KV) {
        findings.accept(ModelFindings.limitExceeded("gguf", location, "gguf metadata entries",
            kvCount + " entries declared"));
        return;
      }
      for (long i = 0; i < kvCount; i++) {
        key = r.string(MAX_STRING, 4096);
        int type = (int) r.u32();
        if (key.equals("tokenizer.chat_template") || key.startsWith("tokenizer.chat_template.")) {
          if (type != 8) {
            findings.accept(ModelFindings.unparseable("gguf", location,
                key + " is not a string (type " + type + ")"));
            return;
          }
          // The template is held in memory, so the per-object budget bounds it too.
          int maxTemplate = (int) Math.min(MAX_STRING, limits.maxBytesPerObject());
          inspectTemplate(key, r.string(maxTemplate, maxTemplate), location, findings);
        } else {
          skipValue(r, type, 0);
        }
      }
    } catch (EOFException e) {
      findings.accept(ModelFindings.unparseable("gguf", location,
          "metadata ends early (at key " + key + ")"));
    } catch (GgufFormatException e) {
      findings.accept(ModelFindings.unparseable("gguf", location,
          e.getMessage() + " (at key " + key + ")"));
    }
  }

  private static void inspectTemplate(String key, String template, String location,
      Consumer<ContentFinding> findings) {
    List<ChatTemplateInspector.Hit> hits = ChatTemplateInspector.inspect(template);
    if (hits.isEmpty()) {
      return;
    }
    boolean critical = hits.stream().anyMatch(ChatTemplateInspector.Hit::critical);
    String patterns = String.join(", ", hits.stream().map(ChatTemplateInspector.Hit::pattern)
        .toList());
    findings.accept(ModelFindings.finding(TEMPLATE_INJECTION,
        critical ? Severity.CRITICAL : Severity.HIGH,
        "GGUF chat template " + key + " contains " + patterns
            + ", the shape of a Jinja template-injection payload run when the model serves a chat",
        location, "key", key, "patterns", patterns));
  }

  private void skipValue(Reader r, int type, int depth) throws IOException {
    if (type == 8) {
      r.skip(r.count(MAX_STRING));
    } else if (type == 9) {
      if (depth > 2) {
        throw new GgufFormatException("arrays nested too deep");
      }
      int elementType = (int) r.u32();
      long n = r.count(MAX_ARRAY);
      if (elementType >= 0 && elementType < SCALAR_WIDTH.length && SCALAR_WIDTH[elementType] > 0) {
        r.skip(n * SCALAR_WIDTH[elementType]);
      } else {
        for (long i = 0; i < n; i++) {
          skipValue(r, elementType, depth + 1);
        }
      }
    } else if (type >= 0 && type < SCALAR_WIDTH.length) {
      r.skip(SCALAR_WIDTH[type]);
    } else {
      throw new GgufFormatException("unknown value type " + type);
    }
  }

  /** The metadata breaks the format. */
  private static final class GgufFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    GgufFormatException(String message) {
      super(message);
    }
  }

  /** Little-endian reader; version 1 used 32-bit counts, later versions 64-bit. */
  private static final class Reader {
    private final DataInputStream in;
    boolean wide = true;

    Reader(InputStream in) {
      this.in = new DataInputStream(in);
    }

    long u32() throws IOException {
      return Integer.reverseBytes(in.readInt()) & 0xffffffffL;
    }

    long count() throws IOException {
      return wide ? Long.reverseBytes(in.readLong()) : u32();
    }

    long count(long max) throws IOException {
      long n = count();
      if (n < 0 || n > max) {
        throw new GgufFormatException("length " + Long.toUnsignedString(n) + " is out of range");
      }
      return n;
    }

    String string(long max, int keep) throws IOException {
      long n = count(max);
      byte[] b = in.readNBytes((int) Math.min(n, keep));
      if (b.length < Math.min(n, keep)) {
        throw new EOFException();
      }
      skip(n - b.length);
      return new String(b, StandardCharsets.UTF_8);
    }

    void skip(long n) throws IOException {
      long left = n;
      while (left > 0) {
        long s = in.skip(left);
        if (s <= 0) {
          if (in.read() < 0) {
            throw new EOFException();
          }
          s = 1;
        }
        left -= s;
      }
    }
  }
}
