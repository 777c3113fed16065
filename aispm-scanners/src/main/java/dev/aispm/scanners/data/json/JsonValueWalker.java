package dev.aispm.scanners.data.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.data.inspect.ObjectInspection;
import dev.aispm.scanners.data.inspect.Origin;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Walks a JSON token stream and hands every decoded string value to the inspection together with
 * the name of the field it belongs to (the nearest field name for array elements), so that
 * {@code "aws_secret_access_key": "..."} supplies its own context. Also recognises a GCP
 * service-account key object from its fields, which no single string reveals.
 */
final class JsonValueWalker {
  private final ObjectInspection inspection;
  private final Deque<ObjectState> objects = new ArrayDeque<>();
  private final Deque<String> arrayNames = new ArrayDeque<>();

  JsonValueWalker(ObjectInspection inspection) {
    this.inspection = inspection;
  }

  /**
   * Walks tokens until the parser ends or, if {@code recordDepth >= 0}, reports each completed
   * value at that depth as the end of a record.
   *
   * @param lineBase   added to the parser's line numbers (0 for a whole document)
   * @param columnBase added to the parser's columns on its first line (for pieces of a line)
   */
  void walk(JsonParser p, long lineBase, long columnBase, int recordDepth) throws IOException {
    objects.clear();
    arrayNames.clear();
    String field = null;
    int depth = 0;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      switch (t) {
        case START_OBJECT -> {
          depth++;
          objects.push(new ObjectState());
          if (p.getParsingContext().getParent() != null
              && p.getParsingContext().getParent().inArray()) {
            field = arrayNames.isEmpty() ? null : arrayNames.peek();
          }
        }
        case END_OBJECT -> {
          depth--;
          ObjectState o = objects.isEmpty() ? null : objects.pop();
          if (o != null && o.serviceAccount && o.privateKey && o.keyId != null) {
            inspection.reportSecret("secret.gcp-service-account", Severity.CRITICAL,
                "GCP service account key file", o.keyId, o.keyIdLine, o.keyIdColumn, "private_key_id");
          }
          if (depth == recordDepth) {
            inspection.endRecord();
          }
        }
        case START_ARRAY -> {
          depth++;
          arrayNames.push(field == null ? "" : field);
        }
        case END_ARRAY -> {
          depth--;
          if (!arrayNames.isEmpty()) {
            arrayNames.pop();
          }
          if (depth == recordDepth) {
            inspection.endRecord();
          }
        }
        case FIELD_NAME -> field = p.currentName();
        case VALUE_STRING -> {
          String name = p.getParsingContext().inArray()
              ? (arrayNames.isEmpty() ? null : emptyToNull(arrayNames.peek())) : p.currentName();
          String value = p.getText();
          JsonLocation loc = p.currentTokenLocation();
          long line = lineBase + Math.max(1, loc.getLineNr());
          long column = (loc.getLineNr() <= 1 ? columnBase : 0) + Math.max(1, loc.getColumnNr()) + 1;
          inspection.inspectNamed(name, value, Origin.value(line, column, name));
          ObjectState o = objects.peek();
          if (o != null && name != null && !p.getParsingContext().inArray()) {
            o.see(name, value, line, column);
          }
          if (depth == recordDepth) {
            inspection.endRecord();
          }
        }
        default -> {
          if (depth == recordDepth && t.isScalarValue()) {
            inspection.endRecord();
          }
        }
      }
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** What an object's fields say about it being a service-account key. */
  private static final class ObjectState {
    boolean serviceAccount;
    boolean privateKey;
    String keyId;
    long keyIdLine;
    long keyIdColumn;

    void see(String name, String value, long line, long column) {
      switch (name) {
        case "type" -> serviceAccount = "service_account".equals(value);
        case "private_key" -> privateKey = value.contains("PRIVATE KEY");
        case "private_key_id" -> {
          keyId = value;
          keyIdLine = line;
          keyIdColumn = column;
        }
        default -> {
          // Other fields say nothing about the object's kind.
        }
      }
    }
  }
}
