package dev.aispm.scanners.data.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * An RFC 4180 tokenizer that streams: it never holds more than one cell, and a cell longer than
 * the limit is handed over in pieces rather than buffered whole. Lenient about stray quotes,
 * because real exports are not always valid and a scanner must keep going.
 */
final class CsvReader {

  /** Receives cells and row ends. */
  interface Handler {
    void cell(int index, String value, long line, long column);

    void endRow();
  }

  private final Reader in;
  private final char delimiter;
  private final int maxCell;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1;
  private long column = 0;

  CsvReader(Reader in, char delimiter, int maxCell) {
    this.in = in;
    this.delimiter = delimiter;
    this.maxCell = maxCell;
  }

  void read(Handler handler) throws IOException {
    StringBuilder cell = new StringBuilder();
    int index = 0;
    boolean quoted = false;
    boolean atCellStart = true;
    boolean rowHasContent = false;
    long cellLine = 1;
    long cellColumn = 1;
    int c;
    while ((c = next()) >= 0) {
      if (atCellStart) {
        cellLine = line;
        cellColumn = column;
        atCellStart = false;
        if (c == '"') {
          quoted = true;
          cellColumn++;
          continue;
        }
      }
      if (quoted) {
        if (c == '"') {
          int d = peek();
          if (d == '"') {
            next();
            cell.append('"');
          } else {
            quoted = false;
          }
        } else {
          cell.append((char) c);
        }
      } else if (c == delimiter) {
        handler.cell(index++, cell.toString(), cellLine, cellColumn);
        cell.setLength(0);
        atCellStart = true;
        rowHasContent = true;
        continue;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          next();
        }
        if (rowHasContent || cell.length() > 0) {
          handler.cell(index, cell.toString(), cellLine, cellColumn);
          handler.endRow();
        }
        cell.setLength(0);
        index = 0;
        atCellStart = true;
        rowHasContent = false;
        continue;
      } else {
        cell.append((char) c);
      }
      if (cell.length() >= maxCell) {
        // An enormous cell: hand over what we have and keep reading the same cell.
        handler.cell(index, cell.toString(), cellLine, cellColumn);
        cell.setLength(0);
        cellLine = line;
        cellColumn = column;
      }
    }
    if (rowHasContent || cell.length() > 0) {
      handler.cell(index, cell.toString(), cellLine, cellColumn);
      handler.endRow();
    }
  }

  private int next() throws IOException {
    if (pos >= len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    char c = buf[pos++];
    if (c == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
    return c;
  }

  private int peek() throws IOException {
    if (pos >= len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos];
  }
}
