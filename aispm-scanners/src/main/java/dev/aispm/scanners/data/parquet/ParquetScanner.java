package dev.aispm.scanners.data.parquet;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.data.DataFormat;
import dev.aispm.scanners.data.DataScanner;
import dev.aispm.scanners.data.inspect.LimitedStream;
import dev.aispm.scanners.data.inspect.ObjectInspection;
import dev.aispm.scanners.data.inspect.Origin;
import dev.aispm.scanners.data.text.Notes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Parquet tables, the usual format of curated training sets. Each string cell is inspected with
 * its column name as context; findings report the column as {@code field} and the 1-based row
 * number as the line (the column number is the position inside the cell). A file that breaks the
 * format or the reader's bounds gets a {@code data.malformed-parquet} finding with what was
 * found before the problem kept.
 */
public final class ParquetScanner extends DataScanner {

  /** The scanner the file-scan engine loads. */
  public ParquetScanner() {
    super("data-parquet", DataFormat.PARQUET);
  }
  /** The file breaks the Parquet format or a bound; the rest of it was not read. */
  public static final String MALFORMED = "data.malformed-parquet";
  /** Part of the file uses a codec or encoding this reader does not decode. */
  public static final String UNSUPPORTED = "data.unsupported-parquet";
  /** Files up to this size are held in memory; larger ones are copied to a temporary file. */
  private static final int MEMORY_LIMIT = 64 * 1024 * 1024;

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    ObjectInspection inspection = new ObjectInspection(input.location(), findings);
    LimitedStream bounded = new LimitedStream(input.stream(), limits.maxBytesPerObject());
    Path spool = null;
    try {
      ByteArrayOutputStream memory = new ByteArrayOutputStream();
      spool = copy(bounded, memory);
      if (spool == null) {
        byte[] bytes = memory.toByteArray();
        read(new RandomBytes.InMemory(bytes, bytes.length), limits, inspection);
      } else {
        try (FileChannel channel = FileChannel.open(spool, StandardOpenOption.READ)) {
          read(new RandomBytes.InFile(channel, channel.size()), limits, inspection);
        }
      }
    } finally {
      if (bounded.truncated()) {
        Notes.truncated(inspection, limits);
      }
      inspection.finish();
      if (spool != null) {
        Files.deleteIfExists(spool);
      }
    }
  }

  /** Copies into memory, moving to a temporary file past {@link #MEMORY_LIMIT}; returns it. */
  private static Path copy(InputStream in, ByteArrayOutputStream memory) throws IOException {
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = in.read(buf)) > 0) {
      memory.write(buf, 0, n);
      if (memory.size() > MEMORY_LIMIT) {
        Path file = Files.createTempFile("aispm-parquet-", ".spool");
        try (OutputStream out = Files.newOutputStream(file)) {
          memory.writeTo(out);
          memory.reset();
          in.transferTo(out);
        } catch (IOException e) {
          Files.deleteIfExists(file);
          throw e;
        }
        return file;
      }
    }
    return null;
  }

  private static void read(RandomBytes file, ScanLimits limits, ObjectInspection inspection)
      throws IOException {
    int maxCell = limits.maxLineLength();
    ParquetReader.CellSink sink = new ParquetReader.CellSink() {
      @Override
      public void cell(String column, long row, byte[] bytes, int offset, int length) {
        // A cell longer than a line may be is cut, as text lines are.
        String value = new String(bytes, offset, Math.min(length, maxCell), StandardCharsets.UTF_8);
        inspection.inspectNamed(column, value, Origin.value(row + 1, 1, column));
        inspection.endRecord();
      }

      @Override
      public void unsupported(String column, String reason) {
        inspection.note(UNSUPPORTED, Severity.LOW, "Parquet column " + column + ": " + reason, 0,
            0, Map.of("field", column));
      }
    };
    // Pages are bounded by the object budget too, so a small configured limit bounds memory.
    int maxPage = (int) Math.min(ParquetReader.MAX_PAGE, limits.maxBytesPerObject());
    try {
      new ParquetReader(file, maxPage, limits.maxDecompressedBytes(),
          limits.maxCompressionRatio()).read(sink);
    } catch (MalformedParquetException e) {
      inspection.note(MALFORMED, Severity.LOW, "Parquet file is malformed: " + e.getMessage()
          + "; cells after that point were not scanned", 0, 0, Map.of("reason", e.getMessage()));
    }
  }
}
