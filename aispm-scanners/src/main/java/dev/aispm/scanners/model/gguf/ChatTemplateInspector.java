package dev.aispm.scanners.model.gguf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a Jinja chat template. Real templates loop over messages and add tokens; template
 * injection payloads walk Python's object graph ({@code __class__.__mro__},
 * {@code __globals__}) or hide those names behind {@code attr()}, escapes or concatenation.
 */
final class ChatTemplateInspector {
  /** One hit: what matched and how bad it is. */
  record Hit(String pattern, boolean critical) {
  }

  private static final Pattern DUNDER = Pattern.compile(
      "__(class|mro|base|bases|subclasses|globals|builtins|import|init|getattribute|dict|code"
          + "|reduce|reduce_ex|loader|spec)__");
  private static final Pattern CODE_NAMES = Pattern.compile(
      "\\b(os\\.(popen|system|exec\\w*|spawn\\w*)|subprocess|popen\\s*\\(|eval\\s*\\(|exec\\s*\\("
          + "|import_module|__import__)");
  private static final Pattern OBFUSCATION = Pattern.compile(
      "\\|\\s*attr\\s*\\(|\\battr\\s*\\(|\\\\x5f|\\\\u005f|\\\\137|['\"]_['\"]\\s*~|~\\s*['\"]_['\"]"
          + "|\\blipsum\\b|\\bcycler\\b|\\bjoiner\\b|_TemplateReference__context|\\bself\\._"
          + "|\\brequest\\.|\\bconfig\\.|\\burl_for\\b|\\bget_flashed_messages\\b|\\|\\s*format\\s*\\(");

  private ChatTemplateInspector() {
  }

  static List<Hit> inspect(String template) {
    List<Hit> hits = new ArrayList<>();
    add(hits, DUNDER.matcher(template), true);
    add(hits, CODE_NAMES.matcher(template), true);
    add(hits, OBFUSCATION.matcher(template), false);
    return hits;
  }

  private static void add(List<Hit> hits, Matcher m, boolean critical) {
    while (m.find()) {
      String found = m.group().strip();
      if (hits.stream().noneMatch(h -> h.pattern().equals(found))) {
        hits.add(new Hit(found, critical));
      }
    }
  }
}
