package dev.aispm.posture.provenance;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.common.RecordSchemas;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;

/**
 * Stores the provenance ledger in the graph as {@code ProvenanceEntry} records with a
 * {@code ProvenanceHead}. Entries are only ever created: appending locks the head, reads the last
 * position and hash, and chains the new entries to it in the same transaction, so two scans that
 * end together append one after the other instead of forking the chain.
 */
public final class ProvenanceLedger {
  private static final String LOCK_HEAD = """
      MERGE (h:ProvenanceHead {id: 'ledger'})
      ON CREATE SET h.seq = 0, h.hash = $genesis
      // Writing the head takes its lock: a second scan appending now waits here.
      SET h.seq = h.seq
      RETURN h.seq AS seq, h.hash AS hash
      """;
  private static final String APPEND = """
      UNWIND $rows AS row
      CREATE (e:ProvenanceEntry)
      SET e = row
      WITH count(e) AS written
      MATCH (h:ProvenanceHead {id: 'ledger'})
      SET h.seq = $seq, h.hash = $hash, h.updatedAt = $at
      """;

  private final GraphConnection graph;

  public ProvenanceLedger(GraphConnection graph) {
    this.graph = graph;
  }

  /** The end of the ledger as recorded: position and hash, or position 0 and the genesis hash. */
  public record Head(long seq, String hash) {}

  /**
   * Appends entries in the order given, each stamped with its position; returns them as stored.
   *
   * @param bodies entry bodies (maps of canonical values) that name {@code scanId}, {@code subject}
   *               and {@code subjectType}; the ledger adds {@code seq}
   */
  public List<LedgerEntry> append(List<Map<String, Object>> bodies, Instant at) {
    if (bodies.isEmpty()) {
      return List.of();
    }
    try (Session s = graph.session()) {
      return s.executeWrite(tx -> {
        Record head = tx.run(LOCK_HEAD, Map.of("genesis", LedgerChain.GENESIS)).single();
        long seq = head.get("seq").asLong();
        String prev = head.get("hash").asString();
        List<LedgerEntry> stored = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> body : bodies) {
          seq++;
          Map<String, Object> withSeq = new LinkedHashMap<>(body);
          withSeq.put("seq", seq);
          String text = CanonicalJson.write(withSeq);
          String hash = LedgerChain.hash(prev, text);
          LedgerEntry e = new LedgerEntry(seq, (String) body.get("scanId"), (String) body.get("subject"),
              (String) body.get("subjectType"), text, prev, hash);
          stored.add(e);
          rows.add(RecordSchemas.PROVENANCE_ENTRY.row()
              .set("seq", e.seq()).set("scanId", e.scanId()).set("subject", e.subject())
              .set("subjectType", e.subjectType()).set("entry", e.entry()).set("prevHash", e.prevHash())
              .set("hash", e.hash()).toMap());
          prev = hash;
        }
        tx.run(APPEND, Map.of("rows", rows, "seq", seq, "hash", prev, "at", at.atOffset(ZoneOffset.UTC))).consume();
        return stored;
      });
    }
  }

  /** The recorded end of the ledger. */
  public Head head() {
    try (Session s = graph.session()) {
      List<Record> rows = s.run("MATCH (h:ProvenanceHead {id: 'ledger'}) RETURN h.seq AS seq, h.hash AS hash").list();
      return rows.isEmpty() ? new Head(0, LedgerChain.GENESIS)
          : new Head(rows.get(0).get("seq").asLong(), rows.get(0).get("hash").asString(null));
    }
  }

  /** Recomputes the whole chain, streaming the entries in position order. */
  public LedgerChain.Verification verify() {
    Head head = head();
    try (Session s = graph.session()) {
      return s.executeRead(tx -> {
        Result r = tx.run("MATCH (e:ProvenanceEntry) RETURN e ORDER BY e.seq");
        Iterator<LedgerEntry> it = new Iterator<>() {
          @Override
          public boolean hasNext() {
            return r.hasNext();
          }

          @Override
          public LedgerEntry next() {
            return entry(r.next());
          }
        };
        return LedgerChain.verify(it, head.seq(), head.hash());
      });
    }
  }

  /**
   * Entries in position order, optionally of one scan and/or one subject.
   *
   * @param limit most entries returned
   */
  public List<LedgerEntry> entries(String scanId, String subject, int limit) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("scanId", scanId);
    params.put("subject", subject);
    params.put("limit", limit);
    try (Session s = graph.session()) {
      return s.run("""
          MATCH (e:ProvenanceEntry)
          WHERE ($scanId IS NULL OR e.scanId = $scanId) AND ($subject IS NULL OR e.subject = $subject)
          RETURN e ORDER BY e.seq LIMIT $limit
          """, params).list(ProvenanceLedger::entry);
    }
  }

  private static LedgerEntry entry(Record r) {
    var n = r.get("e").asNode();
    return new LedgerEntry(n.get("seq").asLong(-1), n.get("scanId").asString(null), n.get("subject").asString(null),
        n.get("subjectType").asString(null), n.get("entry").asString(null), n.get("prevHash").asString(null),
        n.get("hash").asString(null));
  }
}
