package dev.aispm.posture.notification.publisher;

import dev.aispm.posture.notification.subject.Digest;
import dev.aispm.posture.notification.subject.FindingAlert;
import dev.aispm.posture.notification.subject.TestMessage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The values every template of a channel can use, from one subject: the same names in Slack,
 * Teams and e-mail templates, so a field added to one message is easy to add to all.
 */
public final class MessageValues {
  private MessageValues() {}

  public static Map<String, Object> of(FindingAlert a) {
    var f = a.finding();
    Map<String, Object> v = new HashMap<>();
    v.put("id", f.id());
    v.put("title", f.title());
    v.put("severity", f.severity());
    v.put("severityUpper", f.severity() == null ? "UNKNOWN" : f.severity().toUpperCase(Locale.ROOT));
    v.put("score", f.score());
    v.put("category", f.category());
    v.put("ruleId", f.ruleId());
    v.put("status", f.status());
    v.put("event", a.event() == dev.aispm.posture.notification.subject.AlertEvent.NEW ? "new" : "reopened");
    v.put("reason", f.reason() == null ? "" : f.reason());
    v.put("path", a.pathText());
    v.put("resource", f.resourceId());
    v.put("provider", a.provider() == null ? "" : a.provider());
    v.put("account", a.account() == null ? "" : a.account());
    v.put("region", a.region() == null ? "" : a.region());
    v.put("scanId", a.scanId());
    v.put("link", a.link());
    v.put("occurrence", a.occurrence().toString());
    v.put("controls", String.join(", ", f.controls()));
    return v;
  }

  public static Map<String, Object> of(TestMessage t) {
    Map<String, Object> v = new HashMap<>();
    v.put("routeId", t.routeId());
    v.put("routeName", t.routeName());
    v.put("requestedBy", t.requestedBy());
    v.put("at", t.at().toString());
    v.put("dashboard", t.dashboard());
    return v;
  }

  public static Map<String, Object> of(Digest d) {
    Map<String, Object> v = new HashMap<>();
    v.put("routeName", d.routeName());
    v.put("count", d.alerts().size());
    v.put("dashboard", d.dashboard());
    return v;
  }

  /** Slack mrkdwn treats &amp;, &lt; and &gt; as control characters; text must escape them. */
  public static String slack(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Cuts text to {@code max} characters with an ellipsis: Slack refuses header text over 150. */
  public static String cut(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
