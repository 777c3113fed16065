package dev.aispm.bench.scanners;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.files.ContentScanEngine;
import dev.aispm.scanners.files.LocalFileResolver;
import dev.aispm.scanners.files.ContentSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

/**
 * Measures model-scan throughput against the speed of merely reading the same bytes, so a
 * performance claim is a number anyone can reproduce rather than a timed unit test. It writes a
 * mixed corpus (PyTorch zip checkpoints, large and opcode-heavy pickles, safetensors, GGUF, NumPy
 * and gzip-wrapped pickles) into a temp folder, reads it all once, scans it all, and prints both
 * rates and their ratio.
 *
 * <p>Usage: {@code ModelScanBenchmark [--size-mb 1024] [--dir PATH] [--keep]}.
 */
public final class ModelScanBenchmark {
  private static final int MB = 1024 * 1024;

  private ModelScanBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  /** Generates the corpus, measures, prints, and deletes the corpus unless {@code --keep}. */
  public static void run(String[] args, PrintStream out) throws IOException {
    long sizeMb = 1024;
    Path dir = null;
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--size-mb" -> sizeMb = Long.parseLong(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--keep" -> keep = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path root = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("aispm-bench-");
    try {
      out.printf(Locale.ROOT, "Generating %d MB of model files in %s ...%n", sizeMb, root);
      long generated = Corpus.generate(root, sizeMb * MB);
      List<Path> files = listFiles(root);
      out.printf(Locale.ROOT, "%d files, %.1f MB%n", files.size(), generated / (double) MB);

      double readFirst = readAll(files);
      ContentScanEngine engine = ContentScanEngine.withInstalledScanners(ScanLimits.defaults());
      long start = System.nanoTime();
      int[] counts = new int[Severity.values().length];
      for (Path f : files) {
        List<ContentFinding> findings = new ArrayList<>();
        engine.scan(sourceOf(f), findings::add);
        findings.forEach(x -> counts[x.severity().ordinal()]++);
      }
      double scanSeconds = (System.nanoTime() - start) / 1e9;
      double readSecond = readAll(files);
      double readSeconds = Math.min(readFirst, readSecond);

      double mb = generated / (double) MB;
      double scanRate = mb / scanSeconds;
      double readRate = mb / readSeconds;
      out.printf(Locale.ROOT, "read : %8.1f MB/s (%.2f s)%n", readRate, readSeconds);
      out.printf(Locale.ROOT, "scan : %8.1f MB/s (%.2f s)%n", scanRate, scanSeconds);
      out.printf(Locale.ROOT, "ratio: %8.2f (scan rate / read rate)%n", scanRate / readRate);
      out.printf(Locale.ROOT, "findings: critical=%d high=%d medium=%d low=%d%n",
          counts[0], counts[1], counts[2], counts[3]);
    } finally {
      if (!keep) {
        try (Stream<Path> walk = Files.walk(root)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  private static ContentSource sourceOf(Path file) throws IOException {
    List<ContentSource> one = new ArrayList<>();
    new LocalFileResolver().resolve(file.toString(), one::add);
    return one.get(0);
  }

  private static List<Path> listFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Seconds to read every byte of {@code files} with a plain buffered loop. */
  private static double readAll(List<Path> files) throws IOException {
    byte[] buf = new byte[MB];
    long sink = 0;
    long start = System.nanoTime();
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        int n;
        while ((n = in.read(buf)) > 0) {
          sink += buf[n - 1];
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return sink == Long.MIN_VALUE ? seconds + 1 : seconds;
  }

  /** Writers for each kind of model file in the corpus. */
  static final class Corpus {
    private static final SplittableRandom RANDOM = new SplittableRandom(42);
    /** One random block reused as tensor bytes: the scanners never look at tensor values. */
    private static final byte[] BLOCK = randomBlock(4 * MB);

    private Corpus() {
    }

    static long generate(Path root, long budget) throws IOException {
      long written = 0;
      int i = 0;
      while (written < budget) {
        long left = budget - written;
        Path f;
        switch (i % 8) {
          case 0, 1 -> f = torchZip(root.resolve("ckpt-" + i + ".pt"), Math.min(left, 96L * MB));
          case 2 -> f = bigPickle(root.resolve("arrays-" + i + ".pkl"), Math.min(left, 64L * MB));
          case 3 -> f = opcodePickle(root.resolve("vocab-" + i + ".pkl"), Math.min(left, 16L * MB));
          case 4 -> f = safetensors(root.resolve("model-" + i + ".safetensors"),
              Math.min(left, 96L * MB));
          case 5 -> f = gguf(root.resolve("model-" + i + ".gguf"), Math.min(left, 64L * MB));
          case 6 -> f = npy(root.resolve("emb-" + i + ".npy"), Math.min(left, 32L * MB));
          default -> f = gzPickle(root.resolve("state-" + i + ".pkl.gz"), Math.min(left, 8L * MB));
        }
        written += Files.size(f);
        i++;
      }
      return written;
    }

    private static byte[] randomBlock(int size) {
      byte[] b = new byte[size];
      for (int i = 0; i + 8 <= size; i += 8) {
        long v = RANDOM.nextLong();
        for (int k = 0; k < 8; k++) {
          b[i + k] = (byte) (v >>> (8 * k));
        }
      }
      return b;
    }

    private static void writeFiller(OutputStream out, long n) throws IOException {
      long left = n;
      while (left > 0) {
        int chunk = (int) Math.min(left, BLOCK.length);
        out.write(BLOCK, 0, chunk);
        left -= chunk;
      }
    }

    /** A stored-zip PyTorch checkpoint: data.pkl plus one storage file per tensor. */
    static Path torchZip(Path file, long size) throws IOException {
      int tensors = 64;
      long each = Math.max(1, (size - 64 * 1024) / tensors);
      ByteArrayOutputStream pkl = new ByteArrayOutputStream();
      pkl.write(new byte[] {(byte) 0x80, 2});
      global(pkl, "collections", "OrderedDict");
      pkl.write(new byte[] {')', 'R', '('});
      for (int t = 0; t < tensors; t++) {
        shortText(pkl, "layer" + t + ".weight");
        global(pkl, "torch._utils", "_rebuild_tensor_v2");
        pkl.write(new byte[] {'(', '('});
        shortText(pkl, "storage");
        global(pkl, "torch", "FloatStorage");
        shortText(pkl, Integer.toString(t));
        shortText(pkl, "cpu");
        pkl.write(new byte[] {'J', 0, 0, 0, 0, 't', 'Q', 'K', 0, 'K', 1, (byte) 0x85, 'K', 1, (byte) 0x85,
            (byte) 0x89});
        global(pkl, "collections", "OrderedDict");
        pkl.write(new byte[] {')', 'R', 't', 'R'});
      }
      pkl.write(new byte[] {'u', '.'});
      try (OutputStream out = Files.newOutputStream(file)) {
        StoredZipWriter zip = new StoredZipWriter(out);
        zip.add("archive/data.pkl", pkl.toByteArray());
        for (int t = 0; t < tensors; t++) {
          zip.addFiller("archive/data/" + t, each);
        }
        zip.add("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
        zip.finish();
      }
      return file;
    }

    /** A protocol-4 pickle of large byte buffers, as joblib and NumPy write arrays. */
    static Path bigPickle(Path file, long size) throws IOException {
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(new byte[] {(byte) 0x80, 4, ']', '('});
        long each = 4L * MB;
        for (long done = 0; done + each <= size; done += each) {
          ByteArrayOutputStream h = new ByteArrayOutputStream();
          global(h, "numpy.core.numeric", "_frombuffer");
          h.write('(');
          h.write(0x8e);
          for (int k = 0; k < 8; k++) {
            h.write((int) (each >>> (8 * k)));
          }
          out.write(h.toByteArray());
          writeFiller(out, each);
          ByteArrayOutputStream t = new ByteArrayOutputStream();
          global(t, "numpy", "dtype");
          shortText(t, "f4");
          t.write(new byte[] {(byte) 0x85, 'R', 'K', 0, (byte) 0x85});
          shortText(t, "C");
          t.write(new byte[] {'t', 'R'});
          out.write(t.toByteArray());
        }
        out.write(new byte[] {'e', '.'});
      }
      return file;
    }

    /** An opcode-heavy pickle: a big vocabulary dict of short strings and ints. */
    static Path opcodePickle(Path file, long size) throws IOException {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), MB)) {
        out.write(new byte[] {(byte) 0x80, 4, '}', (byte) 0x94, '('});
        long written = 5;
        int i = 0;
        while (written < size - 16) {
          String token = "tok" + i;
          out.write(0x8c);
          out.write(token.length());
          out.write(token.getBytes(StandardCharsets.US_ASCII));
          out.write(new byte[] {'J', (byte) i, (byte) (i >> 8), (byte) (i >> 16), (byte) (i >> 24)});
          written += 2 + token.length() + 5;
          i++;
          if (i % 1000 == 0) {
            out.write(new byte[] {'u', '('});
            written += 2;
          }
        }
        out.write(new byte[] {'u', '.'});
      }
      return file;
    }

    static Path safetensors(Path file, long size) throws IOException {
      int tensors = 32;
      long each = Math.max(4, (size / tensors) & ~3L);
      StringBuilder header = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
      for (int t = 0; t < tensors; t++) {
        header.append(String.format(Locale.ROOT,
            ",\"layer%d.weight\":{\"dtype\":\"F32\",\"shape\":[%d],\"data_offsets\":[%d,%d]}",
            t, each / 4, t * each, (t + 1) * each));
      }
      header.append('}');
      byte[] h = header.toString().getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = Files.newOutputStream(file)) {
        writeLe(out, h.length, 8);
        out.write(h);
        writeFiller(out, each * tensors);
      }
      return file;
    }

    static Path gguf(Path file, long size) throws IOException {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), MB)) {
        out.write("GGUF".getBytes(StandardCharsets.US_ASCII));
        writeLe(out, 3, 4);
        writeLe(out, 0, 8);
        writeLe(out, 2, 8);
        ggufString(out, "tokenizer.ggml.tokens");
        writeLe(out, 9, 4);
        writeLe(out, 8, 4);
        writeLe(out, 32000, 8);
        for (int i = 0; i < 32000; i++) {
          ggufString(out, "tok" + i);
        }
        ggufString(out, "tokenizer.chat_template");
        writeLe(out, 8, 4);
        ggufString(out, "{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}");
        writeFiller(out, size);
      }
      return file;
    }

    static Path npy(Path file, long size) throws IOException {
      String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + size / 4 + ",), }";
      String padded = dict + " ".repeat((64 - (10 + dict.length() + 1) % 64) % 64) + "\n";
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        writeLe(out, padded.length(), 2);
        out.write(padded.getBytes(StandardCharsets.ISO_8859_1));
        writeFiller(out, size / 4 * 4);
      }
      return file;
    }

    /** A gzip-wrapped pickle of byte buffers: decompression plus a full pickle walk. */
    static Path gzPickle(Path file, long size) throws IOException {
      Path tmp = bigPickle(file.resolveSibling(file.getFileName() + ".tmp"), size);
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), MB)) {
        Files.copy(tmp, out);
      }
      Files.delete(tmp);
      return file;
    }

    private static void ggufString(OutputStream out, String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      writeLe(out, b.length, 8);
      out.write(b);
    }

    private static void global(ByteArrayOutputStream out, String module, String name) {
      out.write('c');
      out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static void shortText(ByteArrayOutputStream out, String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.write(0x8c);
      out.write(b.length);
      out.writeBytes(b);
    }

    private static void writeLe(OutputStream out, long v, int width) throws IOException {
      for (int i = 0; i < width; i++) {
        out.write((int) (v >>> (8 * i)) & 0xff);
      }
    }
  }

  /** A minimal stored (uncompressed) zip writer, as torch.save lays out its archives. */
  static final class StoredZipWriter {
    private final OutputStream out;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private long offset;
    private int count;

    StoredZipWriter(OutputStream out) {
      this.out = out;
    }

    void add(String name, byte[] data) throws IOException {
      CRC32 crc = new CRC32();
      crc.update(data);
      header(name, data.length, crc.getValue());
      out.write(data);
      offset += data.length;
    }

    void addFiller(String name, long size) throws IOException {
      CRC32 crc = new CRC32();
      long left = size;
      while (left > 0) {
        int chunk = (int) Math.min(left, Corpus.BLOCK.length);
        crc.update(Corpus.BLOCK, 0, chunk);
        left -= chunk;
      }
      header(name, size, crc.getValue());
      Corpus.writeFiller(out, size);
      offset += size;
    }

    private void header(String name, long size, long crc) throws IOException {
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream h = new ByteArrayOutputStream();
      le(h, 0x04034b50, 4);
      le(h, 20, 2);
      le(h, 0, 2);
      le(h, 0, 2);
      le(h, 0, 4);
      le(h, crc, 4);
      le(h, size, 4);
      le(h, size, 4);
      le(h, n.length, 2);
      le(h, 0, 2);
      h.writeBytes(n);
      le(central, 0x02014b50, 4);
      le(central, 20, 2);
      le(central, 20, 2);
      le(central, 0, 2);
      le(central, 0, 2);
      le(central, 0, 4);
      le(central, crc, 4);
      le(central, size, 4);
      le(central, size, 4);
      le(central, n.length, 2);
      le(central, 0, 6);
      le(central, 0, 2);
      le(central, 0, 4);
      le(central, offset, 4);
      central.writeBytes(n);
      out.write(h.toByteArray());
      offset += h.size();
      count++;
    }

    void finish() throws IOException {
      byte[] cd = central.toByteArray();
      out.write(cd);
      ByteArrayOutputStream end = new ByteArrayOutputStream();
      le(end, 0x06054b50, 4);
      le(end, 0, 4);
      le(end, count, 2);
      le(end, count, 2);
      le(end, cd.length, 4);
      le(end, offset, 4);
      le(end, 0, 2);
      out.write(end.toByteArray());
    }

    private static void le(ByteArrayOutputStream o, long v, int width) {
      for (int i = 0; i < width; i++) {
        o.write((int) (v >>> (8 * i)) & 0xff);
      }
    }
  }
}
