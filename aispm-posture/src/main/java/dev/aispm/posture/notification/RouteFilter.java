package dev.aispm.posture.notification;

import dev.aispm.graph.schema.common.RecordSchemas;
import dev.aispm.posture.notification.subject.AlertEvent;
import dev.aispm.posture.notification.subject.FindingAlert;
import java.util.List;
import java.util.Locale;

/**
 * Which findings a route sends. Every criterion left empty matches everything; the criteria given
 * must all hold.
 *
 * @param minSeverity severity at or above which a finding matches (critical is the highest)
 * @param categories  rule categories, any of
 * @param rules       rule ids, any of
 * @param providers   clouds (aws, azure, gcp), any of
 * @param accounts    accounts, subscriptions or projects, any of
 * @param events      NEW, REOPENED, or both when empty
 * @param minScore    score at or above which a finding matches
 */
public record RouteFilter(String minSeverity, List<String> categories, List<String> rules, List<String> providers,
    List<String> accounts, List<String> events, Integer minScore) {

  public RouteFilter {
    if (minSeverity != null && !minSeverity.isBlank()) {
      minSeverity = minSeverity.strip().toLowerCase(Locale.ROOT);
      if (!RecordSchemas.SEVERITIES.contains(minSeverity)) {
        throw new IllegalArgumentException("minSeverity must be one of " + RecordSchemas.SEVERITIES);
      }
    } else {
      minSeverity = null;
    }
    categories = clean(categories, false);
    rules = clean(rules, false);
    providers = clean(providers, true);
    accounts = clean(accounts, false);
    events = clean(events, false).stream().map(e -> e.toUpperCase(Locale.ROOT)).toList();
    for (String e : events) {
      AlertEvent.valueOf(e);
    }
    if (minScore != null && (minScore < 0 || minScore > 100)) {
      throw new IllegalArgumentException("minScore must be 0..100");
    }
  }

  /** A filter that matches every finding. */
  public static RouteFilter all() {
    return new RouteFilter(null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
  }

  public boolean matches(FindingAlert a) {
    var f = a.finding();
    if (minSeverity != null) {
      int have = RecordSchemas.SEVERITIES.indexOf(f.severity());
      if (have < 0 || have > RecordSchemas.SEVERITIES.indexOf(minSeverity)) {
        return false;
      }
    }
    return (categories.isEmpty() || categories.contains(f.category()))
        && (rules.isEmpty() || rules.contains(f.ruleId()))
        && (providers.isEmpty() || providers.contains(a.provider()))
        && (accounts.isEmpty() || accounts.contains(a.account()))
        && (events.isEmpty() || events.contains(a.event().name()))
        && (minScore == null || f.score() >= minScore);
  }

  private static List<String> clean(List<String> values, boolean lower) {
    if (values == null) {
      return List.of();
    }
    return values.stream().filter(v -> v != null && !v.isBlank())
        .map(v -> lower ? v.strip().toLowerCase(Locale.ROOT) : v.strip()).distinct().toList();
  }
}
