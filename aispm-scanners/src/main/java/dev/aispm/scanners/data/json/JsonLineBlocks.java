package dev.aispm.scanners.data.json;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.inspect.ObjectInspection;
import dev.aispm.scanners.data.search.AnchoredLines;
import dev.aispm.scanners.data.text.LineReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * Scans the lines of a large JSON Lines file on every core: the input is cut into blocks of whole
 * lines, each block is scanned into its own {@link ObjectInspection} on a worker thread, and the
 * parts are merged into the object's inspection strictly in file order, with their line numbers
 * shifted. Because records never span lines, the merged findings are exactly those of one
 * sequential pass: same first positions, occurrence counts, pairings and notes.
 *
 * <p>Memory stays bounded: at most two blocks per worker are in flight. A line longer than a
 * block cannot be cut safely, so from there on the rest is scanned sequentially, in pieces.
 */
final class JsonLineBlocks {
  /** Lines are cut into blocks of about this size. */
  static final int BLOCK = Integer.getInteger("aispm.scan.block", 4 * 1024 * 1024);
  /** Workers: the cores, unless the {@code aispm.scan.threads} system property says otherwise. */
  private static final int THREADS = Math.max(1, Integer.getInteger("aispm.scan.threads",
      Runtime.getRuntime().availableProcessors()));
  private static volatile ExecutorService pool;
  /** One line table per worker thread, reused from block to block. */
  private static final ThreadLocal<AnchoredLines> MARKS = new ThreadLocal<>() {
    @Override
    protected AnchoredLines initialValue() {
      return new AnchoredLines();
    }
  };

  /** Malformed lines counted (including the ones before) and whether a line was read in pieces. */
  record Outcome(int malformed, boolean sawLongLine) {
  }

  /** One block's result: its inspection, notes, malformed-line bookkeeping and line count. */
  private record Part(ObjectInspection inspection, List<ContentFinding> notes,
      List<Boolean> noted, int malformed, long lines, boolean sawLongLine) {
  }

  private final JsonScanner scanner;
  private final ScanLimits limits;
  private final int blockSize;

  /** With a chosen block size; tests cut small inputs into many blocks. */
  JsonLineBlocks(JsonScanner scanner, ScanLimits limits, int blockSize) {
    this.scanner = scanner;
    this.limits = limits;
    this.blockSize = blockSize;
  }

  /**
   * Scans {@code in}, whose first line is line {@code firstLine}, into {@code inspection}.
   *
   * @param malformedSoFar malformed lines already seen before {@code in}
   */
  Outcome scan(InputStream in, long firstLine, ObjectInspection inspection, int malformedSoFar)
      throws IOException {
    ArrayDeque<InFlight> inflight = new ArrayDeque<>();
    // Blocks come back here once merged: a large file then touches a few blocks of fresh memory
    // instead of one per block, which the kernel would have to supply and zero page by page.
    ArrayDeque<byte[]> spare = new ArrayDeque<>();
    Merge merge = new Merge(inspection, firstLine, malformedSoFar);
    byte[] carry = new byte[0];
    try {
      while (true) {
        byte[] block = spare.isEmpty() ? new byte[blockSize] : spare.pop();
        // The carry is a partial line, shorter than a block (a block without a line end is
        // handed to the sequential reader below), so it always leaves room to read.
        System.arraycopy(carry, 0, block, 0, carry.length);
        int filled = carry.length + fill(in, block, carry.length, block.length - carry.length);
        boolean eof = filled < block.length;
        if (filled == 0) {
          drain(inflight, merge, spare);
          return new Outcome(merge.malformed, merge.sawLongLine);
        }
        int cut = eof ? filled : lastNewline(block, filled) + 1;
        if (cut == 0) {
          // No line ends in a whole block: finish in order, then read the rest in pieces.
          drain(inflight, merge, spare);
          LineReader lines = new LineReader(new SequenceInputStream(
              new ByteArrayInputStream(block, 0, filled), in), limits.maxLineLength())
              .startingAtLine(merge.nextLine);
          Outcome tail = scanner.sequential(lines, inspection, merge.malformed);
          return new Outcome(tail.malformed(), tail.sawLongLine() || merge.sawLongLine);
        }
        carry = java.util.Arrays.copyOfRange(block, cut, filled);
        int length = cut;
        // A last block with nothing before it in flight gains nothing from a worker.
        if (eof && inflight.isEmpty()) {
          merge.add(scanBlock(block, length));
        } else {
          inflight.add(new InFlight(pool().submit(new BlockScan(block, length)), block));
        }
        while (inflight.size() > 2 * THREADS || (eof && !inflight.isEmpty())) {
          mergeFirst(inflight, merge, spare);
        }
        if (eof) {
          return new Outcome(merge.malformed, merge.sawLongLine);
        }
      }
    } finally {
      for (InFlight f : inflight) {
        f.part().cancel(true);
      }
    }
  }

  /**
   * One block's scan as a task. Named classes rather than lambdas throughout the scan path: the
   * first lambda of a process costs milliseconds of linking, a noticeable share of a short scan.
   */
  private final class BlockScan implements Callable<Part> {
    private final byte[] block;
    private final int length;

    BlockScan(byte[] block, int length) {
      this.block = block;
      this.length = length;
    }

    @Override
    public Part call() {
      return scanBlock(block, length);
    }
  }

  /** Collects the notes of one block, to be replayed in order when the block is merged. */
  private static final class NoteList implements Consumer<ContentFinding> {
    final List<ContentFinding> notes = new ArrayList<>();

    @Override
    public void accept(ContentFinding note) {
      notes.add(note);
    }
  }

  /** Daemon threads: an idle pool must not keep a command-line run alive. */
  private static final class DaemonThreads implements ThreadFactory {
    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "aispm-jsonl-scan");
      t.setDaemon(true);
      return t;
    }
  }

  /** A block being scanned on a worker, and the buffer to reuse once its part is merged. */
  private record InFlight(Future<Part> part, byte[] block) {
  }

  private void mergeFirst(ArrayDeque<InFlight> inflight, Merge merge, ArrayDeque<byte[]> spare)
      throws IOException {
    InFlight first = inflight.removeFirst();
    merge.add(await(first.part()));
    spare.push(first.block());
  }

  private void drain(ArrayDeque<InFlight> inflight, Merge merge, ArrayDeque<byte[]> spare)
      throws IOException {
    while (!inflight.isEmpty()) {
      mergeFirst(inflight, merge, spare);
    }
  }

  /** Scans one block of whole lines, numbered from 1, into a fresh inspection. */
  private Part scanBlock(byte[] bytes, int length) {
    NoteList noteList = new NoteList();
    List<ContentFinding> notes = noteList.notes;
    ObjectInspection part = scanner.partInspection("", noteList);
    List<Boolean> noted = new ArrayList<>();
    int malformed = 0;
    AnchoredLines marks = MARKS.get();
    if (part.markLines(bytes, 0, length, maxLine(), marks)) {
      // The usual case: one pass found every line and anchor, and most lines need nothing more.
      // A line passed over needs no end of record either: nothing of it was recorded.
      for (int j = scanner.nextLineToScan(bytes, marks, 0, part); j < marks.lines();
          j = scanner.nextLineToScan(bytes, marks, j + 1, part)) {
        int r = scanner.scanMarkedLine(bytes, marks, j, j + 1, part, malformed);
        if (r > 0) {
          if (malformed < JsonScanner.MAX_MALFORMED_NOTES) {
            noted.add(r == 2);
          }
          malformed++;
        }
        part.endRecord();
      }
      return new Part(part, notes, noted, malformed, marks.lines(), false);
    }
    // A line too long for one piece: the line reader cuts it, as in a sequential scan.
    LineReader lines = new LineReader(new ByteArrayInputStream(bytes, 0, length),
        limits.maxLineLength());
    try {
      while (lines.next()) {
        int r = scanner.scanLine(lines, part, malformed);
        if (r > 0) {
          if (malformed < JsonScanner.MAX_MALFORMED_NOTES) {
            noted.add(r == 2);
          }
          malformed++;
        }
        part.endRecord();
      }
    } catch (IOException e) {
      // Reading from memory does not fail.
      throw new UncheckedIOException(e);
    }
    return new Part(part, notes, noted, malformed, lines.lineNumber(), lines.sawLongLine());
  }

  /** The longest line {@link LineReader} returns whole under these limits. */
  private int maxLine() {
    return Math.max(limits.maxLineLength(), 2 * LineReader.OVERLAP);
  }

  private static Part await(Future<Part> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("scan interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  /** Folds parts into the object's inspection in file order. */
  private static final class Merge {
    final ObjectInspection inspection;
    long nextLine;
    int malformed;
    boolean sawLongLine;

    Merge(ObjectInspection inspection, long firstLine, int malformedSoFar) {
      this.inspection = inspection;
      this.nextLine = firstLine;
      this.malformed = malformedSoFar;
    }

    void add(Part part) {
      long offset = nextLine - 1;
      // Replays the notes a single pass would have made: one per malformed line, up to the cap
      // counted over the whole object.
      int note = 0;
      for (boolean n : part.noted()) {
        if (n) {
          ContentFinding f = part.notes().get(note++);
          if (malformed < JsonScanner.MAX_MALFORMED_NOTES) {
            inspection.note(f.ruleId(), f.severity(), f.message(), f.line() + offset, f.column(),
                f.details());
          }
        }
        malformed++;
      }
      malformed += part.malformed() - part.noted().size();
      inspection.absorb(part.inspection(), offset);
      nextLine += part.lines();
      sawLongLine |= part.sawLongLine();
    }
  }

  /** Bytes asked of the stream per read while a block is filled. */
  private static final int READ_CHUNK = 256 * 1024;

  /**
   * Reads up to {@code length} bytes, as {@code readNBytes} does, but at most {@link #READ_CHUNK}
   * per call: a file stream copies through a native buffer of the size asked for, and a block-sized
   * one is fresh memory the kernel maps and zeroes page by page for every block; a small one is
   * reused.
   */
  private static int fill(InputStream in, byte[] b, int off, int length) throws IOException {
    int n = 0;
    while (n < length) {
      int r = in.read(b, off + n, Math.min(READ_CHUNK, length - n));
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  private static int lastNewline(byte[] b, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static ExecutorService pool() {
    ExecutorService p = pool;
    if (p == null) {
      synchronized (JsonLineBlocks.class) {
        p = pool;
        if (p == null) {
          p = Executors.newFixedThreadPool(THREADS, new DaemonThreads());
          pool = p;
        }
      }
    }
    return p;
  }
}
