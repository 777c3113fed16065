package dev.aispm.scanners.files;

import dev.aispm.scanners.archive.ContainerFormat;
import dev.aispm.scanners.archive.CountingInputStream;
import dev.aispm.scanners.archive.CrcCheckingInputStream;
import dev.aispm.scanners.archive.GuardedInputStream;
import dev.aispm.scanners.archive.ScanLimitException;
import dev.aispm.scanners.archive.ZipAnomaly;
import dev.aispm.scanners.archive.ZipReader;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import io.airlift.compress.zstd.ZstdInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Scans content of any shape with every registered {@link ContentScanner}: it identifies each
 * input by its bytes, unwraps zip, tar, gzip, bzip2, xz and zstd containers recursively within the
 * {@link ScanLimits}, and offers each leaf to the scanners whose {@code accepts} says yes.
 *
 * <p>This is the one entry point both the {@code scan-files} command and cloud collectors use:
 * {@link #scan(InputStream, String)} takes a stream and a display location, so an object streamed
 * from a bucket is scanned exactly like a local file. Nothing in the content can make a scan
 * throw: malformed input, bombs and limits become findings, and findings made before a failure
 * are kept.
 */
public final class ContentScanEngine {
  /** Bytes of a leaf shown to {@link ContentScanner#accepts}; the contract promises 64 KiB. */
  public static final int HEAD_BYTES = 64 * 1024;
  /** Content copied for re-reading stays in memory up to this size, beyond it in a temp file. */
  private static final int MEMORY_SPOOL_LIMIT = 32 * 1024 * 1024;

  /** The content is a compression bomb: it expands past a limit or ratio. */
  public static final String ARCHIVE_BOMB = "archive.bomb";
  /** An archive member's name climbs out of the extraction folder. */
  public static final String PATH_TRAVERSAL = "archive.path-traversal";
  /** A container format that is recognised but cannot be opened here; its content is unscanned. */
  public static final String UNSUPPORTED_FORMAT = "archive.unsupported-format";
  /** A file that is both a zip (read from its end) and something else (read from its start). */
  public static final String POLYGLOT = "archive.zip.polyglot";
  /** A zip member whose CRC does not match its bytes. */
  public static final String CRC_MISMATCH = "archive.zip.crc-mismatch";

  private final List<ContentScanner> scanners;
  private final ScanLimits limits;

  public ContentScanEngine(List<ContentScanner> scanners, ScanLimits limits) {
    this.scanners = List.copyOf(scanners);
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * An engine with the scanners this module ships, made without a {@link ServiceLoader} lookup:
   * that lookup opens every jar on the class path, which in the application (a few hundred jars)
   * costs a command-line scan more than scanning a small file. The list is the one registered in
   * this module's {@code META-INF/services}; a test keeps the two the same.
   */
  public static ContentScanEngine withBuiltInScanners(ScanLimits limits) {
    return new ContentScanEngine(List.of(
        new dev.aispm.scanners.model.pickle.PickleScanner(),
        new dev.aispm.scanners.model.numpy.NumpyScanner(),
        new dev.aispm.scanners.model.safetensors.SafetensorsScanner(),
        new dev.aispm.scanners.model.gguf.GgufScanner(),
        new dev.aispm.scanners.model.keras.KerasConfigScanner(),
        new dev.aispm.scanners.model.hdf5.EmbeddedKerasConfigScanner(),
        new dev.aispm.scanners.model.onnx.OnnxScanner(),
        new dev.aispm.scanners.model.savedmodel.SavedModelScanner(),
        new dev.aispm.scanners.data.text.TextScanner(),
        new dev.aispm.scanners.data.csv.CsvScanner(),
        new dev.aispm.scanners.data.json.JsonScanner(),
        new dev.aispm.scanners.data.notebook.NotebookScanner(),
        new dev.aispm.scanners.data.parquet.ParquetScanner()), limits);
  }

  /** An engine with every scanner registered through {@link ServiceLoader}. */
  public static ContentScanEngine withInstalledScanners(ScanLimits limits) {
    List<ContentScanner> found = new ArrayList<>();
    ServiceLoader.load(ContentScanner.class, ContentScanEngine.class.getClassLoader())
        .forEach(found::add);
    return new ContentScanEngine(found, limits);
  }

  /** The same scanners under other limits, e.g. those given on the command line. */
  public ContentScanEngine withLimits(ScanLimits newLimits) {
    return new ContentScanEngine(scanners, newLimits);
  }

  /** The same limits with more scanners, e.g. a per-input inventory's. */
  public ContentScanEngine withExtraScanners(List<ContentScanner> extra) {
    List<ContentScanner> all = new ArrayList<>(scanners);
    all.addAll(extra);
    return new ContentScanEngine(all, limits);
  }

  /** The scanners this engine runs. */
  public List<ContentScanner> scanners() {
    return scanners;
  }

  /** The limits this engine applies. */
  public ScanLimits limits() {
    return limits;
  }

  /**
   * Scans one stream, e.g. an object read from cloud storage, and returns what was found. The
   * stream is read at most {@code maxBytesPerObject} far and is not closed.
   *
   * @param location how findings should name the content, e.g. {@code s3://bucket/model.pt}
   */
  public List<ContentFinding> scan(InputStream in, String location) {
    List<ContentFinding> out = new ArrayList<>();
    InputStream unclosed = new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller owns the stream
      }
    };
    try {
      process(new Blob.StreamBlob(location, -1, unclosed), 0, new Session(out::add));
    } catch (IOException e) {
      out.add(ModelFindings.unparseable("content", location, "read failed: " + e.getMessage()));
    }
    return out;
  }

  /**
   * Scans one source, reporting findings as they are made.
   *
   * @throws IOException only when the source cannot be opened at all
   */
  public void scan(ContentSource source, Consumer<ContentFinding> findings) throws IOException {
    // Plain branches rather than Optional's lambdas, here and on the rest of a scan's path: the
    // first lambda a process links costs milliseconds, a noticeable share of a one-file scan.
    java.nio.file.Path local = source.localPath().orElse(null);
    Blob blob = local != null ? new Blob.FileBlob(source.location(), local)
        : new Blob.SourceBlob(source);
    process(blob, 0, new Session(findings));
  }

  /** Per-input state: where findings go and how much all nested containers have expanded. */
  private static final class Session {
    final Consumer<ContentFinding> sink;
    final AtomicLong decompressed = new AtomicLong();
    /** Limits already reported: a stream rethrows the same limit to every later reader. */
    final java.util.Set<ScanLimitException> reportedLimits =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Session(Consumer<ContentFinding> sink) {
      this.sink = sink;
    }
  }

  private void process(Blob blob, int depth, Session session) throws IOException {
    String location = blob.location();
    if (depth > limits.maxNestingDepth()) {
      session.sink.accept(ModelFindings.limitExceeded("archive", location, "maxNestingDepth",
          "containers nested more than " + limits.maxNestingDepth() + " deep are not opened"));
      return;
    }
    InputStream raw;
    try {
      raw = blob.open();
    } catch (IOException | UncheckedIOException e) {
      if (depth == 0) {
        throw e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      }
      session.sink.accept(ModelFindings.unparseable("archive member", location,
          "could not be opened: " + message(e)));
      return;
    }
    // Ends cleanly at the budget rather than failing mid-read, so a scanner still reports what
    // it found in the part it read; the cut is reported below.
    GuardedInputStream guard = GuardedInputStream.truncating(raw, limits.maxBytesPerObject());
    // Whether a cut at the budget is already reported, or does not apply, so the engine adds none.
    boolean notedByScanners = false;
    try (BufferedInputStream in = new BufferedInputStream(guard, HEAD_BYTES + 1)) {
      byte[] head = readHead(in);
      ContainerFormat format = ContainerFormat.sniff(head);
      switch (format) {
        // A zip read from its file has only its head read through the guard: the budget
        // applies to its members, not to the archive.
        case ZIP -> notedByScanners = unzip(blob, in, depth, session);
        case GZIP, BZIP2, XZ, ZSTD -> decompress(format, location, in, depth, session);
        case TAR -> {
          // A source read by ranges walks the headers and fetches only the members scanned;
          // a stream has to be read through, members and all.
          SeekableByteChannel headers = blob instanceof Blob.SourceBlob ? blob.channel() : null;
          if (headers != null) {
            try (SeekableByteChannel ch = headers) {
              untarByHeaders(location, ch, depth, session);
            }
          } else {
            untar(location, in, depth, session);
          }
        }
        case SEVEN_ZIP -> session.sink.accept(ModelFindings.finding(UNSUPPORTED_FORMAT,
            Severity.LOW, format.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + " container cannot be opened by this scanner, so its content was not checked",
            location, "format", format.name()));
        case NONE -> notedByScanners = leaf(blob, in, head, depth, session);
      }
    } catch (ScanLimitException e) {
      reportLimit(location, e, session);
    } catch (IOException e) {
      session.sink.accept(ModelFindings.unparseable("content", location, message(e)));
    } catch (RuntimeException | StackOverflowError e) {
      session.sink.accept(ModelFindings.unparseable("content", location,
          "scanning failed: " + message(e)));
    }
    if (guard.tripped() != null && !notedByScanners) {
      reportLimit(location, guard.tripped(), session);
    }
  }

  /** Returns whether every scanner that read the leaf notes a truncation itself. */
  private boolean leaf(Blob blob, BufferedInputStream in, byte[] head, int depth, Session session)
      throws IOException {
    String location = blob.location();
    if (blob instanceof Blob.FileBlob && polyglotZip(blob, head, depth, session)) {
      session.sink.accept(ModelFindings.finding(POLYGLOT, Severity.MEDIUM,
          "File starts as one format but ends with a zip directory; loaders that read either end"
              + " see different content, so both were scanned", location));
    }
    List<ContentScanner> accepting = new ArrayList<>();
    for (ContentScanner scanner : scanners) {
      try {
        if (scanner.accepts(location, head)) {
          accepting.add(scanner);
        }
      } catch (RuntimeException e) {
        session.sink.accept(ModelFindings.unparseable(scanner.name(), location,
            "scanner rejected the content: " + message(e)));
      }
    }
    if (accepting.isEmpty()) {
      return false;
    }
    boolean noted = true;
    for (ContentScanner scanner : accepting) {
      noted &= scanner.notesTruncation();
    }
    if (accepting.size() == 1) {
      runScanner(accepting.get(0), location, in, blob.size(), depth, session);
      return noted;
    }
    Blob source = blob;
    Spooled spooled = null;
    InputStream first = in;
    if (!blob.reopenable()) {
      spooled = spool(location, in);
      source = spooled.blob;
      first = source.open();
    }
    try {
      for (int i = 0; i < accepting.size(); i++) {
        InputStream stream = i == 0 ? first : guardedReopen(source);
        try (InputStream s = stream) {
          runScanner(accepting.get(i), location, s, source.size(), depth, session);
        }
      }
    } finally {
      if (spooled != null) {
        spooled.delete();
      }
    }
    return noted;
  }

  /**
   * The per-object bound of the guards inside containers, one byte above the budget: the
   * truncating guard that {@link #process} puts around every leaf enforces the budget itself
   * (reading one byte past it to tell a cut from an exact end), so the inner guards judge only
   * bombs and do not fail that probe.
   */
  private long innerByteLimit() {
    long max = limits.maxBytesPerObject();
    return max == Long.MAX_VALUE ? max : max + 1;
  }

  private InputStream guardedReopen(Blob source) throws IOException {
    return GuardedInputStream.truncating(source.open(), limits.maxBytesPerObject());
  }

  private void runScanner(ContentScanner scanner, String location, InputStream in, long size,
      int depth, Session session) {
    try {
      scanner.scan(new ScanInput(location, in, size, depth), limits, session.sink);
    } catch (ScanLimitException e) {
      reportLimit(location, e, session);
    } catch (IOException e) {
      session.sink.accept(ModelFindings.unparseable(scanner.name(), location,
          "read failed: " + message(e)));
    } catch (RuntimeException | StackOverflowError e) {
      session.sink.accept(ModelFindings.unparseable(scanner.name(), location,
          "scanner failed: " + message(e)));
    }
  }

  /** A file that does not start like a zip but ends with a zip directory is read both ways. */
  private boolean polyglotZip(Blob blob, byte[] head, int depth, Session session)
      throws IOException {
    if (blob.size() < 22) {
      return false;
    }
    try (SeekableByteChannel channel = blob.channel()) {
      if (channel == null || !ZipReader.hasEndRecord(channel)) {
        return false;
      }
      ZipReader.Listing listing = ZipReader.list(channel, limits.maxArchiveEntries());
      if (listing.entries().isEmpty()) {
        return false;
      }
      scanZipEntries(blob.location(), channel, listing, depth, session);
      return true;
    }
  }

  /** Returns whether the archive was read from its file rather than through the stream. */
  private boolean unzip(Blob blob, BufferedInputStream in, int depth, Session session)
      throws IOException {
    SeekableByteChannel direct = blob.channel();
    boolean randomAccess = direct != null;
    Spooled spooled = null;
    if (direct == null) {
      spooled = spool(blob.location(), in);
      direct = spooled.blob.channel();
    }
    try (SeekableByteChannel channel = direct) {
      ZipReader.Listing listing = ZipReader.list(channel, limits.maxArchiveEntries());
      scanZipEntries(blob.location(), channel, listing, depth, session);
    } finally {
      if (spooled != null) {
        spooled.delete();
      }
    }
    return randomAccess;
  }

  private void scanZipEntries(String location, SeekableByteChannel channel,
      ZipReader.Listing listing, int depth, Session session) throws IOException {
    for (ZipAnomaly anomaly : listing.anomalies()) {
      String where = anomaly.entry().isEmpty() ? location : location + "!/" + anomaly.entry();
      session.sink.accept(ModelFindings.finding(anomaly.ruleId(),
          anomaly.level() == ZipAnomaly.Level.MEDIUM ? Severity.MEDIUM : Severity.LOW,
          "Zip archive oddity: " + anomaly.message(), where));
    }
    if (listing.truncated()) {
      session.sink.accept(ModelFindings.limitExceeded("zip", location, "maxArchiveEntries",
          "only the first " + limits.maxArchiveEntries() + " entries were scanned"));
    }
    checkDeclaredExpansion(location, listing, session);
    for (ZipReader.Entry entry : listing.entries()) {
      if (entry.directory()) {
        continue;
      }
      String member = location + "!/" + entry.name();
      checkEntryName(entry.name(), member, session);
      process(new GuardedZipEntry(member, channel, entry, session), depth + 1, session);
    }
  }

  /**
   * Judges a zip by what its headers declare, before anything is expanded: members that claim to
   * expand past the ratio, a total past the budget, or members sharing compressed bytes (the
   * overlapping-entry bomb). Members no scanner reads in full are never expanded, so this is
   * what reports them.
   */
  private void checkDeclaredExpansion(String location, ZipReader.Listing listing,
      Session session) {
    long declaredTotal = 0;
    List<long[]> ranges = new ArrayList<>();
    for (ZipReader.Entry e : listing.entries()) {
      if (!e.view().equals("central") && !e.view().equals("local")) {
        continue;
      }
      declaredTotal += Math.max(0, e.size());
      if (e.method() != 0 && e.size() > (1 << 20)
          && e.size() / Math.max(1, e.compressedSize()) > limits.maxCompressionRatio()) {
        session.sink.accept(ModelFindings.finding(ARCHIVE_BOMB, Severity.HIGH,
            "Zip member declares " + e.size() + " bytes from " + e.compressedSize()
                + " compressed, past the ratio limit of " + limits.maxCompressionRatio(),
            location + "!/" + e.name(), "limit", "maxCompressionRatio"));
      }
      if (e.compressedSize() > 0) {
        ranges.add(new long[] {e.dataOffset(), e.dataOffset() + e.compressedSize()});
      }
    }
    if (declaredTotal > limits.maxDecompressedBytes()) {
      session.sink.accept(ModelFindings.finding(ARCHIVE_BOMB, Severity.HIGH,
          "Zip declares " + declaredTotal + " bytes of content, past the limit of "
              + limits.maxDecompressedBytes(), location, "limit", "maxDecompressedBytes"));
    }
    ranges.sort(java.util.Comparator.comparingLong(r -> r[0]));
    int overlaps = 0;
    for (int i = 1; i < ranges.size(); i++) {
      if (ranges.get(i)[0] < ranges.get(i - 1)[1]) {
        overlaps++;
      }
    }
    if (overlaps > 0) {
      session.sink.accept(ModelFindings.finding(ARCHIVE_BOMB, Severity.HIGH,
          overlaps + " zip member(s) share compressed bytes with another, the overlapping-entry"
              + " bomb layout", location, "limit", "overlappingEntries"));
    }
  }

  /**
   * A zip member whose stream counts toward the input's decompression budget and ratio, and
   * whose CRC is checked when read to the end.
   */
  private final class GuardedZipEntry implements Blob {
    private final String location;
    private final SeekableByteChannel channel;
    private final ZipReader.Entry entry;
    private final Session session;
    private boolean crcReported;

    GuardedZipEntry(String location, SeekableByteChannel channel, ZipReader.Entry entry,
        Session session) {
      this.location = location;
      this.channel = channel;
      this.entry = entry;
      this.session = session;
    }

    @Override
    public String location() {
      return location;
    }

    @Override
    public long size() {
      return entry.size();
    }

    @Override
    public boolean reopenable() {
      return true;
    }

    @Override
    public InputStream open() throws IOException {
      CountingInputStream[] counter = new CountingInputStream[1];
      InputStream raw = ZipReader.openEntry(channel, entry, counter);
      CountingInputStream compressed = counter[0];
      InputStream guarded = new GuardedInputStream(raw, innerByteLimit(),
          session.decompressed, limits.maxDecompressedBytes(),
          entry.method() == 0 ? null : compressed::count, limits.maxCompressionRatio());
      return new CrcCheckingInputStream(guarded, entry.crc(), () -> {
        if (!crcReported) {
          crcReported = true;
          session.sink.accept(ModelFindings.finding(CRC_MISMATCH, Severity.LOW,
              "Zip member's CRC does not match its bytes; loaders that ignore CRCs still load it",
              location, "expectedCrc", Long.toHexString(entry.crc())));
        }
      });
    }
  }

  private void checkEntryName(String name, String member, Session session) {
    String n = name.replace('\\', '/');
    boolean escapes = n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..")
        || n.startsWith("../") || n.contains("/../") || n.endsWith("/..");
    if (escapes) {
      session.sink.accept(ModelFindings.finding(PATH_TRAVERSAL, Severity.MEDIUM,
          "Archive member name '" + name + "' points outside the extraction folder", member,
          "entry", name));
    }
  }

  private void decompress(ContainerFormat format, String location, InputStream in, int depth,
      Session session) throws IOException {
    CountingInputStream compressed = new CountingInputStream(in);
    InputStream decoded;
    String suffix;
    switch (format) {
      case GZIP -> {
        GzipCompressorInputStream gz = new GzipCompressorInputStream(compressed, true);
        String original = gz.getMetaData().getFileName();
        decoded = gz;
        suffix = original == null || original.isBlank() ? stripExtension(location) : original;
      }
      case BZIP2 -> {
        decoded = new BZip2CompressorInputStream(compressed, true);
        suffix = stripExtension(location);
      }
      case ZSTD -> {
        // Every frame of the stream in turn, as zstd's own tool does; bounded below like gzip.
        decoded = new ZstdInputStream(compressed);
        suffix = stripExtension(location);
      }
      default -> {
        decoded = new XZCompressorInputStream(compressed, true);
        suffix = stripExtension(location);
      }
    }
    InputStream guarded = new GuardedInputStream(decoded, innerByteLimit(),
        session.decompressed, limits.maxDecompressedBytes(), compressed::count,
        limits.maxCompressionRatio());
    process(new Blob.StreamBlob(location + "!/" + suffix, -1, guarded), depth + 1, session);
  }

  private void untar(String location, InputStream in, int depth, Session session)
      throws IOException {
    TarArchiveInputStream tar = new TarArchiveInputStream(in);
    int count = 0;
    TarArchiveEntry entry;
    while ((entry = tar.getNextEntry()) != null) {
      String member = location + "!/" + entry.getName();
      if (entry.isSymbolicLink() || entry.isLink()) {
        checkEntryName(entry.getLinkName(), member, session);
        continue;
      }
      if (!entry.isFile()) {
        continue;
      }
      if (++count > limits.maxArchiveEntries()) {
        session.sink.accept(ModelFindings.limitExceeded("tar", location, "maxArchiveEntries",
            "only the first " + limits.maxArchiveEntries() + " entries were scanned"));
        return;
      }
      checkEntryName(entry.getName(), member, session);
      InputStream shielded = new FilterInputStream(tar) {
        @Override
        public void close() {
          // the tar stream moves on to the next member; closing is the archive's job
        }
      };
      process(new Blob.StreamBlob(member, entry.getSize(), shielded), depth + 1, session);
    }
  }

  /**
   * A tar read by its 512-byte headers through random access: each member is a range of the
   * channel, opened only when scanned, and the bytes between headers are never read. GNU long
   * names and PAX {@code path} records name the member that follows them.
   */
  private void untarByHeaders(String location, SeekableByteChannel ch, int depth, Session session)
      throws IOException {
    long pos = 0;
    int count = 0;
    String longName = null;
    long size = ch.size();
    while (pos + 512 <= size) {
      byte[] header = readRange(ch, pos, 512);
      if (header.length < 512 || allZero(header)) {
        return;
      }
      TarArchiveEntry entry = new TarArchiveEntry(header);
      long length = Math.max(0, entry.getSize());
      long data = pos + 512;
      long next = data + (length + 511) / 512 * 512;
      if (entry.isGNULongNameEntry() || entry.isPaxHeader()) {
        String text = new String(readRange(ch, data, (int) Math.min(length, 64 * 1024)),
            java.nio.charset.StandardCharsets.UTF_8);
        longName = entry.isGNULongNameEntry() ? text.replace("\0", "") : paxPath(text, longName);
        pos = next;
        continue;
      }
      String name = longName != null ? longName : entry.getName();
      longName = null;
      pos = next;
      String member = location + "!/" + name;
      if (entry.isSymbolicLink() || entry.isLink()) {
        checkEntryName(entry.getLinkName(), member, session);
        continue;
      }
      if (!entry.isFile() || entry.isGlobalPaxHeader()) {
        continue;
      }
      if (++count > limits.maxArchiveEntries()) {
        session.sink.accept(ModelFindings.limitExceeded("tar", location, "maxArchiveEntries",
            "only the first " + limits.maxArchiveEntries() + " entries were scanned"));
        return;
      }
      checkEntryName(name, member, session);
      process(new Blob.RangeBlob(member, ch, data, Math.min(length, Math.max(0, size - data))), depth + 1,
          session);
    }
  }

  private static String paxPath(String records, String fallback) {
    for (String line : records.split("\n")) {
      int space = line.indexOf(' ');
      String record = space < 0 ? line : line.substring(space + 1);
      if (record.startsWith("path=")) {
        return record.substring("path=".length());
      }
    }
    return fallback;
  }

  private static byte[] readRange(SeekableByteChannel ch, long offset, int length) throws IOException {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(length);
    synchronized (ch) {
      ch.position(offset);
      while (buf.hasRemaining() && ch.read(buf) > 0) {
        // read on
      }
    }
    return java.util.Arrays.copyOf(buf.array(), buf.position());
  }

  private static boolean allZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  /** Content copied so it can be read more than once or randomly. */
  private record Spooled(Blob blob, Path file) {
    void delete() {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          file.toFile().deleteOnExit();
        }
      }
    }
  }

  private Spooled spool(String location, InputStream in) throws IOException {
    ByteArrayOutputStream memory = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = in.read(buf)) > 0) {
      memory.write(buf, 0, n);
      if (memory.size() > MEMORY_SPOOL_LIMIT) {
        Path file = Files.createTempFile("aispm-scan-", ".spool");
        try (OutputStream out = Files.newOutputStream(file)) {
          memory.writeTo(out);
          memory = null;
          in.transferTo(out);
        } catch (IOException e) {
          Files.deleteIfExists(file);
          throw e;
        }
        return new Spooled(new Blob.FileBlob(location, file), file);
      }
    }
    return new Spooled(new Blob.BytesBlob(location, memory.toByteArray()), null);
  }

  private void reportLimit(String location, ScanLimitException e, Session session) {
    if (!session.reportedLimits.add(e)) {
      return;
    }
    if (e.bomb()) {
      session.sink.accept(ModelFindings.finding(ARCHIVE_BOMB, Severity.HIGH,
          "Compressed content expands like a decompression bomb (" + e.getMessage()
              + "); it was not unpacked further", location, "limit", e.limit()));
    } else {
      session.sink.accept(ModelFindings.limitExceeded("content", location, e.limit(),
          e.getMessage()));
    }
  }

  private static byte[] readHead(BufferedInputStream in) throws IOException {
    in.mark(HEAD_BYTES + 1);
    byte[] head = in.readNBytes(HEAD_BYTES);
    in.reset();
    return head;
  }

  private static String stripExtension(String location) {
    int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
    String name = location.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name + ".decompressed";
  }

  private static String message(Throwable e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
      // A parser's message quotes the offending token, which may be a secret.
      return ModelFindings.jsonProblem(json);
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
