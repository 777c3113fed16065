package dev.aispm.scanners.data.text;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.DataFormat;
import dev.aispm.scanners.data.DataScanner;
import dev.aispm.scanners.data.inspect.LimitedStream;
import dev.aispm.scanners.data.inspect.ObjectInspection;
import dev.aispm.scanners.data.inspect.Origin;
import dev.aispm.scanners.data.search.AnchoredLines;
import dev.aispm.scanners.data.search.AsciiText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Secrets and personal data in plain text: logs, source files, .env files, Markdown and any other
 * text leaf that no more specific data scanner claims. Lines are read a block at a time (see
 * {@link #scanLines}); a PEM block spanning several lines is gathered by {@link PemAssembler} so
 * its body can be checked.
 */
public final class TextScanner extends DataScanner {

  /** The scanner the file-scan engine loads. */
  public TextScanner() {
    super("data-text", DataFormat.TEXT);
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    ObjectInspection inspection = new ObjectInspection(input.location(), findings);
    try {
      scanLines(input, limits, inspection);
    } finally {
      inspection.finish();
    }
  }

  /** Text is read in blocks of whole lines of about this size. */
  private static final int BLOCK = 1 << 20;

  /**
   * Scans text lines into an existing inspection; reused for content other readers give up on.
   *
   * <p>Lines are read a block at a time: one pass over the block finds the lines and the anchors
   * in them ({@link ObjectInspection#markLines}), and an ASCII line is then checked only at its
   * anchors, without being decoded. A line with other bytes is decoded and scanned as before. A
   * line too long for one piece switches the rest of the input to the line reader, which cuts
   * it into overlapping pieces.
   */
  public static void scanLines(ScanInput input, ScanLimits limits, ObjectInspection inspection)
      throws IOException {
    LimitedStream bounded = new LimitedStream(input.stream(), limits.maxBytesPerObject());
    PemAssembler pem = new PemAssembler();
    int maxLine = Math.max(limits.maxLineLength(), 2 * LineReader.OVERLAP);
    // The private-key format's anchor; should it ever change, every line goes to the assembler.
    int pemAnchor = inspection.anchorId("-----BEGIN ");
    AnchoredLines marks = new AnchoredLines();
    byte[] block = new byte[BLOCK];
    int carry = 0;
    long line = 0;
    boolean sawLongLine = false;
    while (true) {
      int filled = carry + bounded.readNBytes(block, carry, block.length - carry);
      boolean eof = filled < block.length;
      int cut = eof ? filled : lastNewline(block, filled) + 1;
      if (filled > 0 && (cut == 0 || !inspection.markLines(block, 0, cut, maxLine, marks))) {
        LineReader lines = new LineReader(new SequenceInputStream(
            new ByteArrayInputStream(block, 0, filled), bounded), limits.maxLineLength())
            .startingAtLine(line + 1);
        readLines(lines, inspection, pem);
        sawLongLine = lines.sawLongLine();
        break;
      }
      for (int j = 0; j < marks.lines() && filled > 0; j++) {
        line++;
        int start = marks.start(j);
        int length = marks.end(j) - start;
        String text = null;
        if ((marks.flags(j) & AnchoredLines.NON_ASCII) != 0) {
          text = new String(block, start, length, StandardCharsets.UTF_8);
          // Checked at the pass's anchors unless the bytes were not UTF-8 (a replacement
          // character), whose characters cannot be counted from the bytes.
          if (text.indexOf('\uFFFD') < 0) {
            inspection.inspectMarked(text, block, start, marks, j, Origin.text(line, 1));
          } else {
            inspection.inspect(text, Origin.text(line, 1));
          }
        } else {
          AsciiText view = new AsciiText(block, start, length);
          inspection.inspectMarked(view, marks, j, Origin.text(line, 1));
          // Only a line naming a PEM header, or one inside a block, concerns the assembler.
          if (pem.collecting() || pemAnchor < 0 || marks.hasHit(j, pemAnchor)) {
            text = view.toString();
          }
        }
        inspection.endRecord();
        if (text != null) {
          offer(pem, text, line, inspection);
        }
      }
      if (eof) {
        break;
      }
      carry = filled - cut;
      System.arraycopy(block, cut, block, 0, carry);
    }
    String tail = pem.flush();
    if (tail != null) {
      inspection.inspect(tail, Origin.text(pem.blockLine(), 1));
    }
    Notes.limits(inspection, bounded, sawLongLine, limits);
  }

  /** The line-by-line reading, for input with lines too long for a block. */
  private static void readLines(LineReader lines, ObjectInspection inspection, PemAssembler pem)
      throws IOException {
    while (lines.next()) {
      String text = lines.text();
      long line = lines.lineNumber();
      inspection.inspect(text, Origin.text(line, lines.columnOffset() + 1));
      inspection.endRecord();
      offer(pem, text, line, inspection);
    }
  }

  private static void offer(PemAssembler pem, String text, long line, ObjectInspection inspection) {
    String block = pem.offer(text, line);
    if (block != null) {
      inspection.inspect(block, Origin.text(pem.blockLine(), 1));
    }
  }

  private static int lastNewline(byte[] b, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
