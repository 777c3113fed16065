package dev.aispm.posture.query;

/** A relationship of a neighbourhood drawing, in its real direction. */
public record GraphEdgeView(String from, String to, String type) {}
