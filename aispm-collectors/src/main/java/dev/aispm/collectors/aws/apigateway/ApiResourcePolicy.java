package dev.aispm.collectors.aws.apigateway;

import dev.aispm.collectors.aws.iam.PolicyDocument;
import dev.aispm.collectors.aws.iam.PolicyDocument.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Judges whether a REST API's resource policy lets anyone on the internet invoke one method. A
 * regional or edge API with a policy limited to source IP ranges or to VPCs is on the internet
 * but open only to those callers; drawing an internet edge for it would be a false "public"
 * verdict. The judgement is conservative: a statement it cannot fully read (an unknown condition,
 * NotPrincipal, NotResource, a resource form it does not know) never closes the API, and is said
 * as the reason the verdict is unjudged.
 *
 * <p>How API Gateway evaluates the policy depends on the method's authorization: without any, it
 * needs an explicit Allow and honours any explicit Deny; with a token authorizer (custom or
 * Cognito) an explicit Deny stops the caller before the authorizer, while a caller the policy does
 * not name is left to the authorizer, so only a Deny closes such a method.
 */
public final class ApiResourcePolicy {
  private static final String INVOKE = "execute-api:Invoke";
  private static final Set<String> WORLD = Set.of("0.0.0.0/0", "::/0");
  private static final String SOURCE_IP = "aws:sourceip";
  private static final Set<String> SOURCE_NETWORK = Set.of("aws:sourcevpc", "aws:sourcevpce");
  private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private ApiResourcePolicy() {}

  /** What the policy does to callers from the internet. */
  public enum Outcome { OPEN, CLOSED, UNJUDGED }

  /**
   * The verdict for one method.
   *
   * @param outcome OPEN (no policy, or one that lets everyone in), CLOSED (limited or denied),
   *                UNJUDGED (a part could not be judged; the method is treated as open)
   * @param reason  null when OPEN; otherwise what limits callers or why it was not judged
   */
  public record Verdict(Outcome outcome, String reason) {
    static final Verdict OPEN_VERDICT = new Verdict(Outcome.OPEN, null);

    /** Whether the internet can still invoke the method (open, or not judged and so kept). */
    public boolean open() {
      return outcome != Outcome.CLOSED;
    }
  }

  /** One statement's effect on an anonymous caller from anywhere. */
  private enum Effect { NONE, OPENS, LIMITS, CLOSES, UNKNOWN }

  private record Judged(Effect effect, String reason) {}

  /**
   * Judges the policy for one method on the API's deployed stages; open on any stage is open.
   *
   * @param policy            the RestApi's {@code policy}, as returned (JSON, possibly escaped); null for none
   * @param apiId             the API's id, to match full execute-api ARNs
   * @param method            the HTTP method (or ANY)
   * @param path              the resource path, e.g. {@code /summaries}
   * @param stages            the deployed stage names
   * @param authorizationType the method's authorization: NONE, CUSTOM, COGNITO_USER_POOLS, ...
   */
  public static Verdict judge(String policy, String apiId, String method, String path, List<String> stages,
      String authorizationType) {
    if (policy == null || policy.isBlank()) {
      return Verdict.OPEN_VERDICT;
    }
    PolicyDocument doc = PolicyDocument.parse(policy);
    if (!doc.valid()) {
      return new Verdict(Outcome.UNJUDGED, "resource policy does not parse");
    }
    boolean tokenAuthorizer = !"NONE".equals(authorizationType);
    // An ANY method answers every verb: a policy open to one of them opens the method.
    List<String> methods = "ANY".equals(method) ? HTTP_METHODS : List.of(method);
    Verdict best = null;
    for (String stage : stages.isEmpty() ? List.of("*") : stages) {
      for (String m : methods) {
        Verdict v = judgeStage(doc, apiId, stage + "/" + m + path, tokenAuthorizer);
        if (best == null || rank(v) > rank(best)) {
          best = v;
        }
      }
    }
    return best;
  }

  private static int rank(Verdict v) {
    return switch (v.outcome()) {
      case OPEN -> 2;
      case UNJUDGED -> 1;
      case CLOSED -> 0;
    };
  }

  private static Verdict judgeStage(PolicyDocument doc, String apiId, String methodResource,
      boolean tokenAuthorizer) {
    boolean opens = false;
    List<String> limits = new ArrayList<>();
    String closes = null;
    String unknownAllow = null;
    String unknownDeny = null;
    for (Statement s : doc.statements()) {
      if (!PolicyDocument.grants(s, INVOKE)) {
        continue;
      }
      Judged j = judgeStatement(s, apiId, methodResource);
      switch (j.effect()) {
        case OPENS -> opens = true;
        case LIMITS -> limits.add(j.reason());
        case CLOSES -> closes = closes == null ? j.reason() : closes;
        case UNKNOWN -> {
          if (s.allow()) {
            unknownAllow = unknownAllow == null ? j.reason() : unknownAllow;
          } else {
            unknownDeny = unknownDeny == null ? j.reason() : unknownDeny;
          }
        }
        case NONE -> { }
      }
    }
    if (closes != null) {
      return new Verdict(Outcome.CLOSED, closes);
    }
    if (unknownDeny != null) {
      return new Verdict(Outcome.UNJUDGED, unknownDeny);
    }
    if (tokenAuthorizer) {
      // Only a Deny stops a token-authorized caller; what the Allows leave out goes to the authorizer.
      return Verdict.OPEN_VERDICT;
    }
    if (opens) {
      return Verdict.OPEN_VERDICT;
    }
    if (unknownAllow != null) {
      return new Verdict(Outcome.UNJUDGED, unknownAllow);
    }
    if (!limits.isEmpty()) {
      return new Verdict(Outcome.CLOSED, "resource policy allows only " + String.join("; ", limits));
    }
    return new Verdict(Outcome.CLOSED, "resource policy allows no one to invoke it");
  }

  private static Judged judgeStatement(Statement s, String apiId, String methodResource) {
    if (!s.notResources().isEmpty()) {
      return new Judged(Effect.UNKNOWN, "resource policy uses NotResource");
    }
    Boolean applies = appliesTo(s.resources(), apiId, methodResource);
    if (applies == null) {
      return new Judged(Effect.UNKNOWN, "resource policy names a resource in a form not judged: " + s.resources());
    }
    if (!applies) {
      return new Judged(Effect.NONE, null);
    }
    if (s.notPrincipal()) {
      return new Judged(Effect.UNKNOWN, "resource policy uses NotPrincipal");
    }
    if (!s.everyone()) {
      // An anonymous caller is never a named principal: such a Deny does not touch it, and such an
      // Allow is not judged, as a named principal may still call from anywhere with signed requests.
      return s.allow() ? new Judged(Effect.UNKNOWN, "resource policy allows named principals only")
          : new Judged(Effect.NONE, null);
    }
    return s.allow() ? allow(s.conditions()) : deny(s.conditions());
  }

  /** An Allow to everyone: open, limited to IP ranges or networks, or not judged. Keys are ANDed. */
  private static Judged allow(Map<String, Map<String, List<String>>> conditions) {
    List<String> limits = new ArrayList<>();
    String unknown = null;
    for (var op : conditions.entrySet()) {
      String operator = op.getKey();
      for (var key : op.getValue().entrySet()) {
        String k = key.getKey().toLowerCase(Locale.ROOT);
        List<String> values = key.getValue();
        if (k.equals(SOURCE_IP) && operator.equals("IpAddress")) {
          if (values.stream().noneMatch(WORLD::contains)) {
            limits.add("aws:SourceIp " + String.join(", ", values));
          }
        } else if (k.equals(SOURCE_IP) && operator.equals("NotIpAddress")) {
          // everyone but some ranges is still the internet
          continue;
        } else if (SOURCE_NETWORK.contains(k) && (operator.equals("StringEquals") || operator.equals("StringLike"))) {
          limits.add(key.getKey() + " " + String.join(", ", values));
        } else if (unknown == null) {
          unknown = "resource policy condition not judged: " + operator + " " + key.getKey();
        }
      }
    }
    // AND: one limiting key limits the statement whatever the others say.
    if (!limits.isEmpty()) {
      return new Judged(Effect.LIMITS, String.join(" and ", limits));
    }
    return unknown != null ? new Judged(Effect.UNKNOWN, unknown) : new Judged(Effect.OPENS, null);
  }

  /**
   * A Deny to everyone: unconditional closes; NotIpAddress or StringNotEquals on the source
   * network lets only those callers through, so it closes to the internet at large; a deny of some
   * ranges only (IpAddress) leaves the rest open. Keys are ANDed, so every key must be one that
   * lets only named callers through for the Deny to close.
   */
  private static Judged deny(Map<String, Map<String, List<String>>> conditions) {
    if (conditions.isEmpty()) {
      return new Judged(Effect.CLOSES, "resource policy denies execute-api:Invoke to everyone");
    }
    List<String> allowedThrough = new ArrayList<>();
    boolean narrowsToSome = false;
    String unknown = null;
    for (var op : conditions.entrySet()) {
      String operator = op.getKey();
      for (var key : op.getValue().entrySet()) {
        String k = key.getKey().toLowerCase(Locale.ROOT);
        List<String> values = key.getValue();
        if (k.equals(SOURCE_IP) && operator.equals("NotIpAddress")) {
          if (values.stream().anyMatch(WORLD::contains)) {
            return new Judged(Effect.NONE, null);
          }
          allowedThrough.add("aws:SourceIp " + String.join(", ", values));
        } else if (SOURCE_NETWORK.contains(k)
            && (operator.equals("StringNotEquals") || operator.equals("StringNotLike"))) {
          allowedThrough.add(key.getKey() + " " + String.join(", ", values));
        } else if (k.equals(SOURCE_IP) && operator.equals("IpAddress")) {
          narrowsToSome = true;
        } else if (unknown == null) {
          unknown = "resource policy condition not judged: " + operator + " " + key.getKey();
        }
      }
    }
    if (narrowsToSome) {
      // it denies some ranges only; the other keys can only narrow it further
      return new Judged(Effect.NONE, null);
    }
    if (unknown != null) {
      return new Judged(Effect.UNKNOWN, unknown);
    }
    return new Judged(Effect.CLOSES, "resource policy allows only " + String.join(" or ", allowedThrough));
  }

  /**
   * Whether one of the statement's resources covers the method, in API Gateway's short form
   * ({@code execute-api:/STAGE/METHOD/PATH}) or as a full execute-api ARN; null when a resource is
   * in neither form.
   */
  static Boolean appliesTo(List<String> resources, String apiId, String methodResource) {
    if (resources.isEmpty()) {
      return null;
    }
    for (String r : resources) {
      if (r.equals("*")) {
        return true;
      }
      if (r.startsWith("execute-api:/")) {
        if (PolicyDocument.glob(r.substring("execute-api:/".length()), methodResource, true)) {
          return true;
        }
        continue;
      }
      String[] arn = r.split(":", 6);
      if (arn.length == 6 && arn[0].equals("arn") && arn[2].equals("execute-api")) {
        if (PolicyDocument.glob(arn[5], apiId + "/" + methodResource, true)) {
          return true;
        }
        continue;
      }
      return null;
    }
    return false;
  }
}
