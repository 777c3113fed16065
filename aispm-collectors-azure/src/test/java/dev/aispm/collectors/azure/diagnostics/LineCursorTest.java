package dev.aispm.collectors.azure.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LineCursorTest {
  /** A recorded hour's blob with one more record being appended: its first bytes, no newline yet. */
  static byte[] recordedBlob() throws Exception {
    try (InputStream in = LineCursorTest.class.getClassLoader()
        .getResourceAsStream("recorded/azure/diagnostics/openai-requestresponse-PT1H.json")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(in.readAllBytes());
      out.writeBytes("{\"time\":\"2026-12-01T14:12:00Z\",\"resourceId\":\"/SUBSCRI".getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    }
  }

  @Test
  void chunksCutMidRecordHandOnOnlyWholeLinesWhateverTheChunkSize() throws Exception {
    byte[] blob = recordedBlob();
    int lastNewline = new String(blob, StandardCharsets.ISO_8859_1).lastIndexOf('\n');
    for (int size : new int[] {7, 100, 333, blob.length}) {
      LineCursor cursor = new LineCursor(0);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int at = 0; at < blob.length; at += size) {
        byte[] chunk = Arrays.copyOfRange(blob, at, Math.min(blob.length, at + size));
        byte[] lines = cursor.feed(chunk, chunk.length);
        assertThat(lines.length == 0 || lines[lines.length - 1] == '\n').as("whole lines only").isTrue();
        out.writeBytes(lines);
      }
      // The record still being appended (no newline yet) is held back.
      assertThat(out.toByteArray()).as("chunk " + size).isEqualTo(Arrays.copyOf(blob, lastNewline + 1));
      assertThat(cursor.position()).isEqualTo(lastNewline + 1);
      byte[] rest = cursor.rest();
      assertThat(new String(rest, StandardCharsets.UTF_8)).startsWith("{\"time\":\"2026-12-01T14:12:00Z\"");
      assertThat(cursor.position()).isEqualTo(blob.length);
    }
  }

  @Test
  void positionsCountFromTheOffsetTheReadStartedAt() {
    LineCursor cursor = new LineCursor(1000);
    byte[] chunk = "{\"a\":1}\n{\"b\"".getBytes(StandardCharsets.UTF_8);

    assertThat(new String(cursor.feed(chunk, chunk.length), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}\n");
    assertThat(cursor.position()).isEqualTo(1008);
    byte[] more = ":2}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(new String(cursor.feed(more, more.length), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}\n");
    assertThat(cursor.position()).isEqualTo(1000 + chunk.length + more.length);
  }

  @Test
  void anOverlongLineIsDroppedAndCountedAndTheNextLineStillRead() {
    LineCursor cursor = new LineCursor(0);
    byte[] big = new byte[LineCursor.MAX_LINE / 2 + 1];
    Arrays.fill(big, (byte) 'x');
    assertThat(cursor.feed(big, big.length)).isEmpty();
    assertThat(cursor.feed(big, big.length)).isEmpty();
    assertThat(cursor.dropped()).isEqualTo(1);
    byte[] tail = "xxx\n{\"ok\":true}\n".getBytes(StandardCharsets.UTF_8);

    assertThat(new String(cursor.feed(tail, tail.length), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}\n");
    assertThat(cursor.position()).isEqualTo(2L * big.length + tail.length);
    assertThat(cursor.dropped()).isEqualTo(1);
  }
}
