package dev.aispm.posture.provenance;

/**
 * One stored ledger entry as it is read back: its position, what it is about, the canonical JSON
 * that was hashed, and the chain hashes. Verification trusts none of the fields: it recomputes.
 *
 * @param entry    the canonical JSON text of the entry
 * @param prevHash the hash of the entry before (64 zeros for the first)
 * @param hash     hex SHA-256 of the previous hash's bytes followed by the UTF-8 entry
 */
public record LedgerEntry(long seq, String scanId, String subject, String subjectType, String entry,
    String prevHash, String hash) {}
