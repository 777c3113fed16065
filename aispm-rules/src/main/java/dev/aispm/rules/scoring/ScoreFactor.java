package dev.aispm.rules.scoring;

/** One term of a risk score: what it is, the points it adds, and why it applies. */
public record ScoreFactor(String name, int points, String why) {}
