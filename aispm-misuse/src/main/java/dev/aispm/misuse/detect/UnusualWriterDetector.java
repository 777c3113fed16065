package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.function.Consumer;

/**
 * Training data written or deleted by an identity outside the store's usual writers: the first
 * step of poisoning a model through its data. Only stores the graph knows feed AI
 * ({@code usedByAi}) are watched, and each store learns its writers over the learning window.
 */
public final class UnusualWriterDetector implements Detector {
  public static final String ID = "misuse_training_data_unusual_writer";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void inspect(ActivityEvent e, DetectionContext ctx, Consumer<Detection> out) {
    if (!e.succeeded()) {
      return;
    }
    String store = DataStores.storeOf(e);
    if (store == null || !ctx.assets().aiDataStores().containsKey(store)) {
      return;
    }
    Baseline b = ctx.baseline("store", store, e.time());
    boolean learned = b.learned(e.time());
    if (b.learnPrincipal(e.principal()) && learned) {
      out.accept(new Detection(ID, e, e.principal(), store, "data",
          "Training data store " + store + " was changed (" + e.action() + ") by " + e.principal()
              + ", not one of its writers since " + b.firstSeen()));
    }
  }
}
