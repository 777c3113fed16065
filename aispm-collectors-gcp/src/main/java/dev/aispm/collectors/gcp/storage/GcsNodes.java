package dev.aispm.collectors.gcp.storage;

import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.gcp.storage.GcsBucketSchema;
import dev.aispm.graph.schema.gcp.storage.GcsModelArtifactSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.Map;

/**
 * The gs:// prefix and model-artifact nodes a transform adds when a Vertex AI resource names a
 * URI, each with its bucket link. Every resource naming the same URI yields the same node, so a
 * content verdict on it is shared by all of them.
 */
public final class GcsNodes {
  private GcsNodes() {}

  /** Adds a prefix node and its bucket link; returns its id, or null when the URI is not gs://. */
  public static String prefix(WriteBatch out, String uri, ScopeKey scope) {
    GcpIds.GsUri gs = GcpIds.gs(uri);
    if (gs == null) {
      return null;
    }
    String id = uri.strip();
    out.node(GcsPrefixSchema.NODE, NodeRecord.of(id, scope).set("uri", id).set("bucket", gs.bucket())
        .set("key", gs.key()).build());
    out.rel(GcsPrefixSchema.IN_BUCKET, toBucket(id, gs.bucket(), scope));
    return id;
  }

  /** Adds a model artifact node (a folder, ending in a slash) and its bucket link; null when not gs://. */
  public static String artifact(WriteBatch out, String uri, ScopeKey scope) {
    GcpIds.GsUri gs = GcpIds.gs(uri);
    if (gs == null) {
      return null;
    }
    String id = folder(uri.strip());
    out.node(GcsModelArtifactSchema.NODE, NodeRecord.of(id, scope).set("uri", id).set("bucket", gs.bucket())
        .set("key", folder(gs.key())).build());
    out.rel(GcsModelArtifactSchema.IN_BUCKET, toBucket(id, gs.bucket(), scope));
    return id;
  }

  /** A model folder with exactly one trailing slash: gs://b/m and gs://b/m/ are one artifact. */
  public static String folder(String uri) {
    String u = uri;
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u.isEmpty() ? u : u + "/";
  }

  private static RelRecord toBucket(String fromId, String bucket, ScopeKey scope) {
    // A bucket of a project that is not scanned stays a stub until its own project's scan sees it.
    return RelRecord.of(fromId, GcpIds.bucket(bucket), scope).withTargetStub(Map.of("name", bucket));
  }
}
