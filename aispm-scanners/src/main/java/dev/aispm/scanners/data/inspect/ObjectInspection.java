package dev.aispm.scanners.data.inspect;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.data.pii.PiiDetector;
import dev.aispm.scanners.data.pii.PiiType;
import dev.aispm.scanners.data.search.AnchoredLines;
import dev.aispm.scanners.data.search.AsciiText;
import dev.aispm.scanners.data.secrets.Entropy;
import dev.aispm.scanners.data.secrets.SecretDetector;
import dev.aispm.scanners.data.secrets.SecretFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything found in one object (a file, a bucket object, an archive member), whatever its
 * format. Format readers hand it decoded text with an {@link Origin}; it runs the secret and
 * personal-data detectors, turns every secret into a fingerprint and preview at once, pairs AWS
 * key ids with secrets in the same record, and emits findings when the object is finished.
 *
 * <p>Each distinct secret is reported once per object, at its first occurrence, with the number of
 * occurrences: a training set that repeats one key ten thousand times has one leak, not ten
 * thousand. Personal data is counted per type with a few redacted samples. Memory stays bounded
 * by capping the distinct secrets kept.
 */
public final class ObjectInspection {
  /** Distinct secrets tracked per object; beyond this a single note says the list was capped. */
  public static final int MAX_DISTINCT_SECRETS = 10_000;
  private static final int PII_SAMPLES = 3;
  private static final String AWS_KEY_ID = "secret.aws-access-key";
  private static final String AWS_SECRET = "secret.aws-secret-key";

  private final String location;
  private final Consumer<ContentFinding> out;
  /**
   * Made on first use, so that a reader can open its input and read ahead while the detector's
   * shared tables are still being built (see {@code DetectorPreload}).
   */
  private SecretDetector secrets;
  /** Made on first use: a secrets-only scan never pays for its set-up. */
  private PiiDetector pii;
  private final Map<String, SecretRecord> found = new LinkedHashMap<>();
  private final Map<PiiType, PiiTally> tallies = new EnumMap<>(PiiType.class);
  private final List<String> recordKeyIds = new ArrayList<>();
  private final List<SecretRecord> recordAwsSecrets = new ArrayList<>();
  private final List<PendingCandidate> recordBareCandidates = new ArrayList<>();
  /**
   * The callbacks, made once (a method reference per inspected line was an allocation each), as
   * named classes (the first lambda of a process costs milliseconds of linking).
   */
  private final SecretDetector.Sink secretSink = new SecretSink();
  private final PiiDetector.Sink piiSink = new PiiSink();
  private boolean capped;
  private boolean piiEnabled = true;
  private Origin origin;

  /**
   * @param location where the object is, as findings report it
   * @param out      receives findings when {@link #finish()} is called (and notes at once)
   */
  public ObjectInspection(String location, Consumer<ContentFinding> out) {
    this.location = location;
    this.out = out;
  }

  /** Turns personal-data detection off (secrets only), e.g. for a secrets-only benchmark. */
  public ObjectInspection withoutPii() {
    this.piiEnabled = false;
    return this;
  }

  private SecretDetector secrets() {
    if (secrets == null) {
      secrets = new SecretDetector();
    }
    return secrets;
  }

  private PiiDetector pii() {
    if (pii == null) {
      pii = new PiiDetector();
    }
    return pii;
  }

  /** Whether personal data is looked for, besides secrets. */
  public boolean detectsPersonalData() {
    return piiEnabled;
  }

  /** The object's location. */
  public String location() {
    return location;
  }

  /** Inspects text with no name attached. */
  public void inspect(CharSequence text, Origin where) {
    if (text.length() == 0) {
      return;
    }
    origin = where;
    secrets().detect(text, secretSink);
    if (piiEnabled) {
      pii().detect(text, piiSink);
    }
  }

  /**
   * Inspects line {@code line} of a block whose lines and anchors {@link SecretDetector#markLines}
   * found; {@code text} views exactly that line, which must be ASCII.
   */
  public void inspectMarked(AsciiText text, AnchoredLines lines, int line, Origin where) {
    if (text.length() == 0) {
      return;
    }
    origin = where;
    secrets().detectMarked(text, lines, line, secretSink);
    if (piiEnabled) {
      pii().detectMarked(text, lines, line, piiSink);
    }
  }

  /**
   * Inspects line {@code line} of a block whose lines and anchors {@link #markLines} found, when
   * it holds non-ASCII text: {@code text} is the line decoded from valid UTF-8,
   * {@code bytes[lineStart, ...)} the line's bytes.
   */
  public void inspectMarked(String text, byte[] bytes, int lineStart, AnchoredLines lines,
      int line, Origin where) {
    if (text.isEmpty()) {
      return;
    }
    origin = where;
    secrets().detectMarked(text, bytes, lineStart, lines, line, secretSink);
    if (piiEnabled) {
      pii().detect(text, piiSink);
    }
  }

  /** The id that {@link #markLines} records for {@code anchor}, or -1 if it is not an anchor. */
  public int anchorId(String anchor) {
    return secrets().anchorId(anchor);
  }

  /** Finds the lines of a block and their anchors in one pass, for {@link #inspectMarked}. */
  public boolean markLines(byte[] bytes, int from, int to, int maxLine, AnchoredLines out) {
    return secrets().markLines(bytes, from, to, maxLine, out);
  }

  /** Inspects a value whose name (JSON field, CSV column header) is known separately. */
  public void inspectNamed(String name, String value, Origin where) {
    if (value.isEmpty()) {
      return;
    }
    origin = where;
    secrets().detectNamed(name, value, secretSink);
    if (piiEnabled) {
      pii().detect(value, piiSink);
    }
    if (value.length() == 40 && isBareAwsSecretCandidate(value, 0, 40)
        && recordBareCandidates.size() < 100) {
      recordBareCandidates.add(new PendingCandidate(Redaction.fingerprint(value),
          Redaction.preview(value), where.line(), where.column(), where.field()));
    }
  }

  /** Marks the end of a record (a JSONL line, a CSV row, a text line): AWS pairs are resolved. */
  public void endRecord() {
    if (!recordKeyIds.isEmpty()) {
      String keyId = recordKeyIds.get(0);
      for (SecretRecord s : recordAwsSecrets) {
        s.pairedWith = keyId;
      }
      for (PendingCandidate c : recordBareCandidates) {
        SecretRecord known = found.get(AWS_SECRET + '\u0000' + c.fingerprint);
        if (known != null) {
          known.pairedWith = keyId;
          continue;
        }
        SecretRecord r = remember(AWS_SECRET, Severity.CRITICAL, "AWS secret access key",
            c.fingerprint, c.preview, c.line, c.column, null, c.field, 0);
        if (r != null) {
          r.pairedWith = keyId;
        }
      }
    }
    recordKeyIds.clear();
    recordAwsSecrets.clear();
    recordBareCandidates.clear();
  }

  /**
   * Records a secret that a format reader recognised structurally (for example a service-account
   * object in a JSON document). The value is fingerprinted here and not kept.
   */
  public void reportSecret(String ruleId, Severity severity, String title, CharSequence value,
      long line, long column, String field) {
    remember(ruleId, severity, title, Redaction.fingerprint(value), Redaction.preview(value), line,
        column, null, field, 0);
  }

  /** Emits a note at once: a malformed record, a truncated object, an over-long line. */
  public void note(String ruleId, Severity severity, String message, long line, long column,
      Map<String, String> details) {
    out.accept(new ContentFinding(ruleId, severity, message, location, line, column, details));
  }

  /**
   * Takes over what {@code later} found, as if its text had been inspected here after everything
   * so far: a secret seen in both keeps its first position and adds up its occurrences, a pairing
   * found on either side counts, and personal-data tallies add up. This lets parts of one large
   * object be inspected on several threads and still give exactly the findings of one pass.
   * {@code later} must be at a record boundary and is not usable afterwards.
   *
   * @param lineOffset added to {@code later}'s line numbers: it numbered its part from line 1
   */
  public void absorb(ObjectInspection later, long lineOffset) {
    endRecord();
    later.endRecord();
    for (Map.Entry<String, SecretRecord> e : later.found.entrySet()) {
      SecretRecord theirs = e.getValue();
      SecretRecord mine = found.get(e.getKey());
      if (mine != null) {
        mine.occurrences += theirs.occurrences;
        if (mine.pairedWith == null) {
          mine.pairedWith = theirs.pairedWith;
        }
      } else if (found.size() >= MAX_DISTINCT_SECRETS) {
        capped = true;
      } else {
        found.put(e.getKey(), theirs.shifted(lineOffset));
      }
    }
    capped |= later.capped;
    for (Map.Entry<PiiType, PiiTally> e : later.tallies.entrySet()) {
      PiiTally theirs = e.getValue();
      PiiTally mine = tallies.get(e.getKey());
      if (mine == null) {
        tallies.put(e.getKey(), theirs.shifted(lineOffset));
        continue;
      }
      mine.count += theirs.count;
      for (String sample : theirs.samples) {
        if (mine.samples.size() < PII_SAMPLES && !mine.samples.contains(sample)) {
          mine.samples.add(sample);
        }
      }
    }
    later.found.clear();
    later.tallies.clear();
  }

  /** Emits the object's secret and personal-data findings. Call once, at the end. */
  public void finish() {
    endRecord();
    for (SecretRecord r : found.values()) {
      Map<String, String> details = new LinkedHashMap<>();
      details.put("fingerprint", r.fingerprint);
      details.put("preview", r.preview);
      details.put("occurrences", Long.toString(r.occurrences));
      boolean checksumFailed = SecretFormat.CHECKSUM_FAILED.equals(r.detail);
      if (checksumFailed) {
        details.put("checksum", "fails");
        details.put("confidence", "medium");
      } else if (r.detail != null) {
        details.put("kind", r.detail);
      }
      if (r.field != null) {
        details.put("field", r.field);
      }
      if (r.cellLine > 0) {
        details.put("cellLine", Long.toString(r.cellLine));
      }
      if (r.pairedWith != null) {
        details.put("pairedWith", r.pairedWith);
      }
      String message = r.title + (checksumFailed
          ? " whose checksum does not verify (a typo or truncated copy of a live token)"
          : r.detail != null ? " (" + r.detail + ")" : "") + " found"
          + (r.pairedWith != null ? ", paired with an AWS access key id in the same record" : "");
      out.accept(new ContentFinding(r.ruleId, r.severity, message, location, r.line, r.column, details));
    }
    if (capped) {
      note("data.findings-capped", Severity.INFO, "more than " + MAX_DISTINCT_SECRETS
          + " distinct secrets in one object; the rest were not listed", 0, 0, Map.of());
    }
    for (Map.Entry<PiiType, PiiTally> e : tallies.entrySet()) {
      PiiType type = e.getKey();
      PiiTally t = e.getValue();
      Map<String, String> details = new LinkedHashMap<>();
      details.put("count", Long.toString(t.count));
      details.put("samples", String.join(", ", t.samples));
      if (t.cellLine > 0) {
        details.put("cellLine", Long.toString(t.cellLine));
      }
      String plural = type.title().endsWith("s") ? "es" : "s";
      String message = t.count + " " + type.title() + (t.count == 1 ? "" : plural) + " in this object";
      out.accept(new ContentFinding(type.ruleId(), type.severity(), message, location, t.line,
          t.column, details));
    }
    found.clear();
    tallies.clear();
  }

  private void onSecret(SecretFormat format, CharSequence text, int valueStart, int valueEnd,
      String canonical, String detail) {
    CharSequence value = canonical != null ? canonical : text.subSequence(valueStart, valueEnd);
    long[] pos = position(text, valueStart);
    // A vendor-shaped token failing its checksum may be a mistyped live one: kept, at medium.
    Severity severity = SecretFormat.CHECKSUM_FAILED.equals(detail)
        && format.severity().atLeast(Severity.MEDIUM) ? Severity.MEDIUM : format.severity();
    SecretRecord r = remember(format.ruleId(), severity, format.title(),
        Redaction.fingerprint(value), Redaction.preview(value), pos[0], pos[1], detail,
        origin.field(), pos[2]);
    if (AWS_KEY_ID.equals(format.ruleId())) {
      if (r != null && recordKeyIds.size() < 16) {
        recordKeyIds.add(r.fingerprint);
      }
      pairInSameText(text, valueStart, valueEnd);
    } else if (AWS_SECRET.equals(format.ruleId()) && r != null && recordAwsSecrets.size() < 16) {
      recordAwsSecrets.add(r);
    }
  }

  /**
   * An AWS key id and an unlabelled 40-character secret on the same line (a CSV row, a
   * credentials dump) are a key pair even without the {@code aws_secret_access_key} label.
   */
  private void pairInSameText(CharSequence text, int idStart, int idEnd) {
    int n = text.length();
    int i = 0;
    while (i + 40 <= n) {
      if (i >= idStart && i < idEnd) {
        i = idEnd;
        continue;
      }
      if ((i == 0 || !isBase64Char(text.charAt(i - 1))) && isBareAwsSecretCandidate(text, i, i + 40)
          && (i + 40 == n || !isBase64Char(text.charAt(i + 40)) && text.charAt(i + 40) != '=')) {
        CharSequence value = text.subSequence(i, i + 40);
        long[] pos = position(text, i);
        SecretRecord r = remember(AWS_SECRET, Severity.CRITICAL, "AWS secret access key",
            Redaction.fingerprint(value), Redaction.preview(value), pos[0], pos[1], null,
            origin.field(), pos[2]);
        if (r != null && recordAwsSecrets.size() < 16) {
          recordAwsSecrets.add(r);
        }
        i += 40;
      } else {
        i++;
      }
    }
  }

  private static boolean isBareAwsSecretCandidate(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isBase64Char(s.charAt(i))) {
        return false;
      }
    }
    return Entropy.characterClasses(s, from, to) >= 3 && Entropy.bitsPerChar(s, from, to) >= 4.0;
  }

  private static boolean isBase64Char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
        || c == '/';
  }

  private void onPii(PiiType type, CharSequence text, int start, int end) {
    PiiTally t = tallies.get(type);
    if (t == null) {
      long[] pos = position(text, start);
      t = new PiiTally(pos[0], pos[1], pos[2]);
      tallies.put(type, t);
    }
    t.count++;
    if (t.samples.size() < PII_SAMPLES) {
      String sample = Redaction.preview(text.subSequence(start, end));
      if (!t.samples.contains(sample)) {
        t.samples.add(sample);
      }
    }
  }

  /** {line, column, line inside the cell (0 when not a cell)} of offset {@code k}. */
  private long[] position(CharSequence text, int k) {
    long lines = 0;
    int lastNewline = -1;
    if (origin.multiline()) {
      for (int i = 0; i < k; i++) {
        if (text.charAt(i) == '\n') {
          lines++;
          lastNewline = i;
        }
      }
    }
    long column = lines > 0 ? k - lastNewline : origin.column() + k;
    if (origin.cell()) {
      return new long[] {origin.line(), column, lines + 1};
    }
    return new long[] {origin.line() + lines, column, 0};
  }

  private SecretRecord remember(String ruleId, Severity severity, String title, String fingerprint,
      String preview, long line, long column, String detail, String field, long cellLine) {
    String key = ruleId + '\u0000' + fingerprint;
    SecretRecord r = found.get(key);
    if (r != null) {
      r.occurrences++;
      return r;
    }
    if (found.size() >= MAX_DISTINCT_SECRETS) {
      capped = true;
      return null;
    }
    r = new SecretRecord(ruleId, severity, title, fingerprint, preview, line, column, detail, field,
        cellLine);
    found.put(key, r);
    return r;
  }

  private static final class SecretRecord {
    final String ruleId;
    final Severity severity;
    final String title;
    final String fingerprint;
    final String preview;
    final long line;
    final long column;
    final String detail;
    final String field;
    final long cellLine;
    long occurrences = 1;
    String pairedWith;

    SecretRecord(String ruleId, Severity severity, String title, String fingerprint, String preview,
        long line, long column, String detail, String field, long cellLine) {
      this.ruleId = ruleId;
      this.severity = severity;
      this.title = title;
      this.fingerprint = fingerprint;
      this.preview = preview;
      this.line = line;
      this.column = column;
      this.detail = detail;
      this.field = field;
      this.cellLine = cellLine;
    }

    SecretRecord shifted(long lineOffset) {
      if (lineOffset == 0) {
        return this;
      }
      SecretRecord r = new SecretRecord(ruleId, severity, title, fingerprint, preview,
          line + lineOffset, column, detail, field, cellLine);
      r.occurrences = occurrences;
      r.pairedWith = pairedWith;
      return r;
    }
  }

  private static final class PiiTally {
    final long line;
    final long column;
    final long cellLine;
    final List<String> samples = new ArrayList<>(PII_SAMPLES);
    long count;

    PiiTally(long line, long column, long cellLine) {
      this.line = line;
      this.column = column;
      this.cellLine = cellLine;
    }

    PiiTally shifted(long lineOffset) {
      if (lineOffset == 0) {
        return this;
      }
      PiiTally t = new PiiTally(line + lineOffset, column, cellLine);
      t.samples.addAll(samples);
      t.count = count;
      return t;
    }
  }

  private record PendingCandidate(String fingerprint, String preview, long line, long column,
      String field) {}

  private final class SecretSink implements SecretDetector.Sink {
    @Override
    public void secret(SecretFormat format, CharSequence text, int valueStart, int valueEnd,
        String canonical, String detail) {
      onSecret(format, text, valueStart, valueEnd, canonical, detail);
    }
  }

  private final class PiiSink implements PiiDetector.Sink {
    @Override
    public void pii(PiiType type, CharSequence text, int start, int end) {
      onPii(type, text, start, end);
    }
  }
}
