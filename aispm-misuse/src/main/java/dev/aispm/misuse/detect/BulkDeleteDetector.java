package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Many objects of an AI data store deleted by one identity within a short window: poisoning by
 * removal, or destruction of a training set. Needs no baseline, so it fires from the first run.
 * The window state lives in the detector for one run: a burst split across two scans is judged
 * on each part, which a window much shorter than the scan interval makes rare.
 */
public final class BulkDeleteDetector implements Detector {
  public static final String ID = "misuse_training_data_bulk_delete";

  private record Deleted(Instant at, int objects) {}

  private final Map<String, Deque<Deleted>> windows = new HashMap<>();
  private final Map<String, Integer> sums = new HashMap<>();
  private final Map<String, Instant> reportedUntil = new HashMap<>();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void inspect(ActivityEvent e, DetectionContext ctx, Consumer<Detection> out) {
    if (!e.succeeded() || !DataStores.isDelete(e)) {
      return;
    }
    String store = DataStores.storeOf(e);
    if (store == null || !ctx.assets().aiDataStores().containsKey(store)) {
      return;
    }
    String key = store + "\u0000" + e.principal();
    Deque<Deleted> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
    int n = DataStores.objectsDeleted(e);
    window.addLast(new Deleted(e.time(), n));
    int sum = sums.merge(key, n, Integer::sum);
    Instant from = e.time().minus(ctx.settings().bulkWindow());
    while (!window.isEmpty() && window.peekFirst().at().isBefore(from)) {
      sum = sums.merge(key, -window.removeFirst().objects(), Integer::sum);
    }
    Instant quietUntil = reportedUntil.get(key);
    if (sum >= ctx.settings().bulkDeleteObjects() && (quietUntil == null || e.time().isAfter(quietUntil))) {
      reportedUntil.put(key, e.time().plus(ctx.settings().bulkWindow()));
      out.accept(new Detection(ID, e, e.principal(), store, "data",
          e.principal() + " deleted " + sum + " objects of training data store " + store + " within "
              + ctx.settings().bulkWindow().toMinutes() + " minutes"));
    }
  }
}
