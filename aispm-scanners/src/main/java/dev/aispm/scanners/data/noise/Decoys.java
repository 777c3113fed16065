package dev.aispm.scanners.data.noise;

import dev.aispm.scanners.data.search.AnchorIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values that look like credentials but are not: template placeholders, environment lookups,
 * documented example keys, hashes and UUIDs. Training data is full of tutorials and config
 * templates, so without these rules a scanner would drown real leaks in {@code ${API_KEY}}s.
 */
public final class Decoys {

  /**
   * Example credentials printed in vendors' documentation and tutorials. They are public,
   * revoked or never valid, and appear in countless training sets.
   */
  private static final Set<String> DOCUMENTED_EXAMPLES = Set.of(
      "AKIAIOSFODNN7EXAMPLE",
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
      "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
      "pk_test_TYooMQauvdEDq54NiTphI7jx",
      // Azurite / storage emulator account key, published in Microsoft's documentation.
      "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
      // The jwt.io default token.
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");

  private static final String[] PLACEHOLDER_WORDS = {
      "example", "placeholder", "changeme", "change_me", "change-me", "your_", "your-", "yourkey",
      "yourpassword", "yoursecret", "<your", "dummy", "redacted", "replace", "insert_", "insert-",
      "xxxxxx", "******", "......", "todo", "fixme", "notreal", "not_real", "not-a-real", "fake",
      "sample", "secret_here", "key_here", "token_here", "password_here", "goes_here", "goes-here"};

  private static final String[] ENV_LOOKUPS = {
      "os.environ", "os.getenv", "getenv(", "process.env", "system.getenv", "env[", "env(",
      "env.", "$env:", "secrets.", "vault:", "environment.getenvironmentvariable", "config[",
      "settings.", "userdata.get(", "dbutils.secrets", "keyring.get", "ssm:", "secretsmanager",
      "os.environ.get", "input(", "getpass"};


  /**
   * Template syntax and the placeholder words, in one automaton: values are vetted at every
   * candidate, so one pass beats a substring search per word. Matching ignores ASCII case.
   */
  /** Vendors write this into the example keys of their documentation (case matters). */
  private static final String EXAMPLE_MARK = "EXAMPLE";

  private static final String[] TEMPLATE_MARKS = {"${", "{{", "}}", "%(", "%s", "$(", "#{"};
  private static final AnchorIndex PLACEHOLDER_MARKS = new AnchorIndex(concat(
      TEMPLATE_MARKS, PLACEHOLDER_WORDS));
  private static final AnchorIndex LOOKUPS = new AnchorIndex(Arrays.asList(ENV_LOOKUPS));

  private Decoys() {}

  /**
   * Every word whose presence makes a value a placeholder or an environment lookup (template
   * marks, placeholder words, lookups), in lower case: {@link #isPlaceholder} or
   * {@link #isEnvironmentLookup} holds for any value that contains one, in any ASCII case.
   */
  public static List<String> valueDecoyWords() {
    List<String> all = new ArrayList<>();
    for (String word : concat(concat(TEMPLATE_MARKS, PLACEHOLDER_WORDS).toArray(new String[0]),
        ENV_LOOKUPS)) {
      all.add(word.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(all);
  }

  private static List<String> concat(String[] a, String[] b) {
    List<String> all = new ArrayList<>(Arrays.asList(a));
    all.addAll(Arrays.asList(b));
    return all;
  }

  /**
   * Whether raw bytes {@code b[from, to)} contain the mark of vendors' example keys, so that any
   * value containing these bytes is a {@link #isDocumentedExample documented example}. Lets the
   * pass that finds anchors drop the commonest decoy of training sets (the AWS documentation key)
   * before anything else looks at it.
   */
  public static boolean marksExample(byte[] b, int from, int to) {
    int last = to - EXAMPLE_MARK.length();
    for (int i = from; i <= last; i++) {
      if (b[i] == 'E' && b[i + 1] == 'X' && b[i + 2] == 'A' && b[i + 3] == 'M' && b[i + 4] == 'P'
          && b[i + 5] == 'L' && b[i + 6] == 'E') {
        return true;
      }
    }
    return false;
  }

  /** A credential that vendors publish as an example; never a leak. */
  public static boolean isDocumentedExample(String value) {
    return DOCUMENTED_EXAMPLES.contains(value) || value.contains(EXAMPLE_MARK);
  }

  /**
   * A template placeholder such as {@code ${DB_PASSWORD}}, {@code {{ token }}}, {@code <api-key>},
   * {@code $TOKEN}, {@code %s} or a word that says the value is not real.
   */
  public static boolean isPlaceholder(String value) {
    if (value.isEmpty()) {
      return true;
    }
    if (PLACEHOLDER_MARKS.occursIn(value)) {
      return true;
    }
    char first = value.charAt(0);
    char last = value.charAt(value.length() - 1);
    if ((first == '<' && last == '>') || (first == '[' && last == ']') || (first == '{' && last == '}')) {
      return true;
    }
    if (first == '$' && value.length() > 1 && isEnvNameChar(value.charAt(1))) {
      return true;
    }
    return isRepetitive(value);
  }

  /** A value read from the environment or a secret store, e.g. {@code os.environ["KEY"]}. */
  public static boolean isEnvironmentLookup(String value) {
    return LOOKUPS.occursIn(value);
  }

  /**
   * A digest rather than a credential: hex of a hash length, or a password-hash encoding
   * ({@code $2b$}, {@code $argon2id$}, {@code pbkdf2_sha256$}, {@code sha256:}).
   */
  public static boolean isHashLike(String value) {
    int n = value.length();
    if ((n == 32 || n == 40 || n == 56 || n == 64 || n == 96 || n == 128) && isHex(value)) {
      return true;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    return lower.startsWith("$2a$") || lower.startsWith("$2b$") || lower.startsWith("$2y$")
        || lower.startsWith("$argon2") || lower.startsWith("$6$") || lower.startsWith("$5$")
        || lower.startsWith("$1$") || lower.startsWith("pbkdf2_") || lower.startsWith("scrypt:")
        || lower.startsWith("sha256:") || lower.startsWith("sha1:") || lower.startsWith("sha512:")
        || lower.startsWith("md5:") || lower.startsWith("{ssha}") || lower.startsWith("{sha}");
  }

  /** A UUID, which identifies things rather than authenticating anyone. */
  public static boolean isUuid(String value) {
    // 8-4-4-4-12 hex digits, checked by hand: no regular expression is compiled for it.
    if (value.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = value.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !isHexDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Whether every character is a hexadecimal digit. */
  public static boolean isHex(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return value.length() > 0;
  }

  /** Whether the value is one character repeated or a run like {@code 0123456789abcdef}. */
  static boolean isRepetitive(String value) {
    if (value.length() < 4) {
      return false;
    }
    boolean same = true;
    boolean ascending = true;
    for (int i = 1; i < value.length(); i++) {
      char prev = value.charAt(i - 1);
      char c = value.charAt(i);
      same &= c == prev;
      ascending &= c == prev + 1 || (prev == '9' && c == 'a') || (prev == '9' && c == 'A');
    }
    return same || ascending;
  }

  private static boolean isEnvNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || c == '_' || c == '{';
  }
}
