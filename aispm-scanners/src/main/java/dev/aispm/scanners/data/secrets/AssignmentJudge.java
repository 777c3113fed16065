package dev.aispm.scanners.data.secrets;

import dev.aispm.scanners.data.noise.Decoys;
import dev.aispm.scanners.data.search.AnchorIndex;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decides whether a name and a value form a hard-coded secret: {@code db_password = "x8#kQ..."}
 * is one, {@code max_tokens = 256}, {@code password = os.environ["PW"]} and
 * {@code token_hash = "9f86d0..."} are not. The name must say "secret" and not describe metadata
 * about one; the value must be a literal with enough randomness.
 */
public final class AssignmentJudge {

  /** Name parts meaning the value is about a secret (its hash, its path, its length), not one. */
  private static final String[] NOT_A_SECRET_NAME = {
      "hash", "digest", "salt", "_file", "file_", "filename", "path", "_url", "_uri", "_id",
      "name", "type", "length", "size", "expir", "_at", "ttl", "timeout", "max_", "num_", "count",
      "limit", "tokenizer", "tokens", "_env", "header", "field", "policy", "prompt", "label",
      "rotation", "usage", "_in", "csrf", "xsrf", "page", "next", "cursor", "continuation", "sync",
      "reset", "forgot", "confirm", "hint", "question", "required", "enabled", "strength",
      "version", "param", "regex", "pattern", "placeholder", "endpoint", "provider", "format",
      "key_id", "keyid", "public", "pub_", "_pub", "template", "prefix", "suffix", "bucket",
      "scope", "kind", "mode", "method", "style", "class", "input", "description", "help",
      "error", "message", "valid", "index", "position", "offset", "vocab", "embedding", "logprob",
      "_ids", "mask", "eos_", "bos_", "pad_", "unk_", "cls_", "sep_", "special"};

  private static final String[] SECRET_NAME = {
      "password", "passwd", "passphrase", "pwd", "secret", "token", "apikey", "api_key", "api-key",
      "access_key", "accesskey", "auth_key", "authkey", "credential", "private_key", "client_key",
      "signing_key", "encryption_key", "master_key"};

  /** The word lists as automata: names are vetted at every anchor, so this is a hot path. */
  private static final AnchorIndex SECRET_WORDS = new AnchorIndex(Arrays.asList(SECRET_NAME));
  private static final AnchorIndex METADATA_WORDS =
      new AnchorIndex(Arrays.asList(NOT_A_SECRET_NAME));

  private AssignmentJudge() {}

  /** The name words that make a name secret-ish; they are the generic format's anchors. */
  public static String[] secretNameWords() {
    return SECRET_NAME.clone();
  }

  /** Whether {@code name} names a secret (and not metadata about one). */
  public static boolean isSecretName(String name) {
    return SECRET_WORDS.occursIn(name) && !METADATA_WORDS.occursIn(name);
  }

  /**
   * Whether {@code value} is a literal secret.
   *
   * @param quoted whether it was written as a quoted string (a literal for sure); unquoted values
   *               may be identifiers or expressions and are held to a stricter standard
   */
  public static boolean isSecretValue(String value, boolean quoted) {
    int n = value.length();
    if (n < 8 || n > 200) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == '"' || c == '\'' || c == '`') {
        return false;
      }
    }
    // The documented examples first: the cheapest test, and the commonest decoy in training sets
    // (the AWS documentation key), before the word-list passes over the value.
    if (Decoys.isDocumentedExample(value) || Decoys.isPlaceholder(value)
        || Decoys.isEnvironmentLookup(value) || Decoys.isHashLike(value) || Decoys.isUuid(value)) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("password") || lower.equals("undefined") || lower.equals("required")
        || lower.equals("optional") || lower.startsWith("http://") || lower.startsWith("https://")
        || lower.startsWith("file:") || lower.contains("://")) {
      return false;
    }
    if (!quoted && looksLikeCode(value)) {
      return false;
    }
    int classes = Entropy.characterClasses(value, 0, n);
    boolean allDigits = true;
    for (int i = 0; i < n && allDigits; i++) {
      allDigits = Character.isDigit(value.charAt(i));
    }
    if (allDigits) {
      return false;
    }
    double entropy = Entropy.bitsPerChar(value);
    if (n >= 16) {
      return entropy >= 3.0 && classes >= 2;
    }
    return classes >= 3 && entropy >= 2.5;
  }

  /** Identifiers, member accesses and calls: {@code self.password}, {@code get_token()}. */
  private static boolean looksLikeCode(String value) {
    if (value.indexOf('(') >= 0 || value.indexOf(')') >= 0 || value.indexOf('[') >= 0
        || value.startsWith("@") || value.startsWith("&") || value.startsWith("*")
        || value.endsWith(",") || value.endsWith(";")) {
      return true;
    }
    boolean identifier = true;
    boolean hasDigit = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        hasDigit = true;
      } else if (!(Character.isLetter(c) || c == '_' || c == '.')) {
        identifier = false;
      }
    }
    return identifier && !hasDigit;
  }
}
