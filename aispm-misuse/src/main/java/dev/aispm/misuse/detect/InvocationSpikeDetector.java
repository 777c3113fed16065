package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.function.Consumer;

/**
 * A model called far more often in one hour than it usually is: the mark of LLM-jacking (stolen
 * credentials reselling a model) and of cost harvesting. An hour is a spike when its calls reach
 * both a floor ({@link DetectorSettings#spikeMinCalls()}) and a multiple of the model's mean
 * hourly calls since it was first seen; each hour is reported once, attributed to the caller of
 * the call that crossed the threshold.
 */
public final class InvocationSpikeDetector implements Detector {
  public static final String ID = "misuse_model_invocation_spike";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void inspect(ActivityEvent e, DetectionContext ctx, Consumer<Detection> out) {
    String model = ModelCalls.modelOf(e);
    if (model == null) {
      return;
    }
    // Denied calls count too: a stolen key hammering a model it may not call is still a flood.
    Baseline b = ctx.baseline("model", model, e.time());
    long hourCount = b.count(e.time());
    if (!b.learned(e.time()) || hourCount < ctx.settings().spikeMinCalls()) {
      return;
    }
    double mean = b.hourlyMeanBeforeCurrent();
    if (hourCount >= ctx.settings().spikeFactor() * Math.max(mean, 1.0) && b.reportSpikeOnce()) {
      out.accept(new Detection(ID, e, e.principal(), model, "model",
          "Model " + model + " was called " + hourCount + " times in the hour from " + b.currentHour()
              + ", " + String.format(java.util.Locale.ROOT, "%.1f", mean) + " times an hour on average before"));
    }
  }
}
