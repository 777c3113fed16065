package dev.aispm.posture.notification.publisher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aispm.posture.notification.subject.AlertEvent;
import dev.aispm.posture.notification.subject.FindingAlert;
import dev.aispm.posture.notification.subject.TestMessage;
import dev.aispm.rules.findings.PathStep;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a finding to an OCSF 1.1 Detection Finding (class 2004 of category 2, Findings), so a SIEM
 * or data lake that reads OCSF takes aispm's alerts without a custom parser. A new finding is
 * activity 1 (Create); a reopened one is activity 2 (Update) of the same {@code finding_info.uid},
 * its fingerprint. What OCSF has no attribute for (the event, the attack path as text, the
 * compliance controls, the scan) goes under {@code unmapped.aispm}.
 */
public final class OcsfDetectionFinding {
  public static final String VERSION = "1.1.0";
  public static final int CLASS_UID = 2004;
  public static final int CATEGORY_UID = 2;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** OCSF severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
  private static final Map<String, Integer> SEVERITY_ID = Map.of("info", 1, "low", 2, "medium", 3, "high", 4,
      "critical", 5);
  private static final Map<Integer, String> SEVERITY_NAME = Map.of(0, "Unknown", 1, "Informational", 2, "Low",
      3, "Medium", 4, "High", 5, "Critical");
  private static final Map<String, String> CLOUD = Map.of("aws", "AWS", "azure", "Azure", "gcp", "GCP");

  private OcsfDetectionFinding() {}

  /** The Detection Finding of an alert. */
  public static ObjectNode of(FindingAlert a) {
    var f = a.finding();
    boolean reopened = a.event() == AlertEvent.REOPENED;
    int activity = reopened ? 2 : 1;
    ObjectNode o = base(activity, reopened ? "Update" : "Create", a.occurrence());
    int sev = SEVERITY_ID.getOrDefault(f.severity() == null ? "" : f.severity(), 0);
    o.put("severity_id", sev);
    o.put("severity", SEVERITY_NAME.get(sev));
    // OCSF finding status: 1 New. A reopened finding is new again; the activity says it is an update.
    o.put("status_id", 1);
    o.put("status", "New");
    o.put("message", f.title());
    o.put("risk_score", f.score());
    ObjectNode info = o.putObject("finding_info");
    info.put("uid", f.id());
    info.put("title", f.title());
    info.put("desc", f.reason());
    info.putArray("types").add(f.category() == null ? "unknown" : f.category());
    Long first = millis(f.firstSeen());
    if (first != null) {
      info.put("created_time", first);
      info.put("first_seen_time", first);
    }
    Long last = millis(f.lastSeen());
    if (last != null) {
      info.put("last_seen_time", last);
    }
    info.put("src_url", a.link());
    ObjectNode analytic = info.putObject("analytic");
    analytic.put("uid", f.ruleId());
    analytic.put("name", f.title());
    // OCSF analytic type_id 1: Rule.
    analytic.put("type_id", 1);
    analytic.put("type", "Rule");
    ArrayNode resources = o.putArray("resources");
    Set<String> seen = new LinkedHashSet<>();
    for (PathStep s : f.path()) {
      if ("node".equals(s.kind()) && s.id() != null && seen.add(s.id())) {
        ObjectNode r = resources.addObject();
        r.put("uid", s.id());
        r.put("type", s.type());
        r.put("name", s.name());
      }
    }
    for (String id : f.resourceIds()) {
      if (seen.add(id)) {
        resources.addObject().put("uid", id);
      }
    }
    if (a.provider() != null) {
      ObjectNode cloud = o.putObject("cloud");
      cloud.put("provider", CLOUD.getOrDefault(a.provider(), a.provider().toUpperCase(Locale.ROOT)));
      if (a.account() != null) {
        cloud.putObject("account").put("uid", a.account());
      }
      if (a.region() != null && !"global".equals(a.region())) {
        cloud.put("region", a.region());
      }
    }
    ObjectNode aispm = o.putObject("unmapped").putObject("aispm");
    aispm.put("event", a.event().name());
    aispm.put("scan_id", a.scanId());
    aispm.put("attack_path", a.pathText());
    ArrayNode controls = aispm.putArray("controls");
    f.controls().forEach(controls::add);
    return o;
  }

  /** A Detection Finding that says it is a test, at Informational severity, so a receiver can drop it. */
  public static ObjectNode of(TestMessage t) {
    ObjectNode o = base(1, "Create", t.at());
    o.put("severity_id", 1);
    o.put("severity", "Informational");
    o.put("status_id", 1);
    o.put("status", "New");
    o.put("message", "aispm test message for route " + t.routeName());
    ObjectNode info = o.putObject("finding_info");
    info.put("uid", "aispm-test-" + t.routeId() + "-" + t.at().toEpochMilli());
    info.put("title", "aispm test message");
    info.put("desc", "Sent by " + t.requestedBy() + " to check the route " + t.routeName() + ".");
    info.putArray("types").add("test");
    info.put("created_time", t.at().toEpochMilli());
    info.put("src_url", t.dashboard());
    ObjectNode aispm = o.putObject("unmapped").putObject("aispm");
    aispm.put("event", "TEST");
    aispm.put("route_id", t.routeId());
    return o;
  }

  public static String json(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  public static ArrayNode array() {
    return JSON.createArrayNode();
  }

  private static ObjectNode base(int activity, String activityName, Instant time) {
    ObjectNode o = JSON.createObjectNode();
    o.put("class_uid", CLASS_UID);
    o.put("class_name", "Detection Finding");
    o.put("category_uid", CATEGORY_UID);
    o.put("category_name", "Findings");
    o.put("activity_id", activity);
    o.put("activity_name", activityName);
    o.put("type_uid", CLASS_UID * 100 + activity);
    o.put("type_name", "Detection Finding: " + activityName);
    o.put("time", time.toEpochMilli());
    ObjectNode meta = o.putObject("metadata");
    meta.put("version", VERSION);
    ObjectNode product = meta.putObject("product");
    product.put("name", "aispm");
    product.put("vendor_name", "aispm");
    return o;
  }

  private static Long millis(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return java.time.ZonedDateTime.parse(iso).toInstant().toEpochMilli();
    } catch (RuntimeException e) {
      try {
        return Instant.parse(iso).toEpochMilli();
      } catch (RuntimeException e2) {
        return null;
      }
    }
  }
}
