package dev.aispm.bench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpAnswerTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String body(HttpAnswer a) {
    return new String(a.body(), 0, a.length(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void contentLengthAnswerIsCompleteOnlyWithItsWholeBody() throws IOException {
    byte[] full = bytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"items\":1}");
    for (int n = 0; n < full.length; n++) {
      assertThat(HttpAnswer.parse(full, n)).as("after %d bytes", n).isNull();
    }
    HttpAnswer a = HttpAnswer.parse(full, full.length);
    assertThat(a.status()).isEqualTo(200);
    assertThat(body(a)).isEqualTo("{\"items\":1}");
    assertThat(a.close()).isFalse();
  }

  @Test
  void chunkedAnswerIsJoinedAndCompleteOnlyAfterTheLastChunk() throws IOException {
    byte[] full = bytes("HTTP/1.1 401 Unauthorized\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        + "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n");
    for (int n = 0; n < full.length; n++) {
      assertThat(HttpAnswer.parse(full, n)).as("after %d bytes", n).isNull();
    }
    HttpAnswer a = HttpAnswer.parse(full, full.length);
    assertThat(a.status()).isEqualTo(401);
    assertThat(body(a)).isEqualTo("hello, world");
    assertThat(a.close()).isTrue();
  }

  @Test
  void malformedAnswersAreErrorsNotWaits() {
    assertThatThrownBy(() -> HttpAnswer.parse(bytes("SSH-2.0-x\r\n\r\n"), 13)).isInstanceOf(IOException.class);
    byte[] noLength = bytes("HTTP/1.1 200 OK\r\n\r\nbody");
    assertThatThrownBy(() -> HttpAnswer.parse(noLength, noLength.length)).hasMessageContaining("without a length");
    byte[] badChunk = bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    assertThatThrownBy(() -> HttpAnswer.parse(badChunk, badChunk.length)).hasMessageContaining("chunk size");
    byte[] negativeChunk = bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\n");
    assertThatThrownBy(() -> HttpAnswer.parse(negativeChunk, negativeChunk.length)).hasMessageContaining("chunk of -5");
    byte[] hugeChunk = bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7fffffff\r\n");
    assertThatThrownBy(() -> HttpAnswer.parse(hugeChunk, hugeChunk.length)).hasMessageContaining("more than the benchmark reads");
    byte[] hugeLength = bytes("HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n");
    assertThatThrownBy(() -> HttpAnswer.parse(hugeLength, hugeLength.length)).hasMessageContaining("more than the benchmark reads");
  }
}
