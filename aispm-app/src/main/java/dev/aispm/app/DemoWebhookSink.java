package dev.aispm.app;

import com.sun.net.httpserver.HttpServer;
import dev.aispm.posture.notification.publisher.HmacSigner;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo's stand-in for a SOC webhook: a receiver on 127.0.0.1 that checks each alert's HMAC
 * signature the way docs/alerts.md tells a receiver to, answers 204 for a good one and 401 for a
 * bad one, and counts them, so {@code ./aispm demo} shows a route and real deliveries without
 * any outside service.
 */
final class DemoWebhookSink implements AutoCloseable {
  private final HttpServer server;
  private final String signingKey;
  private final AtomicInteger verified = new AtomicInteger();

  private DemoWebhookSink(HttpServer server, String signingKey) {
    this.server = server;
    this.signingKey = signingKey;
  }

  static DemoWebhookSink start(String signingKey) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DemoWebhookSink sink = new DemoWebhookSink(server, signingKey);
    server.createContext("/alerts", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String ts = exchange.getRequestHeaders().getFirst(HmacSigner.TIMESTAMP_HEADER);
        String sig = exchange.getRequestHeaders().getFirst(HmacSigner.SIGNATURE_HEADER);
        boolean ok = "POST".equals(exchange.getRequestMethod()) && ts != null && ts.matches("\\d{1,12}")
            && HmacSigner.verify(signingKey, Long.parseLong(ts), body, sig);
        if (ok) {
          sink.verified.incrementAndGet();
        }
        exchange.sendResponseHeaders(ok ? 204 : 401, -1);
      } finally {
        exchange.close();
      }
    });
    server.start();
    return sink;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/alerts";
  }

  /** The key the demo's route signs with; it never leaves this process. */
  String signingKey() {
    return signingKey;
  }

  int verified() {
    return verified.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
