package dev.aispm.scanners.data.notebook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.data.DataFormat;
import dev.aispm.scanners.data.DataScanner;
import dev.aispm.scanners.data.inspect.LimitedStream;
import dev.aispm.scanners.data.inspect.ObjectInspection;
import dev.aispm.scanners.data.inspect.Origin;
import dev.aispm.scanners.data.text.Notes;
import dev.aispm.scanners.data.text.TextScanner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Jupyter notebooks (nbformat 4). Each cell's source is joined from its line array and scanned as
 * one text, so a multi-line PEM key or a {@code name = value} split over lines is seen whole;
 * outputs are scanned too (stream text, rich {@code data} other than images, tracebacks), since a
 * printed token survives in outputs after the code was cleaned. Findings report the cell number
 * as their line and the line inside the cell as {@code cellLine}. Inline images and attachments
 * are skipped: they are base64 and say nothing.
 */
public final class NotebookScanner extends DataScanner {

  /** The scanner the file-scan engine loads. */
  public NotebookScanner() {
    super("data-notebook", DataFormat.NOTEBOOK);
  }
  private final JsonFactory factory = JsonFactory.builder().build();

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    ObjectInspection inspection = new ObjectInspection(input.location(), findings);
    LimitedStream bounded = new LimitedStream(input.stream(), limits.maxBytesPerObject());
    byte[] head = bounded.readNBytes(4);
    InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), bounded);
    if (!dev.aispm.scanners.core.JsonText.startsAsUtf8(head)) {
      inspection.note("data.malformed-notebook", Severity.LOW,
          "notebook is not UTF-8 JSON text; scanned as text", 0, 0, Map.of());
      try {
        TextScanner.scanLines(new ScanInput(input.location(), whole, -1, input.depth()), limits,
            inspection);
      } finally {
        if (bounded.truncated()) {
          Notes.truncated(inspection, limits);
        }
        inspection.finish();
      }
      return;
    }
    JsonParser p = factory.createParser(whole);
    try {
      new Walk(p, inspection, limits.maxLineLength()).notebook();
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      inspection.note("data.malformed-notebook", Severity.LOW,
          "notebook is not valid JSON from here on; the rest was scanned as text",
          loc == null ? 0 : Math.max(0, loc.getLineNr()), loc == null ? 0 : Math.max(0, loc.getColumnNr()),
          Map.of());
      ByteArrayOutputStream buffered = new ByteArrayOutputStream();
      p.releaseBuffered(buffered);
      TextScanner.scanLines(new ScanInput(input.location(), new SequenceInputStream(
          new ByteArrayInputStream(buffered.toByteArray()), bounded), -1, input.depth()), limits, inspection);
    } finally {
      p.close();
      if (bounded.truncated()) {
        Notes.truncated(inspection, limits);
      }
      inspection.finish();
    }
  }

  /** One pass over the notebook's token stream. */
  private static final class Walk {
    private final JsonParser p;
    private final ObjectInspection inspection;
    private final int maxText;

    Walk(JsonParser p, ObjectInspection inspection, int maxText) {
      this.p = p;
      this.inspection = inspection;
      this.maxText = maxText;
    }

    void notebook() throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonProcessingException("a notebook is a JSON object", p.currentLocation()) {};
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if ("cells".equals(name) && p.currentToken() == JsonToken.START_ARRAY) {
          long cell = 0;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            cell++;
            cell(cell);
            inspection.endRecord();
          }
        } else {
          strings(0, name);
        }
      }
    }

    private void cell(long cell) throws IOException {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "source" -> text(cell, "source", false);
          case "outputs" -> outputs(cell);
          case "attachments" -> p.skipChildren();
          default -> strings(cell, name);
        }
      }
    }

    private void outputs(long cell) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          switch (name) {
            case "text" -> text(cell, "output", false);
            case "traceback" -> text(cell, "traceback", true);
            case "data" -> data(cell);
            default -> strings(cell, "output");
          }
        }
      }
    }

    private void data(long cell) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String mime = p.currentName();
        p.nextToken();
        if (mime.startsWith("image/") || mime.startsWith("video/") || mime.startsWith("audio/")) {
          p.skipChildren();
        } else if (p.currentToken() == JsonToken.VALUE_STRING || p.currentToken() == JsonToken.START_ARRAY) {
          text(cell, "output " + mime, false);
        } else {
          strings(cell, "output " + mime);
        }
      }
    }

    /** A string or an array of strings, joined (with newlines when the parts lack them). */
    private void text(long cell, String part, boolean joinWithNewlines) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        inspect(p.getText(), cell, part);
        return;
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        strings(cell, part);
        return;
      }
      StringBuilder sb = new StringBuilder();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        if (t == JsonToken.VALUE_STRING) {
          String s = p.getText();
          if (sb.length() + s.length() > maxText && sb.length() > 0) {
            inspect(sb.toString(), cell, part);
            sb.setLength(0);
          }
          sb.append(s);
          if (joinWithNewlines) {
            sb.append('\n');
          }
        } else {
          p.skipChildren();
        }
      }
      inspect(sb.toString(), cell, part);
    }

    /** Every string below the current token, each on its own (metadata and the like). */
    private void strings(long cell, String part) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        inspection.inspectNamed(part, p.getText(), Origin.cell(cell, part));
        return;
      }
      if (!p.currentToken().isStructStart()) {
        return;
      }
      int depth = 1;
      String field = part;
      while (depth > 0) {
        JsonToken t = p.nextToken();
        if (t == null) {
          return;
        }
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME) {
          field = p.currentName();
        } else if (t == JsonToken.VALUE_STRING) {
          inspection.inspectNamed(field, p.getText(), Origin.cell(cell, part));
        }
      }
    }

    private void inspect(String text, long cell, String part) {
      inspection.inspect(text, Origin.cell(cell, part));
    }
  }
}
