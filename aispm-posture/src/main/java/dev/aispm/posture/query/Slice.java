package dev.aispm.posture.query;

import java.util.List;

/**
 * One page of an ordered answer and whether more follows, so a caller can hand out a cursor
 * without the query knowing how cursors are encoded.
 */
public record Slice<T>(List<T> items, boolean hasMore) {
  public Slice {
    items = List.copyOf(items);
  }

  /** The first {@code limit} of {@code rows} read with one extra row. */
  static <T> Slice<T> of(List<T> rows, int limit) {
    return new Slice<>(rows.subList(0, Math.min(limit, rows.size())), rows.size() > limit);
  }

  /** The last item of the page, the position of the next page. */
  public T last() {
    return items.isEmpty() ? null : items.get(items.size() - 1);
  }
}
