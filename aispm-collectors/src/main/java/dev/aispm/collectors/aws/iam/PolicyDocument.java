package dev.aispm.collectors.aws.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An IAM or resource policy document, parsed just far enough to answer the questions rules ask
 * (who is allowed which actions on which resources). IAM returns documents URL-encoded, API
 * Gateway returns a REST API's policy with its quotes and slashes backslash-escaped; all three
 * forms are accepted. A document that does not parse yields no statements and {@link #valid()}
 * false, so callers can report the capability as unknown rather than absent.
 */
public final class PolicyDocument {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One statement; lists and maps are never null. {@code principals} maps AWS/Service/Federated to
   * values ("*" for a bare star). {@code conditions} maps each operator (as written, e.g.
   * {@code IpAddress}) to its keys and their values, so a caller can judge what a condition limits
   * instead of only that one exists. {@code notPrincipal} and {@code notResources} are kept so a
   * judge can refuse a statement it cannot read rather than misread it.
   */
  public record Statement(boolean allow, List<String> actions, List<String> notActions, List<String> resources,
      Map<String, List<String>> principals, Map<String, Map<String, List<String>>> conditions, boolean notPrincipal,
      List<String> notResources) {

    /** Whether any condition limits the statement. */
    public boolean conditional() {
      return !conditions.isEmpty();
    }

    /** Whether the statement names everyone ({@code "Principal": "*"} or {@code {"AWS": "*"}}) as its principal. */
    public boolean everyone() {
      return principals.getOrDefault("AWS", List.of()).contains("*");
    }
  }

  private final List<Statement> statements;
  private final boolean valid;

  private PolicyDocument(List<Statement> statements, boolean valid) {
    this.statements = List.copyOf(statements);
    this.valid = valid;
  }

  /** Parses a document, URL-decoding it first when it is encoded. */
  public static PolicyDocument parse(String text) {
    if (text == null || text.isBlank()) {
      return new PolicyDocument(List.of(), false);
    }
    String json = text.trim();
    if (!json.startsWith("{")) {
      json = URLDecoder.decode(json, StandardCharsets.UTF_8);
    }
    try {
      if (json.startsWith("{\\\"")) {
        // escaped as the body of a JSON string: read it as one to get the document back
        json = JSON.readValue("\"" + json + "\"", String.class);
      }
      JsonNode root = JSON.readTree(json);
      JsonNode st = root.path("Statement");
      List<Statement> out = new ArrayList<>();
      if (st.isObject()) {
        out.add(statement(st));
      } else if (st.isArray()) {
        st.forEach(s -> out.add(statement(s)));
      }
      return new PolicyDocument(out, root.isObject());
    } catch (IOException e) {
      return new PolicyDocument(List.of(), false);
    }
  }

  private static Statement statement(JsonNode s) {
    Map<String, List<String>> principals = new LinkedHashMap<>();
    JsonNode p = s.path("Principal");
    if (p.isTextual()) {
      principals.put("AWS", List.of(p.asText()));
    } else if (p.isObject()) {
      p.properties().forEach(e -> principals.put(e.getKey(), strings(e.getValue())));
    }
    Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
    s.path("Condition").properties().forEach(op -> {
      Map<String, List<String>> keys = new LinkedHashMap<>();
      op.getValue().properties().forEach(k -> keys.put(k.getKey(), strings(k.getValue())));
      if (!keys.isEmpty()) {
        conditions.put(op.getKey(), keys);
      }
    });
    return new Statement("Allow".equalsIgnoreCase(s.path("Effect").asText()), strings(s.path("Action")),
        strings(s.path("NotAction")), strings(s.path("Resource")), principals, conditions, s.has("NotPrincipal"),
        strings(s.path("NotResource")));
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isTextual()) {
      out.add(n.asText());
    } else if (n.isArray()) {
      n.forEach(x -> {
        if (x.isTextual()) {
          out.add(x.asText());
        }
      });
    }
    return out;
  }

  public List<Statement> statements() {
    return statements;
  }

  public boolean valid() {
    return valid;
  }

  /** Whether a statement's action list grants {@code action} (wildcards allowed, case-insensitive). */
  public static boolean grants(Statement s, String action) {
    if (!s.notActions().isEmpty()) {
      return s.notActions().stream().noneMatch(p -> glob(p, action, false));
    }
    return s.actions().stream().anyMatch(p -> glob(p, action, false));
  }

  /** Whether an IAM wildcard pattern ({@code *}, {@code ?}) matches a value. */
  public static boolean glob(String pattern, String value, boolean caseSensitive) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    Pattern compiled = caseSensitive ? Pattern.compile(regex.toString())
        : Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    return compiled.matcher(caseSensitive ? value : value.toLowerCase(Locale.ROOT)).matches()
        || compiled.matcher(value).matches();
  }
}
