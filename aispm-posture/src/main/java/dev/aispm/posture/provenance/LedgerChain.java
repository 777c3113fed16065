package dev.aispm.posture.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;

/**
 * The hash chain of the provenance ledger: how an entry's hash is made and how a sequence of
 * stored entries is checked. Pure, so the same check runs on the graph and on an exported file.
 */
public final class LedgerChain {
  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);
  private static final ObjectMapper JSON = new ObjectMapper();

  private LedgerChain() {}

  /** Hex SHA-256 of the previous hash's 32 bytes followed by the canonical entry's UTF-8 bytes. */
  public static String hash(String prevHash, String canonicalEntry) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(HexFormat.of().parseHex(prevHash));
      md.update(canonicalEntry.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    } catch (IllegalArgumentException e) {
      // A previous hash that is not 64 hex digits cannot chain anything; the check reports it.
      return "invalid previous hash";
    }
  }

  /**
   * The outcome of a verification.
   *
   * @param entries  entries checked
   * @param headHash the hash of the last entry checked (the genesis value for an empty ledger)
   * @param broken   the first entry where the chain does not hold, null when it is intact
   * @param problem  what is wrong there, null when intact
   */
  public record Verification(long entries, String headHash, LedgerEntry broken, String problem) {
    public boolean intact() {
      return broken == null && problem == null;
    }
  }

  /**
   * Checks entries in ledger order: positions 1, 2, 3... without gaps, each entry's previous hash
   * equal to the hash of the entry before, each hash recomputed from its text, and the position,
   * scan and subject stored beside it equal to those inside the hashed text. Then the head (the
   * last position and hash the ledger recorded when it last appended) must be the last entry, so
   * entries removed from the end are detected too.
   *
   * @param headSeq  the recorded last position, or -1 when no head is known (a file without one)
   * @param headHash the recorded last hash, or null when no head is known
   */
  public static Verification verify(Iterator<LedgerEntry> entries, long headSeq, String headHash) {
    String running = GENESIS;
    long expected = 1;
    LedgerEntry last = null;
    while (entries.hasNext()) {
      LedgerEntry e = entries.next();
      if (e.seq() != expected) {
        return new Verification(expected - 1, running, e, e.seq() > expected
            ? "entries " + expected + (e.seq() - 1 > expected ? "-" + (e.seq() - 1) : "") + " are missing before it"
            : "it repeats or comes out of order at position " + expected);
      }
      // The hashed position first: an entry moved elsewhere still carries the position it was written at.
      String mismatch = fieldsMismatch(e);
      if (mismatch != null) {
        return new Verification(expected - 1, running, e, mismatch);
      }
      if (!Objects.equals(e.prevHash(), running)) {
        LedgerEntry blamed = last == null ? e : last;
        return new Verification(expected - 1, running, blamed, "entry " + e.seq()
            + " does not follow entry " + (e.seq() - 1) + ": its previous hash is not that entry's hash"
            + " (entry " + (e.seq() - 1) + " was rewritten, or entry " + e.seq() + " was moved or replaced)");
      }
      String recomputed = hash(running, e.entry());
      if (!recomputed.equals(e.hash())) {
        return new Verification(expected - 1, running, e, "its content does not match its hash");
      }
      running = e.hash();
      last = e;
      expected++;
    }
    long count = expected - 1;
    if (headSeq >= 0 && (headSeq != count || !Objects.equals(headHash, running))) {
      return new Verification(count, running, last, headSeq > count
          ? "the ledger recorded " + headSeq + " entries but " + count + " remain: entries after it were removed"
          : "the last entry is not the one the ledger recorded as its end (position " + headSeq + ")");
    }
    return new Verification(count, running, null, null);
  }

  // The position, scan and subject shown beside an entry must be the ones that were hashed.
  private static String fieldsMismatch(LedgerEntry e) {
    JsonNode body;
    try {
      body = JSON.readTree(e.entry());
    } catch (Exception ex) {
      return "its text is not JSON";
    }
    if (body == null || !body.isObject()) {
      return "its text is not a JSON object";
    }
    if (body.path("seq").asLong(-1) != e.seq()) {
      return "its position differs from the hashed one (" + body.path("seq").asText() + ")";
    }
    if (!Objects.equals(body.path("scanId").asText(null), e.scanId())
        || !Objects.equals(body.path("subject").asText(null), e.subject())) {
      return "its scan or subject differs from the hashed one";
    }
    return null;
  }
}
