package dev.aispm.bench.api;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One benchmark client's HTTP/1.1 connection: a blocking socket kept alive across requests,
 * reconnected when the server closes it, reading {@code Content-Length} and chunked bodies.
 *
 * <p>Why not {@code java.net.http.HttpClient}: the load benchmark's clients run in the service's
 * process, on the same two cores, so their cost is counted against the API. The JDK client hands
 * every exchange between the caller, its selector thread and completion stages; with fifty
 * clients those thread switches cost about as much CPU as the request being measured. This client
 * does one write and blocking reads on the caller's thread, like a plain SOC script would. It is
 * still real HTTP over loopback, with the real bearer token on every request.
 */
final class KeepAliveHttpClient implements AutoCloseable {
  /** A response's status and body bytes. */
  record Response(int status, byte[] body, int length) {
    String text() {
      return new String(body, 0, length, StandardCharsets.UTF_8);
    }
  }

  private final String host;
  private final int port;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private byte[] body = new byte[64 * 1024];

  KeepAliveHttpClient(String host, int port, int timeoutMillis) {
    this.host = host;
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Sends {@code GET pathAndQuery} and reads the whole answer. The returned body array is reused
   * by the next call. A connection the server closed between two requests is reopened once.
   */
  Response get(String pathAndQuery, String authorization) throws IOException {
    byte[] request = ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nAccept: application/json\r\nAuthorization: " + authorization + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    boolean reused = socket != null;
    try {
      return exchange(request);
    } catch (IOException e) {
      close();
      if (!reused) {
        throw e;
      }
      // Tomcat closes a kept-alive connection after its request limit; a stale socket shows here.
      return exchange(request);
    }
  }

  private Response exchange(byte[] request) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }
    out.write(request);
    out.flush();
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("connection closed before the status line");
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long contentLength = -1;
    boolean chunked = false;
    boolean close = false;
    for (String h = line(); h != null && !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      String name = h.substring(0, colon).trim();
      String value = h.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.equalsIgnoreCase("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        close = value.equalsIgnoreCase("close");
      }
    }
    int length;
    if (chunked) {
      length = 0;
      for (int size = Integer.parseInt(chunkSize(line()), 16); size > 0; size = Integer.parseInt(chunkSize(line()), 16)) {
        length = read(length, size);
        line();
      }
      for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
        // Trailers carry nothing the benchmark reads.
      }
    } else if (contentLength >= 0) {
      length = read(0, Math.toIntExact(contentLength));
    } else {
      throw new IOException("response without a length on a kept-alive connection");
    }
    if (close) {
      close();
    }
    return new Response(status, body, length);
  }

  private static String chunkSize(String line) throws IOException {
    if (line == null) {
      throw new IOException("connection closed inside a chunked body");
    }
    int semi = line.indexOf(';');
    return (semi < 0 ? line : line.substring(0, semi)).trim();
  }

  private int read(int at, int n) throws IOException {
    if (body.length < at + n) {
      body = Arrays.copyOf(body, Math.max(body.length * 2, at + n));
    }
    int done = in.readNBytes(body, at, n);
    if (done < n) {
      throw new IOException("connection closed after " + done + " of " + n + " body bytes");
    }
    return at + n;
  }

  /** One CRLF-terminated header line in ISO-8859-1, without its end; null at end of stream. */
  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(64);
    for (int c = in.read(); c != -1; c = in.read()) {
      if (c == '\n') {
        int n = b.size();
        byte[] bytes = b.toByteArray();
        return new String(bytes, 0, n > 0 && bytes[n - 1] == '\r' ? n - 1 : n, StandardCharsets.ISO_8859_1);
      }
      b.write(c);
    }
    return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing a broken connection has nothing left to report.
      }
    }
    socket = null;
    in = null;
    out = null;
  }
}
