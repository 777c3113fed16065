package dev.aispm.posture.notification;

import dev.aispm.posture.notification.publisher.PublishException;
import dev.aispm.posture.notification.publisher.Publisher;
import dev.aispm.posture.notification.subject.Digest;
import dev.aispm.posture.notification.subject.FindingAlert;
import dev.aispm.posture.notification.subject.Notification;
import dev.aispm.posture.notification.subject.TestMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a scan's alerts: for every enabled route, the findings its filter selects that opened or
 * reopened in the scan, each once per channel (a finding already delivered for this occurrence is
 * skipped), one by one up to the route's hourly limit and the rest in one digest. Every attempt is
 * recorded; a failed attempt is retried with exponential backoff when the receiver may recover,
 * and the last failure is recorded as FAILED.
 */
public final class AlertDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
  private static final Duration WINDOW = Duration.ofHours(1);

  /** Waits between attempts; tests pass one that does not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** What one dispatch did. */
  public record Result(int candidates, int sent, int failed, int digested, int duplicates) {}

  private final AlertCandidates candidates;
  private final AlertRoutes routes;
  private final Map<ChannelType, Publisher> publishers = new EnumMap<>(ChannelType.class);
  private final DeliveryLog log;
  private final Backoff backoff;
  private final Clock clock;
  private final Sleeper sleeper;

  public AlertDispatcher(AlertCandidates candidates, AlertRoutes routes, List<Publisher> publishers, DeliveryLog log,
      Backoff backoff, Clock clock, Sleeper sleeper) {
    this.candidates = candidates;
    this.routes = routes;
    publishers.forEach(p -> this.publishers.put(p.type(), p));
    this.log = log;
    this.backoff = backoff;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Sends the alerts of scan {@code scanId}. */
  public Result dispatch(String scanId) {
    List<FindingAlert> all = candidates.of(scanId);
    int sent = 0;
    int failed = 0;
    int digested = 0;
    int duplicates = 0;
    if (all.isEmpty()) {
      return new Result(0, 0, 0, 0, 0);
    }
    for (AlertRoute route : routes.all()) {
      if (!route.enabled()) {
        continue;
      }
      // Deduped by fingerprint: a finding is one alert per route, however many rules' rows named it.
      Map<String, FindingAlert> selected = new LinkedHashMap<>();
      for (FindingAlert a : all) {
        if (route.filter().matches(a)) {
          selected.putIfAbsent(a.finding().id(), a);
        }
      }
      if (selected.isEmpty()) {
        continue;
      }
      List<FindingAlert> fresh = new ArrayList<>();
      for (FindingAlert a : selected.values()) {
        boolean everywhere = true;
        for (int i = 0; i < route.channels().size(); i++) {
          everywhere &= log.alreadySent(route.id(), i, a.finding().id(), a.occurrence());
        }
        if (everywhere) {
          duplicates++;
        } else {
          fresh.add(a);
        }
      }
      RouteBudget budget = RouteBudget.split(fresh, log.sentSince(route.id(), clock.instant().minus(WINDOW)),
          route.rateLimit());
      for (FindingAlert a : budget.individual()) {
        for (int i = 0; i < route.channels().size(); i++) {
          if (log.alreadySent(route.id(), i, a.finding().id(), a.occurrence())) {
            continue;
          }
          if (deliver(route, i, a, a.finding().id(), List.of(), a.event().name(), a.occurrence(), scanId)) {
            sent++;
          } else {
            failed++;
          }
        }
      }
      if (!budget.digested().isEmpty()) {
        digested += budget.digested().size();
        Digest d = new Digest(route.name(), budget.digested(), candidates.findingsPage());
        List<String> ids = budget.digested().stream().map(a -> a.finding().id()).toList();
        for (int i = 0; i < route.channels().size(); i++) {
          if (deliver(route, i, d, null, ids, null, null, scanId)) {
            sent++;
          } else {
            failed++;
          }
        }
      }
    }
    LOG.info("alerts of scan {}: {} findings opened or reopened, {} deliveries sent, {} failed, {} in digests, "
        + "{} already sent", scanId, all.size(), sent, failed, digested, duplicates);
    return new Result(all.size(), sent, failed, digested, duplicates);
  }

  /** Sends a test message on every channel of the route; returns the recorded attempts. */
  public List<DeliveryView> test(AlertRoute route, String requestedBy) {
    TestMessage t = new TestMessage(route.id(), route.name(), requestedBy, clock.instant(), candidates.findingsPage());
    List<DeliveryView> out = new ArrayList<>();
    for (int i = 0; i < route.channels().size(); i++) {
      out.addAll(attempts(route, i, t, null, List.of(), null, null, null));
    }
    return out;
  }

  private boolean deliver(AlertRoute route, int index, Notification n, String findingId, List<String> findingIds,
      String event, Instant occurrence, String scanId) {
    List<DeliveryView> tries = attempts(route, index, n, findingId, findingIds, event, occurrence, scanId);
    return "SENT".equals(tries.get(tries.size() - 1).status());
  }

  private List<DeliveryView> attempts(AlertRoute route, int index, Notification n, String findingId,
      List<String> findingIds, String event, Instant occurrence, String scanId) {
    Channel channel = route.channels().get(index);
    Publisher publisher = publishers.get(channel.type());
    List<DeliveryView> out = new ArrayList<>();
    for (int attempt = 1; ; attempt++) {
      Integer code = null;
      String error = null;
      boolean retry = false;
      if (publisher == null) {
        error = "no " + channel.type().id() + " publisher is configured (for e-mail: AISPM_MAIL_HOST)";
      } else {
        try {
          code = publisher.publish(channel, n);
        } catch (PublishException e) {
          code = e.statusCode();
          error = e.getMessage();
          retry = e.retryable();
        } catch (RuntimeException e) {
          // A template or mapping bug: recorded like any failure, never retried, and the rest still goes out.
          error = e.getClass().getSimpleName() + ": " + e.getMessage();
          LOG.warn("alert on route {} channel {} failed to build", route.id(), index, e);
        }
      }
      boolean last = error == null || !retry || attempt >= backoff.attempts();
      String status = error == null ? "SENT" : last ? "FAILED" : "RETRYING";
      out.add(log.record(new DeliveryLog.Attempt(route.id(), channel.type(), index, n.kind(), findingId, findingIds,
          event, occurrence, scanId, attempt, status, code, error, clock.instant())));
      if (last) {
        if (error != null) {
          LOG.warn("alert on route {} channel {} ({}) failed after {} attempt(s): {}", route.id(), index,
              channel.type().id(), attempt, error);
        }
        return out;
      }
      try {
        sleeper.sleep(backoff.delayAfter(attempt));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return out;
      }
    }
  }
}
