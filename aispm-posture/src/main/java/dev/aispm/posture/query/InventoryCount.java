package dev.aispm.posture.query;

/** How many AI assets of one type one cloud holds. */
public record InventoryCount(String provider, String type, long count) {}
