package dev.aispm.scanners.data;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The leaf formats the data scanners read, decided once from the content's first bytes (and the
 * name only where bytes cannot tell, such as CSV versus prose). Every data scanner accepts exactly
 * one format, so a file is never scanned twice by two of them.
 */
public enum DataFormat {
  TEXT, CSV, TSV, JSON, JSONL, NOTEBOOK, PARQUET, BINARY;

  private static final byte[] PARQUET_MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  /** Classifies content from its location and head (up to 64 KiB). */
  public static DataFormat sniff(String location, byte[] head) {
    String name = baseName(location).toLowerCase(Locale.ROOT);
    if (head.length >= 4 && head[0] == PARQUET_MAGIC[0] && head[1] == PARQUET_MAGIC[1]
        && head[2] == PARQUET_MAGIC[2] && head[3] == PARQUET_MAGIC[3]) {
      return PARQUET;
    }
    if (!looksLikeText(head)) {
      return BINARY;
    }
    int first = firstNonBlank(head);
    if (first >= 0 && (head[first] == '{' || head[first] == '[')) {
      String start = new String(head, first, Math.min(head.length - first, 4096), StandardCharsets.UTF_8);
      if (name.endsWith(".ipynb") || (start.contains("\"cells\"") && head[first] == '{'
          && new String(head, StandardCharsets.UTF_8).contains("\"nbformat\""))) {
        return NOTEBOOK;
      }
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonlines")
          || (head[first] == '{' && secondLineIsObject(head, first))) {
        return JSONL;
      }
      return JSON;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return TSV;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    return TEXT;
  }

  private static String baseName(String location) {
    int bang = location.lastIndexOf("!/");
    String last = bang >= 0 ? location.substring(bang + 2) : location;
    int slash = Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\'));
    return slash >= 0 ? last.substring(slash + 1) : last;
  }

  /** No NUL bytes and few control characters: binary formats always have some in 64 KiB. */
  static boolean looksLikeText(byte[] head) {
    if (head.length == 0) {
      return true;
    }
    int control = 0;
    for (byte b : head) {
      int c = b & 0xff;
      if (c == 0) {
        return false;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
        control++;
      }
    }
    return control * 100 < head.length;
  }

  private static int firstNonBlank(byte[] head) {
    int i = 0;
    // A UTF-8 byte order mark precedes the content in files saved by some editors.
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      i = 3;
    }
    for (; i < head.length; i++) {
      byte b = head[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return i;
      }
    }
    return -1;
  }

  /** JSON Lines: the first line ends and the next non-blank line opens another object. */
  private static boolean secondLineIsObject(byte[] head, int first) {
    int nl = -1;
    for (int i = first; i < head.length; i++) {
      if (head[i] == '\n') {
        nl = i;
        break;
      }
    }
    if (nl < 0) {
      return false;
    }
    int lineEnd = nl;
    while (lineEnd > first && (head[lineEnd - 1] == '\r' || head[lineEnd - 1] == ' ')) {
      lineEnd--;
    }
    if (head[lineEnd - 1] != '}') {
      return false;
    }
    for (int i = nl + 1; i < head.length; i++) {
      byte b = head[i];
      if (b == '{') {
        return true;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return false;
  }
}
