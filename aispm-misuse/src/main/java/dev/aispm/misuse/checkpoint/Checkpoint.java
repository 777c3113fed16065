package dev.aispm.misuse.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * How far one source has been read.
 *
 * <p>Object sources (a trail's log files) are ordered by key: {@code position} is the last key
 * read, and the next run lists after it. Time sources (an API queried by time) re-read a short
 * overlap before {@code highWater}, because clouds deliver some events late; {@code boundaryIds}
 * holds the ids of the events already read inside that overlap, so they are not admitted twice.
 *
 * @param source      the source's stable id, e.g. {@code aws/111111111111/cloudtrail/BUCKET/PREFIX}
 * @param position    last object key or page position read, null when the source has none
 * @param highWater   latest event time read, null before the first event
 * @param boundaryIds ids of the events read at or after {@code highWater - overlap}
 * @param eventsRead  events admitted over the source's life
 * @param malformed   records skipped as malformed over the source's life
 */
public record Checkpoint(String source, String position, Instant highWater, Set<String> boundaryIds,
    long eventsRead, long malformed) {

  /** Ids kept at the boundary; a burst larger than this inside the overlap is re-admitted at worst. */
  public static final int MAX_BOUNDARY_IDS = 20_000;

  public Checkpoint {
    Objects.requireNonNull(source, "source");
    boundaryIds = Set.copyOf(boundaryIds);
  }

  /** The checkpoint of a source never read. */
  public static Checkpoint start(String source) {
    return new Checkpoint(source, null, null, Set.of(), 0, 0);
  }

  /** Whether the source has been read before. */
  public boolean isNew() {
    return position == null && highWater == null;
  }

  /**
   * Where a time-based read starts: the overlap before the high-water mark, or the start of the
   * backfill window on the first run.
   */
  public Instant readFrom(Instant now, Duration backfill, Duration overlap) {
    return highWater == null ? now.minus(backfill) : highWater.minus(overlap);
  }
}
