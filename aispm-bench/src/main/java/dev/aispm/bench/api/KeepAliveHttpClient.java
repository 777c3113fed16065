package dev.aispm.bench.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One benchmark client's HTTP/1.1 connection: a blocking socket kept alive across requests,
 * reconnected when the server closes it; answers are read with {@link HttpAnswer}.
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
  private byte[] buffer = new byte[64 * 1024];

  KeepAliveHttpClient(String host, int port, int timeoutMillis) {
    this.host = host;
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Sends {@code GET pathAndQuery} and reads the whole answer. A connection the server closed between two requests is reopened once.
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
      in = socket.getInputStream();
      out = socket.getOutputStream();
    }
    out.write(request);
    out.flush();
    int n = 0;
    while (true) {
      if (n == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      int read = in.read(buffer, n, buffer.length - n);
      if (read < 0) {
        throw new IOException("connection closed after " + n + " bytes of the answer");
      }
      n += read;
      HttpAnswer answer = HttpAnswer.parse(buffer, n);
      if (answer != null) {
        if (answer.close()) {
          close();
        }
        return new Response(answer.status(), answer.body(), answer.length());
      }
    }
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
