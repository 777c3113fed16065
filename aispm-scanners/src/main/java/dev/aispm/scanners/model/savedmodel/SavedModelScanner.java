package dev.aispm.scanners.model.savedmodel;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import dev.aispm.scanners.model.protobuf.ProtoReader;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists the ops of every graph and function in a SavedModel and reports those that touch files or
 * run Python. The save/restore ops every SavedModel carries (SaveV2, RestoreV2,
 * MergeV2Checkpoints) are deliberately not reported: they only touch the checkpoint path the
 * serving system gives them.
 */
public final class SavedModelScanner implements ContentScanner {
  /** A graph op that reads or writes files, or calls Python. */
  public static final String DANGEROUS_OP = "model.savedmodel.dangerous-op";
  private static final Map<String, String> OPS = Map.of(
      "ReadFile", "reads any file the server can read",
      "WriteFile", "writes any file the server can write",
      "MatchingFiles", "lists files by pattern",
      "PyFunc", "calls a Python function",
      "PyFuncStateless", "calls a Python function",
      "EagerPyFunc", "calls a Python function",
      "ImmutableConst", "maps a file into memory",
      "DebugIdentityV2", "writes debug dumps to a path or URL",
      "DebugIdentity", "writes debug dumps to a path or URL",
      "PrintV2", "writes to a file or stream");

  @Override
  public String name() {
    return "savedmodel";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    // The file has no magic; the name and a SavedModel's first fields (schema version 1, then a
    // meta graph) decide together.
    return location.endsWith("saved_model.pb") && head.length > 3 && head[0] == 0x08
        && head[1] == 0x01 && head[2] == 0x12;
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    Set<String> reported = new HashSet<>();
    ProtoReader saved = new ProtoReader(new BufferedInputStream(input.stream(), 64 * 1024));
    try {
      while (saved.next()) {
        if (saved.field() != 2) {
          saved.skip();
          continue;
        }
        ProtoReader meta = saved.message();
        while (meta.next()) {
          if (meta.field() != 2) {
            meta.skip();
            continue;
          }
          ProtoReader graph = meta.message();
          while (graph.next()) {
            if (graph.field() == 1) {
              node(graph.message(), input.location(), findings, reported);
            } else if (graph.field() == 2) {
              library(graph.message(), input.location(), findings, reported);
            } else {
              graph.skip();
            }
          }
        }
      }
    } catch (EOFException | ProtoReader.ProtoFormatException e) {
      findings.accept(ModelFindings.unparseable("savedmodel", input.location(), e.getMessage()));
    }
  }

  private static void library(ProtoReader lib, String location, Consumer<ContentFinding> findings,
      Set<String> reported) throws IOException {
    while (lib.next()) {
      if (lib.field() != 1) {
        lib.skip();
        continue;
      }
      ProtoReader fn = lib.message();
      while (fn.next()) {
        if (fn.field() == 3) {
          node(fn.message(), location, findings, reported);
        } else {
          fn.skip();
        }
      }
    }
  }

  private static void node(ProtoReader node, String location, Consumer<ContentFinding> findings,
      Set<String> reported) throws IOException {
    String name = "";
    String op = "";
    while (node.next()) {
      switch (node.field()) {
        case 1 -> name = node.string(512);
        case 2 -> op = node.string(256);
        default -> node.skip();
      }
    }
    String why = OPS.get(op);
    if (why != null && reported.add(op + "|" + name)) {
      boolean python = op.contains("PyFunc");
      boolean files = op.equals("ReadFile") || op.equals("WriteFile");
      findings.accept(ModelFindings.finding(DANGEROUS_OP,
          python || files ? Severity.HIGH : Severity.MEDIUM,
          "SavedModel graph node '" + name + "' uses op " + op + ", which " + why,
          location, "op", op, "node", name));
    }
  }
}
