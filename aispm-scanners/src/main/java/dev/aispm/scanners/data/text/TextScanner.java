package dev.aispm.scanners.data.text;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.DataFormat;
import dev.aispm.scanners.data.inspect.LimitedStream;
import dev.aispm.scanners.data.inspect.ObjectInspection;
import dev.aispm.scanners.data.inspect.Origin;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Secrets and personal data in plain text: logs, source files, .env files, Markdown and any other
 * text leaf that no more specific data scanner claims. Lines are read one at a time; a PEM block
 * spanning several lines is gathered by {@link PemAssembler} so its body can be checked.
 */
public final class TextScanner implements ContentScanner {

  @Override
  public String name() {
    return "data-text";
  }

  /** Notes {@code data.truncated} itself when the byte budget ends the read. */
  @Override
  public boolean notesTruncation() {
    return true;
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    return DataFormat.sniff(location, head) == DataFormat.TEXT;
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

  /** Scans text lines into an existing inspection; reused for content other readers give up on. */
  public static void scanLines(ScanInput input, ScanLimits limits, ObjectInspection inspection)
      throws IOException {
    LimitedStream bounded = new LimitedStream(input.stream(), limits.maxBytesPerObject());
    LineReader lines = new LineReader(bounded, limits.maxLineLength());
    PemAssembler pem = new PemAssembler();
    while (lines.next()) {
      String text = lines.text();
      long line = lines.lineNumber();
      inspection.inspect(text, Origin.text(line, lines.columnOffset() + 1));
      inspection.endRecord();
      String block = pem.offer(text, line);
      if (block != null) {
        inspection.inspect(block, Origin.text(pem.blockLine(), 1));
      }
    }
    String tail = pem.flush();
    if (tail != null) {
      inspection.inspect(tail, Origin.text(pem.blockLine(), 1));
    }
    Notes.limits(inspection, bounded, lines, limits);
  }
}
