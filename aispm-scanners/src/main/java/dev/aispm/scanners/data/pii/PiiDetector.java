package dev.aispm.scanners.data.pii;

import dev.aispm.scanners.data.noise.InlineImages;
import dev.aispm.scanners.data.noise.PiiDecoys;
import dev.aispm.scanners.data.search.AnchoredLines;
import dev.aispm.scanners.data.search.AsciiText;

/**
 * Finds personal data in text: e-mail addresses, phone numbers, payment cards, US SSNs and IBANs.
 * One pass over the characters: an {@code @} starts an address check, a digit run (with its
 * separators) is tried as a card, SSN or phone number, and two capitals followed by two digits as
 * an IBAN. Each candidate must pass its format's own validity rule before it counts.
 */
public final class PiiDetector {

  /** Receives each valid occurrence; {@code text[start, end)} is the value. */
  @FunctionalInterface
  public interface Sink {
    void pii(PiiType type, CharSequence text, int start, int end);
  }

  private final StringBuilder digits = new StringBuilder(32);

  /**
   * Characters at which a candidate can start, and the comma that ends an inline image's header;
   * every other character is passed over.
   */
  private static final boolean[] TRIGGER = new boolean[128];

  static {
    TRIGGER[','] = true;
    TRIGGER['@'] = true;
    TRIGGER['+'] = true;
    TRIGGER['('] = true;
    for (char c = '0'; c <= '9'; c++) {
      TRIGGER[c] = true;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      TRIGGER[c] = true;
    }
  }

  /** 1 for each byte value at which the byte loop stops: a trigger, or a non-ASCII byte. */
  private static final byte[] STOP = new byte[256];

  static {
    for (int b = 0; b < 256; b++) {
      STOP[b] = (byte) (b >= 128 || TRIGGER[b] ? 1 : 0);
    }
  }

  /**
   * The regions an earlier pass over the line being read jumped over ({@link AnchoredLines}),
   * while {@link #detectMarked} runs; null otherwise.
   */
  private AnchoredLines skipped;
  private int skipAt;
  private int skipEnd;

  /**
   * {@link #detect} on line {@code line} of a block that {@link AnchoredLines} describes;
   * {@code text} views exactly that line. The same findings, but the inline images that the
   * marking pass measured are jumped over without reading their payloads a second time.
   */
  public void detectMarked(AsciiText text, AnchoredLines lines, int line, Sink sink) {
    skipped = lines;
    skipAt = lines.firstSkip(line);
    skipEnd = lines.endSkip(line);
    try {
      detect(text, sink);
    } finally {
      skipped = null;
    }
  }

  /** Finds every personal-data occurrence in {@code text}. */
  public void detect(CharSequence text, Sink sink) {
    int n = text.length();
    int i = 0;
    // Most characters start nothing; reading them through the CharSequence interface (one
    // dispatched call per character) was most of this detector's cost, so raw ASCII lines and
    // strings are read directly until a character that can start a candidate.
    byte[] bytes = null;
    int base = 0;
    String string = null;
    if (text instanceof AsciiText a) {
      bytes = a.bytes();
      base = a.offset();
    } else if (text instanceof String s) {
      string = s;
    }
    while (i < n) {
      if (bytes != null) {
        i = nextCandidate(bytes, base, i, n);
      } else if (string != null) {
        char k;
        while (i < n && (k = string.charAt(i)) < 128 && !TRIGGER[k]) {
          i++;
        }
      }
      if (i >= n) {
        break;
      }
      char c = text.charAt(i);
      if (c == ',') {
        // The payload of an inline image is random base64, full of digit runs and capitals.
        i = afterComma(text, i);
      } else if (c == '@') {
        i = email(text, i, sink);
      } else if ((c >= '0' && c <= '9') || c == '+' || c == '(') {
        i = number(text, i, sink);
      } else if (c >= 'A' && c <= 'Z' && i + 3 < n && isUpper(text.charAt(i + 1))
          && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
          && (i == 0 || !isAlnum(text.charAt(i - 1)))) {
        i = iban(text, i, sink);
      } else {
        i++;
      }
    }
  }

  /**
   * The first position from {@code i} on, in raw ASCII {@code bytes[base, base + n)}, where
   * {@link #detect} has a candidate to try. Capitals, digits and commas are common in prose and
   * base64 blobs, yet most of them start nothing: a capital not followed by a capital and two
   * digits, a digit run continuing a longer token, a comma not ending {@code base64,}. They were
   * each a trip out of the byte loop and a few calls through the {@link CharSequence} interface;
   * the same rules, read here on the bytes, pass them in the loop. What is left is decided by
   * {@link #detect} exactly as before.
   */
  private static int nextCandidate(byte[] bytes, int base, int i, int n) {
    byte[] stop = STOP;
    int last = base + n - 8;
    while (i < n) {
      // Eight bytes a test: the lookups do not depend on each other, so the processor overlaps
      // them, and prose has runs of lower-case words and blanks long enough for most tests to
      // pass (the client compiler does not unroll the byte loop by itself).
      int p = base + i;
      while (p <= last && (stop[bytes[p] & 0xFF] | stop[bytes[p + 1] & 0xFF]
          | stop[bytes[p + 2] & 0xFF] | stop[bytes[p + 3] & 0xFF] | stop[bytes[p + 4] & 0xFF]
          | stop[bytes[p + 5] & 0xFF] | stop[bytes[p + 6] & 0xFF] | stop[bytes[p + 7] & 0xFF]) == 0) {
        p += 8;
      }
      i = p - base;
      if (i >= n) {
        break;
      }
      int b = bytes[p];
      if (b < 0) {
        return i;
      }
      if (!TRIGGER[b]) {
        i++;
      } else if (b >= 'A' && b <= 'Z') {
        // What detect tries at a capital: an IBAN, starting two capitals and two digits.
        if (i + 3 < n && isUpper((char) bytes[base + i + 1]) && isDigit((char) bytes[base + i + 2])
            && isDigit((char) bytes[base + i + 3])
            && (i == 0 || bytes[base + i - 1] < 0 || !isAlnum((char) bytes[base + i - 1]))) {
          return i;
        }
        i++;
      } else if (b == ',') {
        // Only the comma of base64, can start an inline image's payload.
        if (i >= 6 && bytes[base + i - 1] == '4') {
          return i;
        }
        i++;
      } else if (b == '@') {
        return i;
      } else {
        // A digit, plus or parenthesis continuing a token: number() would skip that token.
        if (i == 0 || afterEscape(bytes, base, i) || !continuesToken(bytes[base + i - 1])) {
          return i;
        }
        int end = i;
        while (end < n && isTokenByte(bytes[base + end])) {
          end++;
        }
        i = Math.max(end, i + 1);
      }
    }
    return i;
  }

  /** {@link #afterEscape(CharSequence, int)} on raw bytes. */
  private static boolean afterEscape(byte[] bytes, int base, int i) {
    if (i < 2 || bytes[base + i - 2] != '\\') {
      return false;
    }
    byte e = bytes[base + i - 1];
    return e == 'n' || e == 't' || e == 'r';
  }

  /** Whether a number after {@code before} continues a token, as {@link #number} decides. */
  private static boolean continuesToken(byte before) {
    return before >= 0 && (isAlnum((char) before) || before == '.' || before == '/'
        || before == '_' || before == '-' || before == '=' || before == ':');
  }

  /** Whether {@link #skipToken} passes over {@code c}. */
  private static boolean isTokenByte(byte c) {
    return c >= 0 && (isAlnum((char) c) || c == '.' || c == '-' || c == '_');
  }

  private int email(CharSequence text, int at, Sink sink) {
    int start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charAt(start - 1))
        && !afterEscape(text, start)) {
      start--;
    }
    int end = at + 1;
    int lastDot = -1;
    while (end < text.length() && end - at < 255 && isDomainChar(text.charAt(end))) {
      if (text.charAt(end) == '.') {
        lastDot = end;
      }
      end++;
    }
    // A trailing dot ends the sentence, not the domain.
    while (end > at + 1 && text.charAt(end - 1) == '.') {
      end--;
      lastDot = -1;
      for (int k = end - 1; k > at; k--) {
        if (text.charAt(k) == '.') {
          lastDot = k;
          break;
        }
      }
    }
    // user:password@host is a URL's credentials, reported as a secret, not an address.
    if (start > 0 && (text.charAt(start - 1) == ':' || text.charAt(start - 1) == '/')) {
      return at + 1;
    }
    if (start == at || lastDot < 0 || lastDot <= at + 1 || text.charAt(start) == '.'
        || text.charAt(at - 1) == '.') {
      return at + 1;
    }
    int tldLen = end - lastDot - 1;
    if (tldLen < 2 || tldLen > 24) {
      return at + 1;
    }
    for (int k = lastDot + 1; k < end; k++) {
      if (!Character.isLetter(text.charAt(k))) {
        return at + 1;
      }
    }
    String local = text.subSequence(start, at).toString();
    String domain = text.subSequence(at + 1, end).toString();
    String tld = text.subSequence(lastDot + 1, end).toString().toLowerCase(java.util.Locale.ROOT);
    if (isFileExtension(tld) || domain.startsWith("-") || domain.contains("..")
        || PiiDecoys.isExampleEmail(local, domain)) {
      return end;
    }
    sink.pii(PiiType.EMAIL, text, start, end);
    return end;
  }

  /**
   * Reads a digit group with single separators and tries it as SSN, card, then phone. The
   * candidate must not continue a longer token (a version, a path, an identifier).
   */
  private int number(CharSequence text, int start, Sink sink) {
    int n = text.length();
    if (start > 0 && !afterEscape(text, start)) {
      char before = text.charAt(start - 1);
      if (isAlnum(before) || before == '.' || before == '/' || before == '_' || before == '-'
          || before == '=' || before == ':') {
        return skipToken(text, start);
      }
    }
    digits.setLength(0);
    int i = start;
    boolean plus = false;
    boolean paren = false;
    if (text.charAt(i) == '+') {
      plus = true;
      i++;
    } else if (text.charAt(i) == '(') {
      paren = true;
      i++;
    }
    if (i >= n || !isDigit(text.charAt(i))) {
      return start + 1;
    }
    char sep = 0;
    boolean mixedSeparators = false;
    int groups = 0;
    int[] sizes = new int[8];
    int groupSize = 0;
    int end = i;
    while (i < n && digits.length() < 20) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits.append(c);
        groupSize++;
        i++;
        end = i;
      } else if ((c == ' ' || c == '-' || c == '.' || c == ')') && i + 1 < n
          && (isDigit(text.charAt(i + 1)) || (c == ')' && text.charAt(i + 1) == ' '))
          && groupSize > 0) {
        if (groups < sizes.length) {
          sizes[groups] = groupSize;
        }
        groups++;
        groupSize = 0;
        if (c == ')') {
          i++;
          if (i < n && text.charAt(i) == ' ') {
            i++;
          }
          continue;
        }
        if (sep == 0) {
          sep = c;
        } else if (sep != c) {
          mixedSeparators = true;
        }
        i++;
      } else {
        break;
      }
    }
    if (groups < sizes.length) {
      sizes[groups] = groupSize;
    }
    groups++;
    if (end < n && (isAlnum(text.charAt(end)) || text.charAt(end) == '_')) {
      return skipToken(text, end);
    }
    String d = digits.toString();
    if (!plus && !paren && ssn(d, sep, groups, sizes, mixedSeparators)) {
      sink.pii(PiiType.US_SSN, text, start, end);
    } else if (!plus && !paren && card(d, sep, groups, mixedSeparators)) {
      sink.pii(PiiType.PAYMENT_CARD, text, start, end);
    } else if (phone(d, plus, paren, sep, groups, sizes)) {
      sink.pii(PiiType.PHONE, text, start, end);
    }
    return Math.max(end, start + 1);
  }

  private static boolean ssn(String d, char sep, int groups, int[] sizes, boolean mixed) {
    if (d.length() != 9 || groups != 3 || sep != '-' || mixed || sizes[0] != 3 || sizes[1] != 2
        || sizes[2] != 4) {
      return false;
    }
    int area = Integer.parseInt(d.substring(0, 3));
    int group = Integer.parseInt(d.substring(3, 5));
    int serial = Integer.parseInt(d.substring(5));
    // SSA rules: area 000, 666 and 900-999 are never issued, nor group 00 or serial 0000.
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
        && !PiiDecoys.isExampleSsn(d);
  }

  private static boolean card(String d, char sep, int groups, boolean mixed) {
    int len = d.length();
    if (len < 13 || len > 19 || mixed || (sep == '.') || (groups > 1 && groups < 3 && len > 12)) {
      return false;
    }
    if (!issuerPrefix(d) || !Luhn.valid(d) || PiiDecoys.isTestCard(d) || allSame(d)) {
      return false;
    }
    return true;
  }

  /** Major networks' issuer ranges; a Luhn-valid number outside them is usually an id. */
  private static boolean issuerPrefix(String d) {
    int two = Integer.parseInt(d.substring(0, 2));
    int four = Integer.parseInt(d.substring(0, 4));
    int len = d.length();
    return (d.charAt(0) == '4' && (len == 13 || len == 16 || len == 19))
        || (two >= 51 && two <= 55 && len == 16)
        || (four >= 2221 && four <= 2720 && len == 16)
        || ((two == 34 || two == 37) && len == 15)
        || ((d.startsWith("6011") || two == 65 || (four >= 6440 && four <= 6499)) && len >= 16)
        || (two == 35 && four >= 3528 && four <= 3589 && len >= 16)
        || ((two == 36 || two == 38 || (four >= 3000 && four <= 3059)) && len >= 14)
        || (two == 62 && len >= 16);
  }

  private static boolean phone(String d, boolean plus, boolean paren, char sep, int groups, int[] sizes) {
    int len = d.length();
    if (plus) {
      return len >= 8 && len <= 15 && d.charAt(0) != '0' && !PiiDecoys.isFictionalPhone(d)
          && (groups >= 2 || len >= 10);
    }
    if (len != 10 || sep == 0 && !paren) {
      return false;
    }
    // North American numbering: (NXX) NXX-XXXX or NXX-NXX-XXXX.
    boolean shape = groups == 3 && sizes[0] == 3 && sizes[1] == 3 && sizes[2] == 4;
    return shape && d.charAt(0) >= '2' && d.charAt(3) >= '2' && !PiiDecoys.isFictionalPhone(d)
        && !(d.charAt(1) == '1' && d.charAt(2) == '1');
  }

  private int iban(CharSequence text, int start, Sink sink) {
    String country = text.subSequence(start, start + 2).toString();
    int expected = Iban.lengthFor(country);
    if (expected == 0) {
      return start + 1;
    }
    StringBuilder compact = new StringBuilder(34);
    int i = start;
    int n = text.length();
    int end = start;
    while (i < n && compact.length() < expected) {
      char c = text.charAt(i);
      if (isDigit(c) || isUpper(c)) {
        compact.append(c);
        i++;
        end = i;
      } else if (c == ' ' && compact.length() % 4 == 0 && i + 1 < n && isAlnum(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (compact.length() != expected || (end < n && isAlnum(text.charAt(end)))) {
      return start + 1;
    }
    String iban = compact.toString();
    if (!Iban.valid(iban) || PiiDecoys.isExampleIban(iban)) {
      return start + 1;
    }
    sink.pii(PiiType.IBAN, text, start, end);
    return end;
  }

  /**
   * Where to go on after the comma at {@code comma}: past the payload when it ends an inline
   * image's header, else past the comma. A payload the marking pass jumped over is passed by its
   * recorded end; that pass and this one apply the same rule, and a payload ends at the line's
   * end at the latest.
   */
  private int afterComma(CharSequence text, int comma) {
    if (skipped != null && text instanceof AsciiText a) {
      int payload = a.offset() + comma + 1;
      while (skipAt < skipEnd && skipped.skipFrom(skipAt) < payload) {
        skipAt++;
      }
      if (skipAt < skipEnd && skipped.skipFrom(skipAt) == payload) {
        return Math.min(text.length(), skipped.skipTo(skipAt) - a.offset());
      }
    }
    return isImageMarker(text, comma) ? InlineImages.payloadEnd(text, comma - 6, comma + 1) : comma + 1;
  }

  /** Whether the comma at {@code comma} ends {@code base64,}, in any case. */
  private static boolean isImageMarker(CharSequence text, int comma) {
    if (comma < 6 || text.charAt(comma - 1) != '4') {
      return false;
    }
    String marker = InlineImages.MARKER;
    for (int k = 0; k < 5; k++) {
      char c = text.charAt(comma - 6 + k);
      if (c != marker.charAt(k) && Character.toLowerCase(c) != marker.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The end of the token at {@code from}, always past {@code from}, so the scan advances. */
  private static int skipToken(CharSequence text, int from) {
    int n = text.length();
    int i = from;
    while (i < n && (isAlnum(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '-'
        || text.charAt(i) == '_')) {
      i++;
    }
    return Math.max(i, from + 1);
  }

  /**
   * Whether {@code text[i]} directly follows an escape such as {@code \n} in raw JSON, which
   * separates words as a real newline would.
   */
  private static boolean afterEscape(CharSequence text, int i) {
    if (i < 2 || text.charAt(i - 2) != '\\') {
      return false;
    }
    char e = text.charAt(i - 1);
    return e == 'n' || e == 't' || e == 'r';
  }

  private static boolean allSame(String d) {
    for (int i = 1; i < d.length(); i++) {
      if (d.charAt(i) != d.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLocalChar(char c) {
    return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return isAlnum(c) || c == '.' || c == '-';
  }

  private static boolean isFileExtension(String tld) {
    switch (tld) {
      case "png": case "jpg": case "jpeg": case "gif": case "svg": case "webp": case "js":
      case "css": case "ts": case "py": case "json": case "txt": case "html": case "ico":
        return true;
      default:
        return false;
    }
  }
}
