package dev.aispm.scanners.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The approved licences: SPDX ids ({@code Apache-2.0}, {@code MIT}) or the licence names Hugging
 * Face model cards use ({@code llama3.1}, {@code gemma}), compared case-insensitively, since
 * model cards write {@code apache-2.0} where SPDX writes {@code Apache-2.0}. An SPDX expression is
 * approved when one of its {@code OR} alternatives has every {@code AND} part approved.
 *
 * @param approved     licence ids in lower case
 * @param allowUnknown whether a model whose licence no metadata states passes
 */
public record LicenceRule(Set<String> approved, boolean allowUnknown) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");
  private static final Pattern OR = Pattern.compile("\\s+OR\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern AND = Pattern.compile("\\s+AND\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern WITH = Pattern.compile("\\s+WITH\\s+.*", Pattern.CASE_INSENSITIVE);

  public LicenceRule {
    approved = approved.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** Checks one licence id as written in a policy; the message says what is wrong. */
  static String checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return "licence '" + id + "' is not a licence id (letters, digits, '.', '+', '-', like Apache-2.0)";
    }
    return null;
  }

  /** Whether the licence (an id or an SPDX expression) is approved. */
  public boolean approves(String licence) {
    String expression = licence.replace("(", " ").replace(")", " ").strip();
    for (String alternative : OR.split(expression)) {
      List<String> parts = new ArrayList<>();
      for (String part : AND.split(alternative.strip())) {
        parts.add(part.strip());
      }
      if (parts.stream().allMatch(this::approvesId)) {
        return true;
      }
    }
    return false;
  }

  private boolean approvesId(String id) {
    String lower = id.toLowerCase(Locale.ROOT);
    // "Apache-2.0 WITH LLVM-exception" is approved by the exact text or by its base licence.
    return approved.contains(lower) || approved.contains(WITH.matcher(lower).replaceAll("").strip());
  }
}
