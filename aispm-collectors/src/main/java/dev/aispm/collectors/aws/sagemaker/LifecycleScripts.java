package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.content.Base64Scripts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lifecycle scripts (base64 shell scripts, run as root) for the patterns that hand a
 * notebook to someone else: code fetched at run time and executed unseen, downloads over plain
 * HTTP or without certificate checks, and AWS keys written into the script. Pattern matching on
 * the text, not a shell parser: it errs towards flagging, which a reviewer can dismiss.
 */
public final class LifecycleScripts {
  private static final String FETCH = "(?:curl|wget)\\b[^\\n|;&]*";
  private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

  static {
    PATTERNS.put("pipe-to-shell", Pattern.compile(FETCH
        + "\\|\\s*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:/usr)?(?:/bin/)?(?:ba|z|k|da)?sh\\b|" + FETCH
        + "\\|\\s*(?:sudo\\s+)?(?:python[0-9.]*|perl|ruby|node)\\b"));
    PATTERNS.put("process-substitution", Pattern.compile(
        "(?:ba|z|k|da)?sh\\s+<\\(\\s*(?:curl|wget)\\b|(?:source|\\.)\\s+<\\(\\s*(?:curl|wget)\\b"));
    PATTERNS.put("eval-download", Pattern.compile("eval\\s+\"?\\$\\(\\s*(?:curl|wget)\\b|"
        + "(?:ba)?sh\\s+-c\\s+\"?\\$\\(\\s*(?:curl|wget)\\b"));
    PATTERNS.put("plain-http-download", Pattern.compile("(?:curl|wget)\\b[^\\n]*\\bhttp://"));
    PATTERNS.put("tls-verification-disabled", Pattern.compile(
        "curl\\b[^\\n]*(?:\\s-k\\b|\\s-[a-zA-Z]*k[a-zA-Z]*\\s|--insecure)|--no-check-certificate|--trusted-host"));
    PATTERNS.put("embedded-aws-key", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b|aws_secret_access_key\\s*=",
        Pattern.CASE_INSENSITIVE));
  }

  /** Patterns that mean code fetched at run time is executed. */
  private static final List<String> REMOTE_EXECUTION = List.of("pipe-to-shell", "process-substitution", "eval-download");
  private static final Pattern URL = Pattern.compile("(?:curl|wget)\\b[^\\n]*?\\b(https?://[^\\s'\"|;)]+)");

  private LifecycleScripts() {}

  /**
   * What the scripts of one configuration show.
   *
   * @param remoteExecution true/false, or null when a script could not be decoded
   * @param patterns        risky pattern names, sorted
   * @param urls            download URLs, sorted
   * @param sha256          digest of the decoded scripts in order, null when none
   */
  public record Findings(Boolean remoteExecution, List<String> patterns, List<String> urls, String sha256) {}

  /** Analyses base64 script contents as SageMaker returns them. */
  public static Findings analyse(List<String> base64Contents) {
    TreeSet<String> found = new TreeSet<>();
    TreeSet<String> urls = new TreeSet<>();
    boolean undecodable = false;
    List<byte[]> decoded = new ArrayList<>();
    for (String content : base64Contents) {
      if (content == null) {
        continue;
      }
      byte[] bytes = Base64Scripts.decode(content);
      if (bytes == null) {
        undecodable = true;
        continue;
      }
      decoded.add(bytes);
      String script = joinContinuations(new String(bytes, StandardCharsets.UTF_8));
      PATTERNS.forEach((name, p) -> {
        if (p.matcher(script).find()) {
          found.add(name);
        }
      });
      Matcher m = URL.matcher(script);
      while (m.find()) {
        urls.add(m.group(1));
      }
    }
    boolean remote = REMOTE_EXECUTION.stream().anyMatch(found::contains);
    if (undecodable) {
      found.add("undecodable");
    }
    Boolean remoteExecution = remote ? Boolean.TRUE : undecodable ? null : Boolean.FALSE;
    return new Findings(remoteExecution, List.copyOf(found), List.copyOf(urls), digest(decoded));
  }

  /** A backslash at the end of a line continues the command; patterns must see it as one line. */
  private static String joinContinuations(String script) {
    return script.replace("\\\r\n", " ").replace("\\\n", " ");
  }

  private static String digest(List<byte[]> parts) {
    if (parts.isEmpty()) {
      return null;
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      parts.forEach(md::update);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
