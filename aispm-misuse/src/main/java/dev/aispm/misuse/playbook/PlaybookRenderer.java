package dev.aispm.misuse.playbook;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a playbook's command templates from a detection. The values come from activity logs, so
 * from whoever made the calls: a value with characters a shell would interpret is not pasted into
 * a command a responder may copy, and its placeholder stays for the responder to fill.
 */
public final class PlaybookRenderer {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
  /** Characters that cloud ids, ARNs, e-mails and resource ids use and shells leave alone. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:/@+=,%-]{1,512}");

  private PlaybookRenderer() {}

  /** The steps for {@code provider}, with placeholders filled from {@code values} where safe. */
  public static List<PlaybookStep> render(Playbook playbook, String provider, Map<String, String> values) {
    return playbook.stepsFor(provider).stream()
        .map(s -> new PlaybookStep(s.provider(), s.action(), fill(s.command(), values), fill(s.why(), values))).toList();
  }

  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      String replacement = v != null && SAFE.matcher(v).matches() ? v : placeholder(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  // principalName -> PRINCIPAL_NAME
  private static String placeholder(String name) {
    return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  /** The last segment of an ARN or resource id, or the local part of an e-mail. */
  public static String shortName(String id) {
    if (id == null) {
      return null;
    }
    if (id.contains("@") && !id.contains("/")) {
      return id.substring(0, id.indexOf('@'));
    }
    String s = id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
    int cut = Math.max(s.lastIndexOf('/'), s.startsWith("arn:") && s.indexOf('/') < 0 ? s.lastIndexOf(':') : -1);
    return cut >= 0 ? s.substring(cut + 1) : s;
  }
}
