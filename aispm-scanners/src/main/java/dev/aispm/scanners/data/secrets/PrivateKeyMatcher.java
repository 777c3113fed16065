package dev.aispm.scanners.data.secrets;

import java.util.regex.Matcher;

/**
 * PEM private keys (PKCS#1 RSA, SEC1 EC, DSA, OpenSSH, PKCS#8, encrypted PKCS#8, PGP). The body is
 * read past real newlines and past {@code \n} escapes, because keys inside JSON strings (service
 * account files, notebook outputs) keep their newlines escaped. A header without at least 64
 * base64 characters of body is a snippet or a placeholder, not a key.
 */
final class PrivateKeyMatcher implements FormatMatcher {
  private static final LazyPattern HEADER = new LazyPattern(
      "-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----");
  private static final int MAX_BODY = 20_000;
  private static final int MIN_BASE64 = 64;

  @Override
  public boolean match(CharSequence text, int anchorStart, int anchorEnd, MatchState state,
      MatchResult result) {
    Matcher m = state.matcher(HEADER.get(), text);
    m.region(anchorStart, Math.min(text.length(), anchorStart + 64));
    if (!m.lookingAt()) {
      return false;
    }
    String kind = m.group(1);
    int pos = m.end();
    int limit = Math.min(text.length(), pos + MAX_BODY);
    int bodyStart = -1;
    int bodyEnd = -1;
    StringBuilder canonical = new StringBuilder(2048);
    while (pos < limit) {
      char c = text.charAt(pos);
      if (c == '-' && startsWith(text, pos, "-----END")) {
        break;
      }
      if (c == '\\') {
        // An escaped newline, possibly escaped twice (a JSON string inside a JSON string).
        int q = pos;
        while (q < limit && text.charAt(q) == '\\') {
          q++;
        }
        if (q < limit && (text.charAt(q) == 'n' || text.charAt(q) == 'r')) {
          pos = q + 1;
          continue;
        }
        break;
      }
      if (isBase64(c)) {
        if (bodyStart < 0) {
          bodyStart = pos;
        }
        bodyEnd = pos + 1;
        canonical.append(c);
      } else if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':' || c == ','
          || c == '-' || c == '.')) {
        break;
      }
      pos++;
    }
    if (bodyStart < 0 || canonical.length() < MIN_BASE64) {
      return false;
    }
    int spanEnd = pos;
    if (startsWith(text, pos, "-----END")) {
      int close = indexOf(text, "-----", pos + 8, Math.min(text.length(), pos + 80));
      spanEnd = close < 0 ? pos + 8 : close + 5;
    }
    result.set(anchorStart, spanEnd, bodyStart, bodyEnd, kind);
    result.canonical = canonical.toString();
    return true;
  }

  private static boolean isBase64(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
        || c == '/' || c == '=';
  }

  private static boolean startsWith(CharSequence text, int pos, String prefix) {
    if (pos + prefix.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (text.charAt(pos + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(CharSequence text, String needle, int from, int to) {
    for (int i = from; i + needle.length() <= to; i++) {
      if (startsWith(text, i, needle)) {
        return i;
      }
    }
    return -1;
  }
}
