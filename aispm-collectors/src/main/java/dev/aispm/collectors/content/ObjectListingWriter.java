package dev.aispm.collectors.content;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.RecordSchemas;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Session;

/**
 * Records the objects a content stage listed under one data prefix as {@code ListedObject}
 * records, replacing the previous scan's, and marks on the prefix whether the listing reached its
 * end. An object whose ETag or version differs from what the previous scan listed keeps the old
 * one as {@code previousEtag}, so a finding can say what the object was before it was rewritten;
 * an unchanged object carries the last observed change forward.
 */
public final class ObjectListingWriter {
  private static final String READ = """
      MATCH (o:Asset {id: $id})<-[:LISTED_UNDER]-(l:ListedObject)
      RETURN l.uri AS uri, l.etag AS etag, l.versionId AS versionId, l.previousEtag AS previousEtag,
             l.previousVersionId AS previousVersionId, l.changeSeenAt AS changeSeenAt
      """;
  private static final String WRITE = """
      MATCH (o:Asset {id: $id})
      SET o.objectsListed = size($objects), o.listingComplete = $complete
      WITH o
      OPTIONAL MATCH (o)<-[:LISTED_UNDER]-(old:ListedObject)
      DETACH DELETE old
      WITH DISTINCT o
      UNWIND $objects AS row
      CREATE (l:ListedObject)
      SET l = row
      CREATE (l)-[:LISTED_UNDER]->(o)
      """;

  private ObjectListingWriter() {}

  /** What the previous scan recorded about one object, for carrying a change forward. */
  record Before(String etag, String versionId, String previousEtag, String previousVersionId, Object changeSeenAt) {}

  /**
   * Writes the listing of one prefix.
   *
   * @param type     the prefix's node type, which must declare {@code objectsListed} and {@code listingComplete}
   * @param complete whether every object under the prefix was listed
   */
  public static void write(GraphConnection graph, NodeSchema type, String prefixId, List<ObjectListing> objects,
      boolean complete, String scanId, Instant now) {
    if (!type.declares("objectsListed") || !type.declares("listingComplete")) {
      throw new IllegalArgumentException(type.type() + " does not record listings");
    }
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> {
        Map<String, Before> before = new HashMap<>();
        tx.run(READ, Map.of("id", prefixId)).forEachRemaining(r -> before.put(r.get("uri").asString(),
            new Before(r.get("etag").asString(null), r.get("versionId").asString(null),
                r.get("previousEtag").asString(null), r.get("previousVersionId").asString(null),
                r.get("changeSeenAt").isNull() ? null : r.get("changeSeenAt").asObject())));
        tx.run(WRITE, Map.of("id", prefixId, "complete", complete,
            "objects", rows(objects, before, scanId, now))).consume();
      });
    }
  }

  /** The records to write: each listed object with the change it carries from the previous scan. */
  static List<Map<String, Object>> rows(List<ObjectListing> objects, Map<String, Before> before, String scanId,
      Instant now) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ObjectListing o : objects) {
      Before b = before.get(o.uri());
      String previousEtag = null;
      String previousVersionId = null;
      Object changeSeenAt = null;
      if (b != null && changed(b, o)) {
        previousEtag = b.etag();
        previousVersionId = b.versionId();
        changeSeenAt = now.atOffset(ZoneOffset.UTC);
      } else if (b != null) {
        previousEtag = b.previousEtag();
        previousVersionId = b.previousVersionId();
        changeSeenAt = b.changeSeenAt();
      }
      rows.add(RecordSchemas.LISTED_OBJECT.row()
          .set("uri", o.uri())
          .set("bucket", o.bucket())
          .set("key", o.key())
          .set("size", o.size() < 0 ? null : o.size())
          .set("etag", o.etag())
          .set("versionId", o.versionId())
          .set("lastModified", o.lastModified() == null ? null : o.lastModified().atOffset(ZoneOffset.UTC))
          .set("sha256", o.sha256())
          .set("previousEtag", previousEtag)
          .set("previousVersionId", previousVersionId)
          .set("changeSeenAt", changeSeenAt)
          .set("scanId", scanId)
          .toMap());
    }
    return rows;
  }

  // A listing that names no ETag or version this time says nothing about a change.
  private static boolean changed(Before b, ObjectListing o) {
    boolean etagChanged = b.etag() != null && o.etag() != null && !Objects.equals(b.etag(), o.etag());
    boolean versionChanged = b.versionId() != null && o.versionId() != null
        && !Objects.equals(b.versionId(), o.versionId());
    return etagChanged || versionChanged;
  }
}
