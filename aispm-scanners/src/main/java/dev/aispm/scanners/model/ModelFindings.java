package dev.aispm.scanners.model;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rule ids and finding builders shared by every model-format scanner, so that "could not parse"
 * and "stopped at a limit" read the same whichever format hit them, and a SARIF consumer sees one
 * rule for each.
 */
public final class ModelFindings {
  /** Content claimed to be a model format but could not be parsed; what came before is reported. */
  public static final String UNPARSEABLE = "model.unparseable";
  /** A scan limit stopped the analysis; the rest of the content was not examined. */
  public static final String LIMIT_EXCEEDED = "model.limit-exceeded";

  private ModelFindings() {
  }

  /** A finding with details given as alternating key/value strings. */
  public static ContentFinding finding(String ruleId, Severity severity, String message,
      String location, String... keyValues) {
    Map<String, String> details = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        details.put(keyValues[i], keyValues[i + 1]);
      }
    }
    return new ContentFinding(ruleId, severity, message, location, 0, 0, details);
  }

  /** The content could not be parsed as {@code format}; {@code reason} says where and why. */
  public static ContentFinding unparseable(String format, String location, String reason) {
    return finding(UNPARSEABLE, Severity.MEDIUM,
        "Could not parse " + format + " content, so it was only partly checked: " + reason,
        location, "format", format, "reason", reason);
  }

  /**
   * Why a JSON parser gave up, without the parser's own message: that message quotes the token
   * it choked on, which in a file carrying credentials can be a secret in clear.
   */
  public static String jsonProblem(com.fasterxml.jackson.core.JsonProcessingException e) {
    com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
    String kind = e instanceof com.fasterxml.jackson.core.io.JsonEOFException
        ? "JSON ends early" : "JSON syntax error";
    return at == null ? kind
        : kind + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** A limit was reached; {@code limit} names the setting. */
  public static ContentFinding limitExceeded(String format, String location, String limit,
      String reason) {
    return finding(LIMIT_EXCEEDED, Severity.MEDIUM,
        "Stopped checking " + format + " content at a scan limit (" + limit + "): " + reason,
        location, "format", format, "limit", limit, "reason", reason);
  }
}
