package dev.aispm.bench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FindingsLoadBenchmarkTest {
  @Test
  void readsTheNextCursorAfterTheItemsAndNoneOnTheLastPage() {
    byte[] more = "{\"items\":[{\"reason\":\"\\\"nextCursor\\\":\\\"fake\\\"\"}],\"nextCursor\":\"OTl8YWJj\",\"limit\":50}"
        .getBytes(StandardCharsets.UTF_8);
    byte[] padded = java.util.Arrays.copyOf(more, more.length + 10);
    assertThat(FindingsLoadBenchmark.nextCursor(padded, more.length)).isEqualTo("OTl8YWJj");
    byte[] last = "{\"items\":[],\"nextCursor\":null,\"limit\":50}".getBytes(StandardCharsets.UTF_8);
    assertThat(FindingsLoadBenchmark.nextCursor(last, last.length)).isNull();
  }
}
