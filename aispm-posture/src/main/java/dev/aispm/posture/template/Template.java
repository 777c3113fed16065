package dev.aispm.posture.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message or report template from the class path: notification bodies under
 * {@code templates/notification/publisher/}, the posture report under {@code templates/report/}.
 *
 * <p>{@code {{name}}} inserts a value escaped for the template's kind, taken from the file name:
 * inside a JSON string for {@code .json}, as text for {@code .html}, unchanged for {@code .txt}.
 * {@code {{{name}}}} inserts a value unescaped, for fragments the caller built in the same kind
 * (a list of Slack blocks, rows of an HTML table). A placeholder without a value fails: a message
 * with a hole is a bug, not something to send.
 */
public final class Template {
  private static final String NOTIFICATIONS = "templates/notification/publisher/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)([a-zA-Z0-9_.]+)\\}?\\}\\}");
  private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

  private final String name;
  private final String text;
  private final Escape escape;

  private Template(String name, String text) {
    this.name = name;
    this.text = text;
    this.escape = name.endsWith(".json") ? Escape.JSON : name.endsWith(".html") ? Escape.HTML : Escape.NONE;
  }

  /** The notification template {@code channel/file}, e.g. {@code slack/finding.json}. */
  public static Template of(String path) {
    return resource(NOTIFICATIONS + path);
  }

  /** The template at a class-path resource path, e.g. {@code templates/report/posture-report.html}. */
  public static Template resource(String path) {
    return CACHE.computeIfAbsent(path, p -> {
      try (InputStream in = Template.class.getClassLoader().getResourceAsStream(p)) {
        if (in == null) {
          throw new IllegalArgumentException("no template " + p);
        }
        return new Template(p, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The body with every placeholder replaced. */
  public String render(Map<String, ?> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 256);
    while (m.find()) {
      boolean raw = !m.group(1).isEmpty();
      String key = m.group(2);
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException("template " + name + " needs a value for " + key);
      }
      Object v = values.get(key);
      String s = v == null ? "" : v.toString();
      m.appendReplacement(out, Matcher.quoteReplacement(raw ? s : escape.apply(s)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Escapes text for the inside of a JSON string. */
  public static String json(String s) {
    return Escape.JSON.apply(s);
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String html(String s) {
    return Escape.HTML.apply(s);
  }

  private enum Escape {
    NONE, JSON, HTML;

    String apply(String s) {
      return switch (this) {
        case NONE -> s;
        case HTML -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
            .replace("'", "&#39;");
        case JSON -> {
          StringBuilder b = new StringBuilder(s.length() + 16);
          for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
              case '"' -> b.append("\\\"");
              case '\\' -> b.append("\\\\");
              case '\n' -> b.append("\\n");
              case '\r' -> b.append("\\r");
              case '\t' -> b.append("\\t");
              default -> {
                if (c < 0x20) {
                  b.append(String.format("\\u%04x", (int) c));
                } else {
                  b.append(c);
                }
              }
            }
          }
          yield b.toString();
        }
      };
    }
  }
}
