package dev.aispm.posture.query;

/** A pointer to another asset, enough to show and link it: its id and name. */
public record AssetRef(String id, String name) {}
