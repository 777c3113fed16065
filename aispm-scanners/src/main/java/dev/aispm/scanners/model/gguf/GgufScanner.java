package dev.aispm.scanners.model.gguf;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Inspects every chat template of a GGUF header, over the shared metadata walk
 * ({@link GgufMetadata}). Only the metadata is read; tensor data is never touched, so
 * multi-gigabyte models cost a few kilobytes to read.
 */
public final class GgufScanner implements ContentScanner {
  /** A chat template that reaches Python internals or hides names the way injections do. */
  public static final String TEMPLATE_INJECTION = "model.gguf.template-injection";
  private static final long MAX_TEMPLATE = 64L * 1024 * 1024;

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
    String[] key = {"(header)"};
    try {
      GgufMetadata.walk(input.stream(), (name, type, value) -> {
        key[0] = name;
        if (name.equals("tokenizer.chat_template") || name.startsWith("tokenizer.chat_template.")) {
          if (type != GgufMetadata.STRING) {
            throw new NotAString(name + " is not a string (type " + type + ")");
          }
          // The template is held in memory, so the per-object budget bounds it too.
          int maxTemplate = (int) Math.min(MAX_TEMPLATE, limits.maxBytesPerObject());
          inspectTemplate(name, value.string(maxTemplate), location, findings);
        }
      });
    } catch (GgufMetadata.UnknownVersion | NotAString e) {
      findings.accept(ModelFindings.unparseable("gguf", location, e.getMessage()));
    } catch (GgufMetadata.TooManyEntries e) {
      findings.accept(ModelFindings.limitExceeded("gguf", location, "gguf metadata entries", e.getMessage()));
    } catch (EOFException e) {
      findings.accept(ModelFindings.unparseable("gguf", location,
          "metadata ends early (at key " + key[0] + ")"));
    } catch (GgufMetadata.GgufFormatException e) {
      findings.accept(ModelFindings.unparseable("gguf", location,
          e.getMessage() + " (at key " + key[0] + ")"));
    }
  }

  /** A chat template that is not a string: the scan stops there, as a loader would. */
  private static final class NotAString extends IOException {
    private static final long serialVersionUID = 1L;

    NotAString(String message) {
      super(message);
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
}
