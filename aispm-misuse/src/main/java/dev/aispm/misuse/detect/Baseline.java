package dev.aispm.misuse.detect;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What is usual for one model (who calls it, from which address, with which client, how often) or
 * one data store (who writes it). A baseline learns from its first event for a fixed window;
 * only after that is something new reported, and then it is learned too, so each newcomer is
 * reported once.
 *
 * <p>Mutable and not thread-safe: a run owns its baselines and writes the changed ones back.
 */
public final class Baseline {
  /** Values kept per set: beyond it the set stops growing and newcomers keep being reported. */
  public static final int MAX_VALUES = 2_000;

  private final String kind;
  private final String subject;
  private final Instant firstSeen;
  private final Instant learnUntil;
  private final Set<String> principals;
  private final Set<String> sourceIps;
  private final Set<String> userAgents;
  private long events;
  private Instant currentHour;
  private long currentHourCount;
  private Instant spikeReportedHour;
  private boolean changed;

  public Baseline(String kind, String subject, Instant firstSeen, Instant learnUntil, Set<String> principals,
      Set<String> sourceIps, Set<String> userAgents, long events, Instant currentHour, long currentHourCount,
      Instant spikeReportedHour) {
    this.kind = kind;
    this.subject = subject;
    this.firstSeen = firstSeen;
    this.learnUntil = learnUntil;
    this.principals = new LinkedHashSet<>(principals);
    this.sourceIps = new LinkedHashSet<>(sourceIps);
    this.userAgents = new LinkedHashSet<>(userAgents);
    this.events = events;
    this.currentHour = currentHour;
    this.currentHourCount = currentHourCount;
    this.spikeReportedHour = spikeReportedHour;
  }

  /** A baseline that starts learning at {@code first}. */
  public static Baseline fresh(String kind, String subject, Instant first, Duration learning) {
    Baseline b = new Baseline(kind, subject, first, first.plus(learning), Set.of(), Set.of(), Set.of(), 0,
        null, 0, null);
    b.changed = true;
    return b;
  }

  /** The id of a baseline record: kind and subject. */
  public static String id(String kind, String subject) {
    return kind + "/" + subject;
  }

  public String id() {
    return id(kind, subject);
  }

  /** Whether {@code at} is past the learning window, when novelty starts to count. */
  public boolean learned(Instant at) {
    return at.isAfter(learnUntil);
  }

  /**
   * Learns a value of one of the sets and says whether it was new. A null value (absent in the
   * record) is never new.
   */
  public boolean learnPrincipal(String value) {
    return learn(principals, value);
  }

  public boolean learnSourceIp(String value) {
    return learn(sourceIps, value);
  }

  public boolean learnUserAgent(String value) {
    return learn(userAgents, value);
  }

  private boolean learn(Set<String> set, String value) {
    if (value == null || set.contains(value)) {
      return false;
    }
    if (set.size() < MAX_VALUES) {
      set.add(value);
      changed = true;
    }
    return true;
  }

  /**
   * Counts one event at {@code at} and returns the count of its hour so far. Events of an hour
   * earlier than the current one still count in the total but not in an hour's volume: hours are
   * compared as they fill.
   */
  public long count(Instant at) {
    events++;
    changed = true;
    Instant hour = at.truncatedTo(ChronoUnit.HOURS);
    if (currentHour == null || hour.isAfter(currentHour)) {
      currentHour = hour;
      currentHourCount = 0;
    }
    if (hour.equals(currentHour)) {
      currentHourCount++;
      return currentHourCount;
    }
    return 0;
  }

  /**
   * The mean events per hour before the current hour, over every hour since the first event
   * (quiet hours count as zero).
   */
  public double hourlyMeanBeforeCurrent() {
    if (currentHour == null) {
      return 0;
    }
    long hours = Math.max(1, Duration.between(firstSeen.truncatedTo(ChronoUnit.HOURS), currentHour).toHours());
    return (double) (events - currentHourCount) / hours;
  }

  /** Marks the current hour's spike as reported; false if it already was. */
  public boolean reportSpikeOnce() {
    if (currentHour == null || currentHour.equals(spikeReportedHour)) {
      return false;
    }
    spikeReportedHour = currentHour;
    changed = true;
    return true;
  }

  public String kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public Instant firstSeen() {
    return firstSeen;
  }

  public Instant learnUntil() {
    return learnUntil;
  }

  public Set<String> principals() {
    return Set.copyOf(principals);
  }

  public Set<String> sourceIps() {
    return Set.copyOf(sourceIps);
  }

  public Set<String> userAgents() {
    return Set.copyOf(userAgents);
  }

  public long events() {
    return events;
  }

  public Instant currentHour() {
    return currentHour;
  }

  public long currentHourCount() {
    return currentHourCount;
  }

  public Instant spikeReportedHour() {
    return spikeReportedHour;
  }

  /** Whether it changed since it was loaded or saved, so only changed baselines are written back. */
  public boolean changed() {
    return changed;
  }

  /** Marks it as written. */
  public void saved() {
    changed = false;
  }
}
