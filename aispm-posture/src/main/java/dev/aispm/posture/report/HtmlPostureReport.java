package dev.aispm.posture.report;

import dev.aispm.posture.query.ContentEvidence;
import dev.aispm.posture.query.FindingView;
import dev.aispm.posture.query.InventoryCount;
import dev.aispm.posture.query.PeriodChanges;
import dev.aispm.posture.query.ScanOutcomeView;
import dev.aispm.posture.template.Template;
import dev.aispm.rules.findings.PathStep;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link PostureReport} as one self-contained XHTML page: styles inline, no script, no
 * image, font or link that would be fetched, so it opens offline, in a mail client and in the PDF
 * renderer alike. Attack paths are drawn as boxes and labelled arrows in HTML, which both a
 * browser and the PDF renderer lay out without SVG support. Text stays ASCII where the report
 * adds it, because the PDF's standard fonts have no arrows.
 */
public final class HtmlPostureReport {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private HtmlPostureReport() {}

  public static String render(PostureReport r) {
    Map<String, Object> v = new HashMap<>();
    v.put("generatedAt", TIME.format(r.generatedAt()));
    v.put("generatedDay", DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(r.generatedAt()));
    v.put("since", TIME.format(r.since()));
    v.put("lastScan", r.lastScan() == null ? "No scan has finished yet."
        : "Last scan " + r.lastScan().id() + ": " + r.lastScan().status() + ".");
    PeriodChanges c = r.changes();
    v.put("openNow", c.openNow());
    v.put("opened", c.opened());
    v.put("reopened", c.reopened());
    v.put("resolved", c.resolved());
    v.put("aiAssets", r.inventory().stream().mapToLong(InventoryCount::count).sum());
    v.put("trendSentence", c.openBefore() == null
        ? "No scan had finished before the period began, so there is no earlier count to compare with."
        : "Open findings went from " + c.openBefore() + " at the start of the period to " + c.openNow() + " ("
            + (c.openNow() >= c.openBefore() ? "+" : "") + (c.openNow() - c.openBefore()) + ").");
    v.put("inventory", inventory(r));
    v.put("bySeverity", bars(r.bySeverity(), true));
    v.put("byCategory", bars(r.byCategory(), false));
    v.put("topRisks", topRisks(r));
    v.put("compliance", compliance(r));
    v.put("failures", failures(r));
    return Template.resource("templates/report/posture-report.html").render(v);
  }

  private static String inventory(PostureReport r) {
    if (r.inventory().isEmpty()) {
      return "<p>No AI assets were collected.</p>";
    }
    StringBuilder b = new StringBuilder("<table><thead><tr><th scope=\"col\">Cloud</th><th scope=\"col\">Type</th>"
        + "<th scope=\"col\" class=\"n\">Assets</th></tr></thead><tbody>");
    for (InventoryCount i : r.inventory()) {
      b.append("<tr><td>").append(h(i.provider())).append("</td><td>").append(h(i.type())).append("</td><td class=\"n\">")
          .append(i.count()).append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  private static String bars(Map<String, Long> counts, boolean severity) {
    if (counts.values().stream().mapToLong(Long::longValue).sum() == 0) {
      return "<p>No open findings.</p>";
    }
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
    StringBuilder b = new StringBuilder("<table><tbody>");
    counts.forEach((k, n) -> {
      int width = (int) Math.round(200.0 * n / Math.max(1, max));
      b.append("<tr").append(severity ? " class=\"sev-" + h(k) + "\"" : "").append("><th scope=\"row\">")
          .append(h(severity ? k.toUpperCase(Locale.ROOT) : k)).append("</th><td class=\"n\">").append(n)
          .append("</td><td><span class=\"bar\" style=\"width: ").append(width).append("px\"></span></td></tr>");
    });
    return b.append("</tbody></table>").toString();
  }

  private static String topRisks(PostureReport r) {
    if (r.topRisks().isEmpty()) {
      return "<p>No open findings.</p>";
    }
    StringBuilder b = new StringBuilder();
    int i = 1;
    for (FindingView f : r.topRisks()) {
      b.append("<div class=\"risk\"><h3>").append(i++).append(". [").append(f.score()).append("] ")
          .append(h(String.valueOf(f.severity()).toUpperCase(Locale.ROOT))).append(": ").append(h(f.title()))
          .append("</h3><p>").append(h(f.reason())).append("</p><p class=\"muted\">Rule <code>").append(h(f.ruleId()))
          .append("</code>, resource <code>").append(h(f.resourceId())).append("</code>, ").append(h(f.status()))
          .append("</p>");
      b.append(path(f));
      b.append(evidence(r.evidence().getOrDefault(f.id(), java.util.List.of())));
      b.append("</div>");
    }
    return b.toString();
  }

  /** The attack path drawn as labelled boxes joined by the relationships' names. */
  static String path(FindingView f) {
    if (f.path().isEmpty()) {
      return "<p class=\"path muted\">No attack path: the finding concerns the resource alone.</p>";
    }
    StringBuilder b = new StringBuilder("<div class=\"path\" role=\"img\" aria-label=\"attack path\">");
    for (PathStep s : f.path()) {
      if ("edge".equals(s.kind())) {
        b.append("<span class=\"edge\">-- ").append(h(s.type())).append(" --&gt;</span>");
      } else {
        String name = s.name() == null || s.name().isBlank() ? s.id() : s.name();
        b.append("<span class=\"node\"><span class=\"t\">").append(h(s.type())).append("</span>").append(h(name))
            .append("</span>");
      }
    }
    return b.append("</div>").toString();
  }

  /** Evidence rows a report shows per risk; findings.json and the API carry the rest. */
  static final int EVIDENCE_ROWS = 10;

  /**
   * The objects behind a content finding: where (object, version, line or field), what kind and
   * the fingerprint and redacted preview, never the value.
   */
  static String evidence(java.util.List<ContentEvidence> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<table class=\"evidence\"><thead><tr><th scope=\"col\">Object</th>"
        + "<th scope=\"col\">Where</th><th scope=\"col\">Found</th><th scope=\"col\">Fingerprint</th>"
        + "<th scope=\"col\">Preview</th></tr></thead><tbody>");
    for (ContentEvidence e : rows.subList(0, Math.min(rows.size(), EVIDENCE_ROWS))) {
      b.append("<tr><td><code>").append(h(e.objectUri())).append("</code>")
          .append(e.versionId() == null ? "" : " version <code>" + h(e.versionId()) + "</code>")
          .append(e.etag() == null ? "" : " ETag <code>" + h(e.etag()) + "</code>")
          .append("</td><td>").append(h(where(e))).append("</td><td><code>").append(h(e.ruleId()))
          .append("</code></td><td><code>").append(h(e.fingerprint() == null ? "" : e.fingerprint().substring(0,
              Math.min(16, e.fingerprint().length())))).append("</code></td><td><code>").append(h(e.preview()))
          .append("</code></td></tr>");
    }
    b.append("</tbody></table>");
    if (rows.size() > EVIDENCE_ROWS) {
      b.append("<p class=\"muted\">").append(rows.size() - EVIDENCE_ROWS)
          .append(" more in findings.json and the finding's page.</p>");
    }
    return b.toString();
  }

  /** Member, line, column and field of a piece of evidence, as one short phrase. */
  static String where(ContentEvidence e) {
    StringBuilder b = new StringBuilder();
    if (e.member() != null) {
      b.append("member ").append(e.member());
    }
    if (e.line() > 0) {
      b.append(b.isEmpty() ? "" : ", ").append("line ").append(e.line());
      if (e.column() > 0) {
        b.append(":").append(e.column());
      }
    }
    if (e.field() != null) {
      b.append(b.isEmpty() ? "" : ", ").append("field ").append(e.field());
    }
    return b.toString();
  }

  private static String compliance(PostureReport r) {
    if (r.compliance().isEmpty()) {
      return "<p>No framework is mapped.</p>";
    }
    StringBuilder b = new StringBuilder("<table><thead><tr><th scope=\"col\">Framework</th>"
        + "<th scope=\"col\" class=\"n\">Controls</th><th scope=\"col\" class=\"n\">Passing</th>"
        + "<th scope=\"col\" class=\"n\">Failing</th><th scope=\"col\" class=\"n\">Not evaluated</th></tr></thead><tbody>");
    for (FrameworkStatus s : r.compliance()) {
      b.append("<tr><td>").append(h(s.framework())).append("</td><td class=\"n\">").append(s.controls())
          .append("</td><td class=\"n\">").append(s.passing()).append("</td><td class=\"n\">").append(s.failing())
          .append("</td><td class=\"n\">").append(s.notEvaluated()).append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  private static String failures(PostureReport r) {
    if (r.lastScan() == null) {
      return "<p>No scan has finished yet.</p>";
    }
    if (r.failures().isEmpty()) {
      return "<p>The last scan collected every scope it was asked for.</p>";
    }
    StringBuilder b = new StringBuilder("<p>These scopes were not collected by the last scan; their previous data "
        + "was kept.</p><table><thead><tr><th scope=\"col\">Scope</th><th scope=\"col\">Type</th>"
        + "<th scope=\"col\">Error</th><th scope=\"col\">Missing permission</th></tr></thead><tbody>");
    for (ScanOutcomeView o : r.failures()) {
      b.append("<tr><td><code>").append(h(o.scope())).append("</code></td><td>")
          .append(h(o.resourceType() == null ? "(all types)" : o.resourceType())).append("</td><td>")
          .append(h((o.operation() == null ? "" : o.operation() + ": ") + o.error())).append("</td><td><code>")
          .append(h(o.missingPermission() == null ? "" : o.missingPermission())).append("</code></td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  private static String h(String s) {
    return s == null ? "" : Template.html(s);
  }
}
