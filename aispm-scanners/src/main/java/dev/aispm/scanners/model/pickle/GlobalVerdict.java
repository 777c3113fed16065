package dev.aispm.scanners.model.pickle;

/**
 * What importing one pickle global would mean. Kept separate from the policy so findings can
 * carry the reason a name was judged the way it was.
 *
 * @param kind   the class of risk
 * @param reason why, in a few words (empty for safe names)
 */
public record GlobalVerdict(Kind kind, String reason) {

  /** Classes of risk, from the allowlisted to the ones that run code. */
  public enum Kind {
    /** On the allowlist: needed by real checkpoints and harmless when a pickle calls it. */
    SAFE,
    /**
     * Off the allowlist and not a known code-execution name: high, because loading still
     * imports and may call code nobody vetted (a custom class, a helper of a listed framework).
     */
    UNKNOWN,
    /** Unknown module, but a name that usually means running code (a re-export of os.system). */
    SUSPICIOUS,
    /** Runs code, starts processes, touches files or the network, or resolves other names. */
    DANGEROUS
  }

  static GlobalVerdict safe() {
    return new GlobalVerdict(Kind.SAFE, "");
  }

  static GlobalVerdict unknown(String reason) {
    return new GlobalVerdict(Kind.UNKNOWN, reason);
  }

  static GlobalVerdict suspicious(String reason) {
    return new GlobalVerdict(Kind.SUSPICIOUS, reason);
  }

  static GlobalVerdict dangerous(String reason) {
    return new GlobalVerdict(Kind.DANGEROUS, reason);
  }
}
