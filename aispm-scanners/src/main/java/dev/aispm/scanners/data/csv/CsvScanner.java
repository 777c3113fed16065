package dev.aispm.scanners.data.csv;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.DataFormat;
import dev.aispm.scanners.data.DataScanner;
import dev.aispm.scanners.data.inspect.LimitedStream;
import dev.aispm.scanners.data.inspect.ObjectInspection;
import dev.aispm.scanners.data.inspect.Origin;
import dev.aispm.scanners.data.text.Notes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * CSV and TSV tables. Quoted fields are decoded (doubled quotes, embedded newlines) and each cell
 * is inspected with its column header as the name, so a column called {@code password} or
 * {@code aws_secret_access_key} lends its context to the values under it. One row is one record,
 * which pairs an AWS key id and its secret in the same row.
 */
public final class CsvScanner extends DataScanner {

  /** The scanner the file-scan engine loads. */
  public CsvScanner() {
    super("data-csv", DataFormat.CSV, DataFormat.TSV);
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    ObjectInspection inspection = new ObjectInspection(input.location(), findings);
    LimitedStream bounded = new LimitedStream(input.stream(), limits.maxBytesPerObject());
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(bounded, StandardCharsets.UTF_8), 1 << 16);
      reader.mark(1 << 15);
      char[] head = new char[1 << 14];
      int n = reader.read(head);
      reader.reset();
      char delimiter = delimiter(input.location(), head, Math.max(n, 0));
      new CsvReader(reader, delimiter, limits.maxLineLength()).read(new RowHandler(inspection));
    } finally {
      if (bounded.truncated()) {
        Notes.truncated(inspection, limits);
      }
      inspection.finish();
    }
  }

  /** Tab for .tsv files; otherwise whichever of comma, semicolon or tab the header uses most. */
  static char delimiter(String location, char[] head, int n) {
    if (location.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv")) {
      return '\t';
    }
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    for (int i = 0; i < n && head[i] != '\n'; i++) {
      switch (head[i]) {
        case ',' -> comma++;
        case ';' -> semicolon++;
        case '\t' -> tab++;
        default -> { }
      }
    }
    if (tab > comma && tab > semicolon) {
      return '\t';
    }
    return semicolon > comma ? ';' : ',';
  }

  /** Inspects each cell under its header and ends a record per row. */
  private static final class RowHandler implements CsvReader.Handler {
    private final ObjectInspection inspection;
    private final List<String> header = new ArrayList<>();
    private boolean headerDone;

    RowHandler(ObjectInspection inspection) {
      this.inspection = inspection;
    }

    @Override
    public void cell(int index, String value, long line, long column) {
      if (!headerDone) {
        header.add(value);
      }
      String name = index < header.size() ? header.get(index) : null;
      inspection.inspectNamed(name, value, new Origin(line, column, true, false, name));
    }

    @Override
    public void endRow() {
      headerDone = true;
      inspection.endRecord();
    }
  }
}
