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
    while (true) {
      if (!atCellStart) {
        // Most characters are ordinary: copy a run of them at once instead of one at a time.
        int run = ordinaryRun(quoted, maxCell - cell.length());
        if (run > 0) {
          cell.append(buf, pos, run);
          pos += run;
          column += run;
          if (cell.length() >= maxCell) {
            handler.cell(index, cell.toString(), cellLine, cellColumn);
            cell.setLength(0);
            cellLine = line;
            cellColumn = column;
          }
          continue;
        }
      }
      if ((c = next()) < 0) {
        break;
      }
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

  /**
   * How many characters from {@code pos}, at most {@code max} and within the buffered ones, need
   * no decision: anything but a quote inside quotes (line feeds are counted by {@link #next}),
   * anything but the delimiter and line ends outside them.
   */
  private int ordinaryRun(boolean quoted, int max) throws IOException {
    if (pos >= len && peek() < 0) {
      return 0;
    }
    int end = Math.min(len, pos + Math.max(0, max));
    int i = pos;
    char[] b = buf;
    if (quoted) {
      while (i < end && b[i] != '"' && b[i] != '\n') {
        i++;
      }
    } else {
      char d = delimiter;
      while (i < end) {
        char c = b[i];
        if (c == d || c == '\n' || c == '\r' || c == '"') {
          break;
        }
        i++;
      }
    }
    return i - pos;
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
