package dev.aispm.scanners.core;

import java.util.Map;
import java.util.Objects;

/**
 * One thing a scanner found in some content.
 *
 * @param ruleId   stable id of what was detected, e.g. {@code model.pickle.dangerous-global} or
 *                 {@code secret.aws-access-key}; SARIF rule ids and graph findings use it
 * @param severity how bad it is
 * @param message  one readable sentence; never contains a secret's value
 * @param location where: the file or object, with {@code !/} separating archive members
 *                 ({@code model.tar.gz!/model.pth!/archive/data.pkl})
 * @param line     1-based line (or notebook cell), 0 when the format has no lines
 * @param column   1-based column, 0 when unknown
 * @param details  extra facts (the imported callable, the secret's fingerprint and redacted
 *                 preview); never a secret's value
 */
public record ContentFinding(String ruleId, Severity severity, String message, String location,
    long line, long column, Map<String, String> details) {

  public ContentFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    details = Map.copyOf(details);
  }
}
