package dev.aispm.posture.query;

import java.util.List;

/**
 * The assets around one asset and the relationships between them, bounded so a hub never makes
 * an unreadable drawing; {@code truncated} says the bound was reached.
 */
public record Neighbourhood(String centre, int hops, List<GraphNodeView> nodes, List<GraphEdgeView> edges,
    boolean truncated) {}
