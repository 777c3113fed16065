package dev.aispm.bench.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An HTTP/1.1 answer parsed from the bytes read so far, for the event-loop clients: they read
 * whatever the socket has and ask, after each read, whether the answer is complete. Bodies are
 * delimited by {@code Content-Length} or chunked transfer coding; a chunked body is returned
 * joined.
 *
 * @param status the status code
 * @param body the body bytes (the first {@code length} of them)
 * @param length how many body bytes there are
 * @param close whether the server said it closes the connection after this answer
 */
record HttpAnswer(int status, byte[] body, int length, boolean close) {
  /** Far above any findings page; a length past it is a broken answer, not one to wait for. */
  static final int MAX_BODY = 64 * 1024 * 1024;

  /**
   * The answer in {@code bytes[0..n)}, or null while it is incomplete.
   *
   * @throws IOException when the bytes are not an HTTP/1.1 answer the benchmark can read
   */
  static HttpAnswer parse(byte[] bytes, int n) throws IOException {
    int headersEnd = indexOf(bytes, 0, n, "\r\n\r\n");
    if (headersEnd < 0) {
      return null;
    }
    String head = new String(bytes, 0, headersEnd, StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n");
    if (!lines[0].startsWith("HTTP/1.") || lines[0].length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + lines[0]);
    }
    int status = Integer.parseInt(lines[0].substring(9, 12));
    long contentLength = -1;
    boolean chunked = false;
    boolean close = false;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon < 0) {
        throw new IOException("malformed header line: " + lines[i]);
      }
      String name = lines[i].substring(0, colon).trim();
      String value = lines[i].substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.equalsIgnoreCase("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        close = value.equalsIgnoreCase("close");
      }
    }
    int bodyStart = headersEnd + 4;
    if (chunked) {
      return chunked(bytes, bodyStart, n, status, close);
    }
    if (contentLength < 0) {
      throw new IOException("answer without a length on a kept-alive connection");
    }
    if (contentLength > MAX_BODY) {
      throw new IOException("answer of " + contentLength + " bytes, more than the benchmark reads");
    }
    if (n - bodyStart < contentLength) {
      return null;
    }
    return new HttpAnswer(status, Arrays.copyOfRange(bytes, bodyStart, bodyStart + (int) contentLength),
        (int) contentLength, close);
  }

  private static HttpAnswer chunked(byte[] bytes, int at, int n, int status, boolean close) throws IOException {
    byte[] body = new byte[Math.max(16, n - at)];
    int length = 0;
    while (true) {
      int lineEnd = indexOf(bytes, at, n, "\r\n");
      if (lineEnd < 0) {
        return null;
      }
      String sizeLine = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int semi = sizeLine.indexOf(';');
      int size;
      try {
        size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new IOException("malformed chunk size: " + sizeLine, e);
      }
      if (size < 0 || size > MAX_BODY - length) {
        throw new IOException("chunk of " + size + " bytes after " + length + ": more than the benchmark reads");
      }
      at = lineEnd + 2;
      if (size == 0) {
        // The last chunk, then trailers (none read) and the final empty line.
        int end = indexOf(bytes, at - 2, n, "\r\n\r\n");
        return end < 0 ? null : new HttpAnswer(status, body, length, close);
      }
      if (n - at < size + 2) {
        return null;
      }
      System.arraycopy(bytes, at, body, length, size);
      length += size;
      at += size + 2;
    }
  }

  private static int indexOf(byte[] bytes, int from, int n, String ascii) {
    outer:
    for (int i = from; i + ascii.length() <= n; i++) {
      for (int k = 0; k < ascii.length(); k++) {
        if (bytes[i + k] != ascii.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
