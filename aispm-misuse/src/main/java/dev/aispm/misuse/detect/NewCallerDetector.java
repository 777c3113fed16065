package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A model invoked by an identity, from a source address, or with a user agent never seen for it
 * during its learning window: a stolen key used from elsewhere, an outsider reaching a model that
 * only an application used to call. Failed calls do not teach the baseline (a denied caller is
 * not usual) and are not reported here: the model was not reached.
 */
public final class NewCallerDetector implements Detector {
  public static final String ID = "misuse_model_invoked_by_new_caller";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void inspect(ActivityEvent e, DetectionContext ctx, Consumer<Detection> out) {
    String model = ModelCalls.modelOf(e);
    if (model == null || !e.succeeded()) {
      return;
    }
    Baseline b = ctx.baseline("model", model, e.time());
    boolean learned = b.learned(e.time());
    List<String> fresh = new ArrayList<>(3);
    if (b.learnPrincipal(e.principal())) {
      fresh.add("identity " + e.principal());
    }
    if (b.learnSourceIp(e.sourceIp())) {
      fresh.add("source address " + e.sourceIp());
    }
    if (b.learnUserAgent(e.userAgent())) {
      fresh.add("user agent \"" + e.userAgent() + "\"");
    }
    if (learned && !fresh.isEmpty()) {
      out.accept(new Detection(ID, e, e.principal(), model, "model",
          "Model " + model + " was called (" + e.action() + ") by " + String.join(", ", fresh)
              + ", never seen calling it since " + b.firstSeen()));
    }
  }
}
