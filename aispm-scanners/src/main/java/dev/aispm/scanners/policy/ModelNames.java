package dev.aispm.scanners.policy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the names a policy compares into one spelling: a Hugging Face repository given as a URL,
 * {@code hf://} URI or bare {@code org/name} becomes {@code hf://org/name} as a source and
 * {@code org/name} as a base model, so one pattern approves a repository however it is written.
 */
public final class ModelNames {
  private static final Pattern HF_URL = Pattern.compile(
      "(?i)^(?:https?://)?(?:www\\.)?(?:huggingface\\.co|hf\\.co)/(?!datasets/|spaces/)([\\w.-]+)/([\\w.-]+).*$");
  private static final Pattern HF_URI = Pattern.compile("(?i)^hf://([\\w.-]+)/([\\w.-]+).*$");
  private static final Pattern HF_ID = Pattern.compile("^[\\w.-]+/[\\w.-]+$");

  private ModelNames() {}

  /** A source as policies match it: Hugging Face repositories as {@code hf://org/name}, the rest as given. */
  public static String source(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    String s = source.strip();
    Matcher m = HF_URL.matcher(s);
    if (m.matches()) {
      return "hf://" + m.group(1) + "/" + m.group(2);
    }
    m = HF_URI.matcher(s);
    if (m.matches()) {
      return "hf://" + m.group(1) + "/" + m.group(2);
    }
    return s;
  }

  /** A base model as policies match it: Hugging Face URLs and URIs as {@code org/name}. */
  public static String baseModel(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String s = name.strip();
    Matcher m = HF_URL.matcher(s);
    if (!m.matches()) {
      m = HF_URI.matcher(s);
    }
    return m.matches() ? m.group(1) + "/" + m.group(2) : s;
  }

  /** Whether the name has the shape of a Hugging Face repository id ({@code org/name}). */
  public static boolean looksLikeRepoId(String name) {
    return name != null && HF_ID.matcher(name).matches() && !name.startsWith(".")
        && !name.toLowerCase(Locale.ROOT).startsWith("tmp/");
  }
}
