package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.PromptRecord;
import dev.aispm.scanners.data.pii.PiiDetector;
import dev.aispm.scanners.data.secrets.SecretDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads logged prompts and completions: prompt-injection and jailbreak phrasing in what callers
 * sent, and secrets or personal data in either direction (reusing the content scanners' secret and
 * personal-data detectors). Only the kinds and counts leave this class, never the text.
 *
 * <p>Not thread-safe (the secret detector is not): one instance per run.
 */
public final class PromptDetector {
  public static final String INJECTION = "misuse_prompt_injection_attempt";
  public static final String SENSITIVE = "misuse_sensitive_data_in_prompts";

  /** Named patterns of well-known injection and jailbreak phrasing, case-insensitive. */
  static final Map<String, Pattern> PATTERNS = Map.of(
      "ignore-instructions", Pattern.compile(
          "\\b(ignore|disregard|forget)\\s+(all\\s+|any\\s+)?(the\\s+)?(previous|prior|above|earlier|system)\\s+"
              + "(instructions|prompts?|rules|directions)", Pattern.CASE_INSENSITIVE),
      "reveal-system-prompt", Pattern.compile(
          "\\b(reveal|print|repeat|show|output)\\s+(me\\s+)?(your|the)\\s+(system\\s+prompt|hidden\\s+instructions|"
              + "initial\\s+instructions)", Pattern.CASE_INSENSITIVE),
      "dan-jailbreak", Pattern.compile("\\b(do\\s+anything\\s+now|DAN\\s+mode|developer\\s+mode\\s+enabled)\\b",
          Pattern.CASE_INSENSITIVE),
      "no-restrictions-roleplay", Pattern.compile(
          "\\b(pretend|act|behave)\\s+(that\\s+)?(you\\s+are|as|like)\\b.{0,80}\\b(no|without)\\s+(any\\s+)?"
              + "(restrictions|filters|guidelines|rules)", Pattern.CASE_INSENSITIVE),
      "fake-system-turn", Pattern.compile("(<\\|im_start\\|>\\s*system|\\[/?INST\\]|<\\s*/?\\s*system\\s*>)",
          Pattern.CASE_INSENSITIVE));

  private final SecretDetector secrets = new SecretDetector();
  private final PiiDetector pii = new PiiDetector();

  /** Inspects one logged invocation. */
  public void inspect(PromptRecord r, Consumer<Detection> out) {
    List<String> techniques = new ArrayList<>();
    PATTERNS.forEach((name, p) -> {
      if (p.matcher(r.prompt()).find()) {
        techniques.add(name);
      }
    });
    if (!techniques.isEmpty()) {
      techniques.sort(null);
      out.accept(new Detection(INJECTION, r.asEvent(), r.principal(), r.model(), "prompt",
          r.caller() + " sent model " + r.model() + " a prompt with injection or jailbreak phrasing ("
              + String.join(", ", techniques) + ")"));
    }
    Map<String, Integer> kinds = new TreeMap<>();
    TreeSet<String> where = new TreeSet<>();
    count(r.prompt(), "prompt", kinds, where);
    count(r.completion(), "completion", kinds, where);
    if (!kinds.isEmpty()) {
      List<String> parts = new ArrayList<>();
      kinds.forEach((k, n) -> parts.add(n + " " + k));
      out.accept(new Detection(SENSITIVE, r.asEvent(), r.principal(), r.model(), "prompt",
          "The " + String.join(" and ", where) + " of a call by " + r.caller() + " to model " + r.model()
              + " carried " + String.join(", ", parts)));
    }
  }

  private void count(String text, String part, Map<String, Integer> kinds, TreeSet<String> where) {
    if (text.isEmpty()) {
      return;
    }
    int before = kinds.values().stream().mapToInt(Integer::intValue).sum();
    secrets.detect(text, (format, t, s, e, canonical, detail) -> kinds.merge(format.ruleId(), 1, Integer::sum));
    pii.detect(text, (type, t, s, e) -> kinds.merge(type.ruleId(), 1, Integer::sum));
    if (kinds.values().stream().mapToInt(Integer::intValue).sum() > before) {
      where.add(part);
    }
  }
}
