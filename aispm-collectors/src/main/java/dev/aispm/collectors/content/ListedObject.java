package dev.aispm.collectors.content;

/**
 * One object a store listed under a prefix, as every content stage needs it: its key, its size
 * (null when the listing did not say, then the whole per-object budget is reserved for it), and
 * the version and ETag the listing named, so the findings say which version they came from.
 */
public record ListedObject(String key, Long size, String versionId, String etag) {}
