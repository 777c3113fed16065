package dev.aispm.misuse.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.misuse.detect.AiAssets;
import dev.aispm.misuse.detect.Detection;
import dev.aispm.misuse.event.ActivityEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the detections of a run into one pending record per detector, principal and target, with
 * the count of events, their time range and the latest few events as evidence; the writer adds
 * them to what the graph already holds for the same id.
 */
public final class DetectionLog {
  /** Event ids and evidence entries kept per detection: enough to start an investigation. */
  public static final int MAX_EVIDENCE = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One detection record's share of this run. */
  public static final class Pending {
    final String id;
    final String targetAssetId;
    final String principalAssetId;
    Instant first;
    Instant last;
    long count;
    final Deque<ActivityEvent> events = new ArrayDeque<>();
    final Set<String> sourceIps = new LinkedHashSet<>();
    final Set<String> userAgents = new LinkedHashSet<>();
    Detection newest;

    Pending(String id, Detection d, String targetAssetId, String principalAssetId) {
      this.id = id;
      this.newest = d;
      this.targetAssetId = targetAssetId;
      this.principalAssetId = principalAssetId;
    }

    void add(Detection d) {
      ActivityEvent e = d.event();
      first = first == null || e.time().isBefore(first) ? e.time() : first;
      if (last == null || !e.time().isBefore(last)) {
        last = e.time();
        newest = d;
      }
      count++;
      events.addLast(e);
      if (events.size() > MAX_EVIDENCE) {
        events.removeFirst();
      }
      if (e.sourceIp() != null && sourceIps.size() < MAX_EVIDENCE) {
        sourceIps.add(e.sourceIp());
      }
      if (e.userAgent() != null && userAgents.size() < MAX_EVIDENCE) {
        userAgents.add(e.userAgent());
      }
    }
  }

  private final AiAssets assets;
  private final Map<String, Pending> pending = new LinkedHashMap<>();

  public DetectionLog(AiAssets assets) {
    this.assets = assets;
  }

  /** The record id of a detector's finding about a principal and a target. */
  public static String idOf(String detector, String principal, String target) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {detector, principal, target}) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public void add(Detection d) {
    String id = idOf(d.detector(), d.principal(), d.targetId());
    pending.computeIfAbsent(id, k -> new Pending(k, d, targetAsset(d), assets.identities().get(d.principal())))
        .add(d);
  }

  public boolean isEmpty() {
    return pending.isEmpty();
  }

  public int size() {
    return pending.size();
  }

  public Collection<Pending> pending() {
    return pending.values();
  }

  public void clear() {
    pending.clear();
  }

  // A data detection names its store as the logs do (a bucket name); the graph knows it by id.
  private String targetAsset(Detection d) {
    if ("data".equals(d.targetKind())) {
      return assets.aiDataStores().getOrDefault(d.targetId(), d.targetId());
    }
    if ("control".equals(d.targetKind())) {
      return assets.identities().getOrDefault(d.targetId(), d.targetId());
    }
    return d.targetId();
  }

  /** The row the writer stores for {@code p}. */
  static Map<String, Object> row(Pending p) {
    Detection d = p.newest;
    ActivityEvent e = d.event();
    List<String> ids = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (ActivityEvent ev : p.events) {
      ids.add(ev.id());
      evidence.add(evidence(ev));
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", p.id);
    row.put("detector", d.detector());
    row.put("provider", e.provider());
    row.put("account", e.account());
    row.put("region", e.region());
    row.put("principal", d.principal());
    row.put("targetId", d.targetId());
    row.put("targetKind", d.targetKind());
    row.put("summary", d.summary());
    row.put("firstEventAt", p.first.atZone(java.time.ZoneOffset.UTC));
    row.put("lastEventAt", p.last.atZone(java.time.ZoneOffset.UTC));
    row.put("eventCount", p.count);
    row.put("eventIds", ids);
    row.put("evidence", evidence);
    row.put("sourceIps", List.copyOf(p.sourceIps));
    row.put("userAgents", List.copyOf(p.userAgents));
    row.put("targetAssetId", p.targetAssetId);
    row.put("principalAssetId", p.principalAssetId);
    return row;
  }

  private static String evidence(ActivityEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("time", e.time().toString());
    m.put("service", e.service());
    m.put("action", e.action());
    m.put("principal", e.principal());
    m.put("sourceIp", e.sourceIp());
    m.put("userAgent", e.userAgent());
    m.put("region", e.region());
    m.put("outcome", e.succeeded() ? "success" : "failure: " + e.error());
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
