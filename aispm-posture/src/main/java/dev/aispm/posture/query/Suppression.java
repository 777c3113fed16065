package dev.aispm.posture.query;

/** Who accepted a finding's risk, why, and until when ({@code null}: until lifted). */
public record Suppression(String reason, String by, String until) {}
