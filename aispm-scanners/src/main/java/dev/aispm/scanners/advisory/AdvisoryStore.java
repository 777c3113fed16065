package dev.aispm.scanners.advisory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.scanners.archive.CountingInputStream;
import dev.aispm.scanners.archive.GuardedInputStream;
import dev.aispm.scanners.archive.ZipReader;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Where the advisory index lives and how it is replaced. The index is OSV JSON, one advisory per
 * line, in {@code <data dir>/advisories/osv.jsonl}; until one is imported, the snapshot of AI/ML
 * package advisories bundled with aispm is used ({@code ai-ml-osv.jsonl} beside this class, from
 * the GitHub Advisory Database, CC-BY-4.0).
 *
 * <p>An update reads the whole new input first (an OSV zip as osv.dev publishes per ecosystem,
 * a JSON document or array, or JSON lines; from a file or an http(s) URL), validates it, writes
 * it to a temporary file and only then moves it over the old index, so bad input leaves the old
 * index as it was.
 */
public final class AdvisoryStore {
  /** The bundled snapshot, on the class path beside this class. */
  public static final String SNAPSHOT = "ai-ml-osv.jsonl";
  /** Entries, per-entry bytes and total bytes an update reads from an OSV zip at most. */
  static final int MAX_ZIP_ENTRIES = 2_000_000;
  static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
  static final long MAX_TOTAL_BYTES = 16L * 1024 * 1024 * 1024;
  static final long MAX_DOWNLOAD_BYTES = 4L * 1024 * 1024 * 1024;

  private final Path file;

  /** The store under a data folder ({@code AISPM_DATA_DIR}). */
  public AdvisoryStore(Path dataDir) {
    this.file = dataDir.resolve("advisories").resolve("osv.jsonl");
  }

  /** The store of {@code AISPM_DATA_DIR} (default {@code ./data}). */
  public static AdvisoryStore fromEnvironment() {
    return new AdvisoryStore(Path.of(System.getenv().getOrDefault("AISPM_DATA_DIR", "data")));
  }

  /** The index file (which may not exist yet). */
  public Path file() {
    return file;
  }

  /** The imported index if there is one, else the bundled snapshot. */
  public AdvisoryIndex load() throws IOException {
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return new AdvisoryIndex(readAll(in, file.toString()).advisories());
      }
    }
    return bundled();
  }

  /** The snapshot shipped with aispm. */
  public static AdvisoryIndex bundled() {
    try (InputStream in = AdvisoryStore.class.getResourceAsStream(SNAPSHOT)) {
      if (in == null) {
        throw new IllegalStateException(SNAPSHOT + " is missing from the class path");
      }
      return new AdvisoryIndex(readAll(in, SNAPSHOT).advisories());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What an import read.
   *
   * @param advisories  the advisories of PyPI, npm and Maven packages
   * @param documents   OSV documents read
   * @param foreign     documents with no PyPI, npm or Maven package (not kept)
   * @param problems    ranges ignored and why
   */
  public record ImportResult(List<OsvAdvisory> advisories, int documents, int foreign,
      List<String> problems) {

    /** Advisories per ecosystem, by OSV name. */
    public Map<String, Integer> perEcosystem() {
      Map<String, Integer> counts = new TreeMap<>();
      for (OsvAdvisory a : advisories) {
        a.affected().stream().map(af -> af.ecosystem().osvName()).distinct()
            .forEach(e -> counts.merge(e, 1, Integer::sum));
      }
      return counts;
    }
  }

  /**
   * Replaces the index with the advisories from {@code source} (a path or an http(s) URL).
   *
   * @throws IOException              when the source cannot be read; the old index stays
   * @throws IllegalArgumentException when the source is not OSV or holds no advisory of a PyPI,
   *                                  npm or Maven package; the old index stays
   */
  public ImportResult update(String source) throws IOException {
    Path input;
    Path downloaded = null;
    if (source.startsWith("http://") || source.startsWith("https://")) {
      downloaded = download(source);
      input = downloaded;
    } else {
      input = Path.of(source.startsWith("file://") ? URI.create(source).getPath() : source);
      if (!Files.isRegularFile(input)) {
        throw new java.nio.file.NoSuchFileException(source);
      }
    }
    try {
      ImportResult result = read(input, source);
      if (result.advisories().isEmpty()) {
        throw new IllegalArgumentException(source + " holds no advisory of a PyPI, npm or Maven"
            + " package (" + result.documents() + " OSV document(s) read)");
      }
      write(result.advisories());
      return result;
    } finally {
      if (downloaded != null) {
        Files.deleteIfExists(downloaded);
      }
    }
  }

  private void write(List<OsvAdvisory> advisories) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), "osv-", ".jsonl.tmp");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        for (OsvAdvisory a : advisories) {
          w.write(OsvJson.MAPPER.writeValueAsString(OsvJson.write(a)));
          w.newLine();
        }
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Path download(String url) throws IOException {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30)).build();
    Path temp = Files.createTempFile("aispm-osv-", ".download");
    try {
      HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofMinutes(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new IOException(url + " answered HTTP " + response.statusCode());
        }
        try (OutputStream out = Files.newOutputStream(temp)) {
          GuardedInputStream guarded = GuardedInputStream.truncating(body, MAX_DOWNLOAD_BYTES);
          guarded.transferTo(out);
          if (guarded.tripped() != null) {
            throw new IOException(url + " is larger than " + MAX_DOWNLOAD_BYTES + " bytes");
          }
        }
      }
      return temp;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Files.deleteIfExists(temp);
      throw new IOException("download of " + url + " interrupted", e);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Reads a zip of OSV files, or OSV JSON / JSON lines, from a file. */
  static ImportResult read(Path input, String name) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(input)) {
      head = in.readNBytes(4);
    }
    if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
      return readZip(input, name);
    }
    try (InputStream in = Files.newInputStream(input)) {
      return readAll(in, name);
    }
  }

  private static ImportResult readZip(Path input, String name) throws IOException {
    Collector collector = new Collector();
    try (FileChannel channel = FileChannel.open(input, StandardOpenOption.READ)) {
      ZipReader.Listing listing = ZipReader.list(channel, MAX_ZIP_ENTRIES);
      if (listing.truncated()) {
        throw new IllegalArgumentException(name + " has more than " + MAX_ZIP_ENTRIES + " entries");
      }
      AtomicLong total = new AtomicLong();
      for (ZipReader.Entry entry : listing.entries()) {
        if (entry.directory() || !entry.name().toLowerCase(Locale.ROOT).endsWith(".json")
            || !(entry.view().equals("central") || entry.view().equals("local"))) {
          continue;
        }
        CountingInputStream[] counter = new CountingInputStream[1];
        InputStream raw = ZipReader.openEntry(channel, entry, counter);
        try (InputStream in = new GuardedInputStream(raw, MAX_ENTRY_BYTES, total, MAX_TOTAL_BYTES,
            entry.method() == 0 ? null : counter[0]::count, 1000)) {
          readDocuments(in, name + "!/" + entry.name(), collector);
        }
      }
    }
    return collector.result();
  }

  static ImportResult readAll(InputStream in, String name) throws IOException {
    Collector collector = new Collector();
    readDocuments(new BufferedInputStream(in), name, collector);
    return collector.result();
  }

  /** Reads one OSV object, an array of them, or a sequence of them (JSON lines). */
  private static void readDocuments(InputStream in, String name, Consumer<JsonNode> sink)
      throws IOException {
    try (JsonParser parser = OsvJson.MAPPER.getFactory().createParser(in)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            sink.accept(parser.readValueAsTree());
          }
        } else if (token == JsonToken.START_OBJECT) {
          sink.accept(parser.readValueAsTree());
        } else {
          throw new IllegalArgumentException(name + ": expected OSV JSON objects, found " + token);
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ": not valid JSON"
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr()), e);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(name)) {
        throw e;
      }
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  /** Gathers advisories; a later document with the same id replaces an earlier one. */
  private static final class Collector implements Consumer<JsonNode> {
    private final Map<String, OsvAdvisory> byId = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int documents;
    private int foreign;

    @Override
    public void accept(JsonNode doc) {
      documents++;
      OsvJson.Outcome outcome = OsvJson.read(doc);
      problems.addAll(outcome.problems());
      if (outcome.foreign()) {
        foreign++;
      } else {
        byId.put(outcome.advisory().id(), outcome.advisory());
      }
    }

    ImportResult result() {
      return new ImportResult(List.copyOf(byId.values()), documents, foreign, problems);
    }
  }
}
