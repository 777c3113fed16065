package dev.aispm.collectors.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Downloads from a presigned-style URL stop at the budget and never repeat the URL in errors. */
class LambdaCodeFetcherTest {
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/code", x -> {
      byte[] body = new byte[1000];
      x.sendResponseHeaders(200, body.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(body);
      }
    });
    server.createContext("/chunked", x -> {
      x.sendResponseHeaders(200, 0);
      try (OutputStream o = x.getResponseBody()) {
        o.write(new byte[5000]);
      }
    });
    server.createContext("/expired", x -> {
      x.sendResponseHeaders(403, -1);
      x.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void readsWithinBudget() throws IOException {
    assertThat(new LambdaCodeFetcher().download(base + "/code?X-Amz-Signature=abc", 1000)).hasSize(1000);
  }

  @Test
  void declaredOrStreamedSizeOverBudgetIsRefused() {
    assertThatThrownBy(() -> new LambdaCodeFetcher().download(base + "/code", 999))
        .isInstanceOf(LambdaCodeFetcher.OverBudgetException.class).hasMessageContaining("1000 bytes");
    assertThatThrownBy(() -> new LambdaCodeFetcher().download(base + "/chunked", 4096))
        .isInstanceOf(LambdaCodeFetcher.OverBudgetException.class).hasMessageContaining("more than 4096");
  }

  @Test
  void failedDownloadNamesTheStatusNotTheSignedUrl() {
    assertThatThrownBy(() -> new LambdaCodeFetcher().download(base + "/expired?X-Amz-Signature=secret", 1000))
        .isInstanceOf(IOException.class).hasMessage("code download answered HTTP 403")
        .hasMessageNotContaining("secret");
  }
}
