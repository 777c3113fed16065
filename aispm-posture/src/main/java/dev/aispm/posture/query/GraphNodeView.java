package dev.aispm.posture.query;

import java.util.List;

/** A node of a neighbourhood drawing and how many hops it lies from the centre. */
public record GraphNodeView(String id, String name, String type, List<String> labels, int hop) {}
