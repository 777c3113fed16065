package dev.aispm.scanners.data.pii;

import dev.aispm.scanners.core.Severity;

/**
 * The kinds of personal data the scanner counts. Severity reflects harm if a model repeats one:
 * an SSN or a card number enables fraud; an e-mail address mostly enables spam.
 */
public enum PiiType {
  EMAIL("pii.email", "e-mail address", Severity.LOW),
  PHONE("pii.phone", "phone number", Severity.LOW),
  PAYMENT_CARD("pii.payment-card", "payment card number", Severity.HIGH),
  US_SSN("pii.us-ssn", "US social security number", Severity.HIGH),
  IBAN("pii.iban", "IBAN", Severity.MEDIUM);

  private final String ruleId;
  private final String title;
  private final Severity severity;

  PiiType(String ruleId, String title, Severity severity) {
    this.ruleId = ruleId;
    this.title = title;
    this.severity = severity;
  }

  public String ruleId() {
    return ruleId;
  }

  public String title() {
    return title;
  }

  public Severity severity() {
    return severity;
  }
}
