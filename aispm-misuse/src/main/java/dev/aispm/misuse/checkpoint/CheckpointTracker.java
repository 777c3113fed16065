package dev.aispm.misuse.checkpoint;

import dev.aispm.misuse.event.ActivityEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides, event by event, what one run of a source admits, and builds the checkpoint to store
 * when the run's detections are written. An event is admitted when it is not older than the
 * overlap before the stored high-water mark (or the backfill floor on a first run) and its id was
 * not read at that boundary; a run also never admits the same id twice within the overlap (an API
 * page repeated after a retry, a log record CloudTrail delivered twice).
 *
 * <p>Ids are remembered with their times and pruned to the overlap window as the run goes, so a
 * run over millions of events keeps memory bounded.
 */
public final class CheckpointTracker {
  private static final int PRUNE_AT = 2 * Checkpoint.MAX_BOUNDARY_IDS;

  private final Checkpoint start;
  private final Duration overlap;
  private final Instant floor;
  private final Map<String, Instant> recent = new HashMap<>();
  private Instant highWater;
  private String position;
  private long admitted;
  private long malformed;

  private CheckpointTracker(Checkpoint start, Duration overlap, Instant floor) {
    this.start = start;
    this.overlap = overlap;
    this.floor = floor;
    this.highWater = start.highWater();
    this.position = start.position();
  }

  /**
   * A source queried by time (LookupEvents, the Activity Log, the Logging API): it re-reads
   * {@code overlap} before the stored high-water mark, and admits nothing older.
   *
   * @param backfillFloor the oldest event time a first run admits
   */
  public static CheckpointTracker byTime(Checkpoint start, Duration overlap, Instant backfillFloor) {
    return new CheckpointTracker(start, overlap,
        start.highWater() == null ? backfillFloor : start.highWater().minus(overlap));
  }

  /**
   * A source read by object key (a trail's log files): the key decides what is new, since a later
   * file may hold earlier events, so only a first run filters by time (the backfill floor).
   * {@code dedupeWindow} bounds how long a run remembers ids to drop records delivered twice.
   */
  public static CheckpointTracker byKey(Checkpoint start, Duration dedupeWindow, Instant backfillFloor) {
    return new CheckpointTracker(start, dedupeWindow, start.isNew() ? backfillFloor : null);
  }

  /** Whether {@code e} is new to this source; if so it counts as read. */
  public boolean admit(ActivityEvent e) {
    if (floor != null && e.time().isBefore(floor)) {
      return false;
    }
    if (start.boundaryIds().contains(e.id()) || recent.putIfAbsent(e.id(), e.time()) != null) {
      return false;
    }
    if (highWater == null || e.time().isAfter(highWater)) {
      highWater = e.time();
    }
    admitted++;
    if (recent.size() > PRUNE_AT) {
      Instant from = highWater.minus(overlap);
      recent.values().removeIf(t -> t.isBefore(from));
    }
    return true;
  }

  /** Records that the source was read up to {@code key} (an object key or page position). */
  public void readUpTo(String key) {
    this.position = key;
  }

  /** Counts skipped malformed records. */
  public void skipped(int count) {
    malformed += count;
  }

  public long admitted() {
    return admitted;
  }

  public long malformed() {
    return malformed;
  }

  /**
   * The checkpoint after this run: the new position and high-water mark, and the ids read inside
   * the overlap before it (the stored boundary ids too, while the mark has not moved past them).
   */
  public Checkpoint next() {
    Set<String> boundary = new HashSet<>();
    if (highWater != null) {
      Instant from = highWater.minus(overlap);
      recent.forEach((id, t) -> {
        if (!t.isBefore(from) && boundary.size() < Checkpoint.MAX_BOUNDARY_IDS) {
          boundary.add(id);
        }
      });
      // The stored ids were at or after the old mark minus the overlap; they stay while that is in the window.
      if (start.highWater() != null && !start.highWater().isBefore(from)) {
        for (String id : start.boundaryIds()) {
          if (boundary.size() >= Checkpoint.MAX_BOUNDARY_IDS) {
            break;
          }
          boundary.add(id);
        }
      }
    }
    return new Checkpoint(start.source(), position, highWater, boundary,
        start.eventsRead() + admitted, start.malformed() + malformed);
  }
}
