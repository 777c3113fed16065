package dev.aispm.scanners.data.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.data.DataFormat;
import dev.aispm.scanners.data.DataScanner;
import dev.aispm.scanners.data.inspect.LimitedStream;
import dev.aispm.scanners.data.inspect.ObjectInspection;
import dev.aispm.scanners.data.inspect.Origin;
import dev.aispm.scanners.data.search.AnchoredLines;
import dev.aispm.scanners.data.search.AsciiText;
import dev.aispm.scanners.data.text.LineReader;
import dev.aispm.scanners.data.text.Notes;
import dev.aispm.scanners.data.text.TextScanner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * JSON documents and JSON Lines (the usual shape of fine-tuning and evaluation sets). Values are
 * read with a streaming parser, so escapes are decoded and memory does not grow with the file;
 * each JSONL line is one record, and a line that does not parse is reported and then scanned as
 * raw text so that a broken record hides nothing.
 */
public final class JsonScanner extends DataScanner {
  static final int MAX_MALFORMED_NOTES = 20;
  private final JsonFactory factory = JsonFactory.builder().build();
  private final boolean personalData;
  private final int blockSize;

  /** The scanner the file-scan engine loads: secrets and personal data. */
  public JsonScanner() {
    this(true);
  }

  private JsonScanner(boolean personalData) {
    this(personalData, JsonLineBlocks.BLOCK);
  }

  private JsonScanner(boolean personalData, int blockSize) {
    super("data-json", DataFormat.JSON, DataFormat.JSONL);
    this.personalData = personalData;
    this.blockSize = blockSize;
  }

  /** A scanner cutting JSON Lines into blocks of {@code blockSize} bytes, for tests. */
  static JsonScanner withBlockSize(int blockSize) {
    return new JsonScanner(true, blockSize);
  }

  /** A scanner for secrets only, to compare like with like against secret-only tools. */
  public static JsonScanner secretsOnly() {
    return new JsonScanner(false);
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    ObjectInspection inspection = new ObjectInspection(input.location(), findings);
    if (!personalData) {
      inspection.withoutPii();
    }
    try {
      scanLinesOrDocument(input, limits, inspection);
    } finally {
      inspection.finish();
    }
  }

  /**
   * Decides by the first line: a line that is a complete value is read as JSON Lines (a one-line
   * document is then simply one record); anything else is one multi-line document.
   */
  private void scanLinesOrDocument(ScanInput input, ScanLimits limits, ObjectInspection inspection)
      throws IOException {
    LimitedStream bounded = new LimitedStream(input.stream(), limits.maxBytesPerObject());
    LineReader lines = new LineReader(bounded, limits.maxLineLength());
    if (!lines.next()) {
      return;
    }
    if (!parsesAlone(lines)) {
      // A pretty-printed document: hand the first line back and parse the whole stream.
      boolean piece = lines.isPiece();
      byte[] first = new byte[lines.length() + (piece ? 0 : 1)];
      System.arraycopy(lines.bytes(), lines.offset(), first, 0, lines.length());
      if (!piece) {
        first[first.length - 1] = '\n';
      }
      byte[] rest = lines.remainder();
      if (!dev.aispm.scanners.core.JsonText.startsAsUtf8(first)) {
        inspection.note("data.malformed-json", Severity.LOW,
            "content is not UTF-8 JSON text; scanned as text", 1, 0, Map.of());
        TextScanner.scanLines(new ScanInput(input.location(), new SequenceInputStream(
            new SequenceInputStream(new ByteArrayInputStream(first), new ByteArrayInputStream(rest)),
            bounded), -1, input.depth()), limits, inspection);
        Notes.limits(inspection, bounded, lines.sawLongLine(), limits);
        return;
      }
      scanDocument(new ScanInput(input.location(), new SequenceInputStream(
          new SequenceInputStream(new ByteArrayInputStream(first), new ByteArrayInputStream(rest)),
          bounded), input.sizeHint(), input.depth()), limits, inspection, bounded);
      return;
    }
    int malformed = scanLine(lines, inspection, 0) > 0 ? 1 : 0;
    inspection.endRecord();
    JsonLineBlocks.Outcome rest;
    if (!lines.isPiece()) {
      // The rest is cut into blocks of whole lines, scanned in parallel and merged in order.
      InputStream tail = new SequenceInputStream(new ByteArrayInputStream(lines.remainder()),
          bounded);
      rest = new JsonLineBlocks(this, limits, blockSize).scan(tail, lines.lineNumber() + 1, inspection,
          malformed);
    } else {
      rest = sequential(lines, inspection, malformed);
    }
    malformed = rest.malformed();
    if (malformed > MAX_MALFORMED_NOTES) {
      inspection.note("data.malformed-json", Severity.LOW, malformed + " lines were not valid JSON"
          + " and were scanned as text", 0, 0, Map.of("count", Integer.toString(malformed)));
    }
    Notes.limits(inspection, bounded, rest.sawLongLine() || lines.sawLongLine(), limits);
  }

  /** Scans the remaining lines one after the other into {@code inspection}. */
  JsonLineBlocks.Outcome sequential(LineReader lines, ObjectInspection inspection,
      int malformedSoFar) throws IOException {
    int malformed = malformedSoFar;
    while (lines.next()) {
      if (scanLine(lines, inspection, malformed) > 0) {
        malformed++;
      }
      inspection.endRecord();
    }
    return new JsonLineBlocks.Outcome(malformed, lines.sawLongLine());
  }

  /** A fresh inspection configured like this scanner's, for part of an object. */
  ObjectInspection partInspection(String location, java.util.function.Consumer<ContentFinding> notes) {
    ObjectInspection part = new ObjectInspection(location, notes);
    return personalData ? part : part.withoutPii();
  }

  private boolean parsesAlone(LineReader lines) {
    try (JsonParser p = factory.createParser(lines.bytes(), lines.offset(), lines.length())) {
      while (p.nextToken() != null) {
        // Reading to the end is the check.
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Scans one JSONL line; returns 0 if it was valid, 1 if malformed, 2 if malformed and noted
   * (at most {@link #MAX_MALFORMED_NOTES} notes, counting {@code malformedSoFar}).
   *
   * <p>Most lines are scanned as raw JSON text, which the detectors read directly: token formats
   * never contain a backslash, quotes and {@code \n} escapes are understood where a value starts
   * or ends, and a field's name precedes its value on the line. Only lines with escapes that can
   * disguise a secret ({@code \u0041KIA...}, {@code \/}, {@code \\}) or that do not look like one
   * JSON value are decoded by the parser first. This skips most of the parsing cost, which
   * otherwise dominates a scan of a large training set.
   */
  int scanLine(LineReader lines, ObjectInspection inspection, int malformedSoFar) {
    return scanLine(lines.bytes(), lines.offset(), lines.length(), lines.lineNumber(),
        lines.columnOffset(), lines.isPiece(), inspection, malformedSoFar);
  }

  /**
   * Scans whole line {@code line} of a block whose lines and anchors were found in one pass
   * ({@link ObjectInspection#markLines}): a line that is one JSON value without a risky escape is
   * checked only at its anchors (an ASCII line in place, one with other text decoded once); any
   * other line is scanned like one from a {@link LineReader}. Returns what
   * {@link #scanLine(LineReader, ObjectInspection, int)} does.
   */
  int scanMarkedLine(byte[] b, AnchoredLines marks, int line, long lineNumber,
      ObjectInspection inspection, int malformedSoFar) {
    int from = marks.start(line);
    int length = marks.end(line) - from;
    int flags = marks.flags(line);
    if ((flags & AnchoredLines.RISKY_ESCAPE) == 0 && isOneValue(b, from, from + length)) {
      // A line with no anchor kept holds no secret, so only personal data could be found in it.
      boolean anchors = marks.firstHit(line) < marks.endHit(line);
      if (!anchors && !inspection.detectsPersonalData()) {
        return 0;
      }
      if (flags == 0) {
        inspection.inspectMarked(new AsciiText(b, from, length), marks, line,
            Origin.value(lineNumber, 1, null));
        return 0;
      }
      // Non-ASCII text: decoded once (columns count characters) and checked at its anchors. A
      // replacement character means bytes that were not UTF-8, whose characters cannot be
      // counted from the bytes; such a line is read as text like any other.
      String text = utf8(b, from, length);
      if (text.indexOf('\uFFFD') < 0) {
        inspection.inspectMarked(text, b, from, marks, line, Origin.value(lineNumber, 1, null));
        return 0;
      }
    }
    return scanLine(b, from, length, lineNumber, 0, false, inspection, malformedSoFar);
  }

  /**
   * The first line from {@code j} on in which {@link #scanMarkedLine} has anything to do, or
   * {@code marks.lines()}. Without personal data, a line that is one JSON value, holds no escape
   * that needs decoding and kept no anchor holds nothing to find; most lines of a training set
   * are such lines, and one loop over the line table passes them instead of a call per line.
   */
  int nextLineToScan(byte[] b, AnchoredLines marks, int j, ObjectInspection inspection) {
    if (inspection.detectsPersonalData()) {
      return j;
    }
    int n = marks.lines();
    while (j < n && (marks.flags(j) & AnchoredLines.RISKY_ESCAPE) == 0
        && marks.firstHit(j) == marks.endHit(j) && isOneValue(b, marks.start(j), marks.end(j))) {
      j++;
    }
    return j;
  }

  private int scanLine(byte[] b, int from, int length, long lineNumber, long columnOffset,
      boolean piece, ObjectInspection inspection, int malformedSoFar) {
    if (isBlank(b, from, length)) {
      return 0;
    }
    int raw = columnOffset == 0 && !piece ? rawIsEnough(b, from, length) : RAW_NO;
    if (raw != RAW_NO) {
      // An ASCII line is read in place; byte and character positions then agree.
      CharSequence text = raw == RAW_ASCII
          ? new AsciiText(b, from, length) : utf8(b, from, length);
      inspection.inspect(text, Origin.value(lineNumber, 1, null));
      return 0;
    }
    JsonValueWalker walker = new JsonValueWalker(inspection);
    try (JsonParser p = factory.createParser(b, from, length)) {
      walker.walk(p, lineNumber - 1, columnOffset, -1);
      return 0;
    } catch (IOException e) {
      boolean noted = malformedSoFar < MAX_MALFORMED_NOTES && columnOffset == 0;
      if (noted) {
        JsonLocation loc = e instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
        inspection.note("data.malformed-json", Severity.LOW, "line is not valid JSON; scanned as text",
            lineNumber, loc == null ? 0 : Math.max(0, loc.getColumnNr()), Map.of());
      }
      inspection.inspect(utf8(b, from, length), Origin.text(lineNumber, columnOffset + 1));
      return noted ? 2 : 1;
    }
  }

  private static String utf8(byte[] b, int from, int length) {
    return new String(b, from, length, StandardCharsets.UTF_8);
  }

  private static final int RAW_NO = 0;
  private static final int RAW_ASCII = 1;
  private static final int RAW_TEXT = 2;

  /**
   * Whether a line looks like one JSON value and holds no escape that could hide a secret
   * ({@link #RAW_ASCII} or {@link #RAW_TEXT}, telling whether it is pure ASCII), else
   * {@link #RAW_NO}. One pass over the bytes answers both.
   */
  private static int rawIsEnough(byte[] b, int offset, int length) {
    int from = offset;
    int to = offset + length;
    while (from < to && (b[from] == ' ' || b[from] == '\t')) {
      from++;
    }
    while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t' || b[to - 1] == '\r')) {
      to--;
    }
    if (!isOneValue(b, from, to)) {
      return RAW_NO;
    }
    // Blanks around the value are ASCII; only the bytes between the brackets need checking.
    int high = 0;
    for (int i = from; i < to - 1; i++) {
      byte c = b[i];
      high |= c;
      if (c == '\\') {
        byte e = b[i + 1];
        if (e == 'u' || e == '/' || e == '\\') {
          return RAW_NO;
        }
        high |= e;
        i++;
      }
    }
    return high < 0 ? RAW_TEXT : RAW_ASCII;
  }

  /**
   * Whether {@code b[from, to)}, blanks around it aside, is bracketed like one JSON object or
   * array; a line that is not is handed to the parser, which decides.
   */
  private static boolean isOneValue(byte[] b, int from, int to) {
    while (from < to && (b[from] == ' ' || b[from] == '\t')) {
      from++;
    }
    while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t' || b[to - 1] == '\r')) {
      to--;
    }
    return to - from >= 2
        && ((b[from] == '{' && b[to - 1] == '}') || (b[from] == '[' && b[to - 1] == ']'));
  }

  private static boolean isBlank(byte[] b, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private void scanDocument(ScanInput input, ScanLimits limits, ObjectInspection inspection,
      LimitedStream bounded) throws IOException {
    JsonParser p = factory.createParser(input.stream());
    try {
      new JsonValueWalker(inspection).walk(p, 0, 0, 1);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      long line = loc == null ? 0 : loc.getLineNr();
      inspection.note("data.malformed-json", Severity.LOW,
          "document is not valid JSON from here on; the rest was scanned as text",
          Math.max(0, line), loc == null ? 0 : Math.max(0, loc.getColumnNr()), Map.of());
      ByteArrayOutputStream buffered = new ByteArrayOutputStream();
      p.releaseBuffered(buffered);
      TextScanner.scanLines(new ScanInput(input.location(), new SequenceInputStream(
          new ByteArrayInputStream(buffered.toByteArray()), input.stream()), -1, input.depth()),
          limits, inspection);
    } finally {
      p.close();
    }
    if (bounded.truncated()) {
      Notes.truncated(inspection, limits);
    }
  }
}
