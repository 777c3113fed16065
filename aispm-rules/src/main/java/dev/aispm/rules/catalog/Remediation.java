package dev.aispm.rules.catalog;

/**
 * How to fix what a rule finds, in the forms a cloud team uses: prose, console steps, a CLI
 * command and infrastructure as code. Any but {@code text} may be null.
 */
public record Remediation(String text, String console, String cli, String iac) {}
