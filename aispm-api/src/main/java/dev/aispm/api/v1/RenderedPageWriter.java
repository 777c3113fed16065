package dev.aispm.api.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.api.v1.dto.Page;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link Page} whose items are already JSON (the risk queue keeps each finding's JSON
 * for as long as the findings do not change), byte for byte what Jackson writes for the same page.
 *
 * <p>The envelope ({@code nextCursor}, {@code limit}) is still written by the service's
 * {@link ObjectMapper}, with an empty item list, and the items are put inside its brackets; the
 * items were written by the same mapper. So the answer cannot drift from the {@code Page} record
 * or the mapper's settings: only the work of writing the same findings again is saved.
 */
public final class RenderedPageWriter {
  private static final byte[] ITEMS = "\"items\":[".getBytes(StandardCharsets.UTF_8);

  private final ObjectMapper json;

  public RenderedPageWriter(ObjectMapper json) {
    this.json = json;
  }

  /** The JSON of {@code new Page<>(items, nextCursor, limit)}, given each item's JSON. */
  public byte[] write(List<byte[]> items, String nextCursor, int limit) {
    byte[] envelope = bytes(new Page<>(List.of(), nextCursor, limit));
    int itemsAt = indexOf(envelope, ITEMS);
    if (itemsAt < 0 || envelope[itemsAt + ITEMS.length] != ']') {
      throw new IllegalStateException("a page's JSON has no empty item list: "
          + new String(envelope, StandardCharsets.UTF_8));
    }
    int split = itemsAt + ITEMS.length;
    int size = envelope.length + Math.max(0, items.size() - 1);
    for (byte[] item : items) {
      size += item.length;
    }
    // Filled in place at its exact size: a page is tens of kilobytes, copied once.
    byte[] out = new byte[size];
    System.arraycopy(envelope, 0, out, 0, split);
    int at = split;
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out[at++] = ',';
      }
      byte[] item = items.get(i);
      System.arraycopy(item, 0, out, at, item.length);
      at += item.length;
    }
    System.arraycopy(envelope, split, out, at, envelope.length - split);
    return out;
  }

  /** One value's JSON as the service writes it. */
  public byte[] bytes(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length < haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
