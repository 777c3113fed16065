package dev.aispm.collectors.content;

import java.io.InputStream;

/**
 * An object opened for the content scanners: a stream that gives at most the per-object budget
 * (the store's reader cuts it, whatever the server sends), the version and ETag that were read,
 * and the object's whole size (-1 when the store did not say).
 */
public record OpenedObject(InputStream stream, String versionId, String etag, long size) {}
