package dev.aispm.collectors.azure.diagnostics;

import com.azure.core.util.Context;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.ListBlobsOptions;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.azure.DiagnosticLogParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads one archive's hourly blobs through the Blob REST API: List Blobs with one day's prefix at
 * a time (never the folder's history), then Get Blob with a byte range from where the checkpoint
 * stopped, in chunks, so an hour's blob that grew since the last scan is read only for its new
 * tail. Each chunk's whole lines go to {@link DiagnosticLogParser} and into {@code run} with the
 * position after them. Both calls need the blob read data action and nothing else.
 */
final class DiagnosticLogReader {
  /** Bytes per Get Blob. */
  static final int CHUNK = 4 << 20;

  private final BlobServiceClient service;
  private final int chunk;

  DiagnosticLogReader(BlobServiceClient service) {
    this(service, CHUNK);
  }

  DiagnosticLogReader(BlobServiceClient service, int chunk) {
    this.service = service;
    this.chunk = chunk;
  }

  /** Thrown when a day's listing fails: nothing after the last blob read is skipped. */
  static final class ListingFailed extends RuntimeException {
    final String prefix;

    ListingFailed(String prefix, RuntimeException cause) {
      super(cause.getMessage(), cause);
      this.prefix = prefix;
    }
  }

  /** What one read of an archive did. */
  record Outcome(int blobs, long bytes) {}

  /**
   * Reads the archive after {@code after} (on a first run, from the day of {@code floor}) up to
   * what the listings show at {@code now}. A blob that cannot be read is reported to
   * {@code failed} and the read stops before it, so the next scan retries it.
   */
  Outcome read(LogArchive archive, BlobPosition after, Instant floor, Instant now, MisuseEngine.SourceRun run,
      BiConsumer<String, RuntimeException> failed) {
    BlobContainerClient container = service.getBlobContainerClient(archive.container());
    int blobs = 0;
    long bytes = 0;
    for (LocalDate day : HourlyBlobs.days(after, floor, now)) {
      String prefix = HourlyBlobs.dayPrefix(archive.folder(), day);
      for (HourlyBlobs.Read r : HourlyBlobs.reads(list(container, prefix), after, after == null ? floor : null)) {
        try {
          bytes += read(container, r, HourlyBlobs.closed(r.name(), now), run);
        } catch (RuntimeException e) {
          failed.accept(r.name(), e);
          return new Outcome(blobs, bytes);
        }
        blobs++;
      }
    }
    return new Outcome(blobs, bytes);
  }

  /** One day's blobs; a container Azure Monitor has not created yet (no record so far) is empty. */
  private static List<HourlyBlobs.Listed> list(BlobContainerClient container, String prefix) {
    List<HourlyBlobs.Listed> out = new ArrayList<>();
    try {
      for (BlobItem b : container.listBlobs(new ListBlobsOptions().setPrefix(prefix), null)) {
        if (!Boolean.TRUE.equals(b.isPrefix()) && b.getProperties() != null
            && b.getProperties().getContentLength() != null) {
          out.add(new HourlyBlobs.Listed(b.getName(), b.getProperties().getContentLength()));
        }
      }
    } catch (BlobStorageException e) {
      if (e.getStatusCode() == 404) {
        return List.of();
      }
      throw new ListingFailed(prefix, e);
    } catch (RuntimeException e) {
      throw new ListingFailed(prefix, e);
    }
    return out;
  }

  /** Reads {@code r}'s bytes chunk by chunk into {@code run}; returns the bytes read. */
  private long read(BlobContainerClient container, HourlyBlobs.Read r, boolean closed, MisuseEngine.SourceRun run) {
    var blob = container.getBlobClient(r.name());
    LineCursor cursor = new LineCursor(r.from());
    long at = r.from();
    int dropped = 0;
    while (at < r.to()) {
      long length = Math.min(chunk, r.to() - at);
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) length);
      // No ETag condition: an append blob only grows, so bytes already there never change.
      blob.downloadStreamWithResponse(out, new BlobRange(at, length), null, null, false, null, Context.NONE);
      byte[] got = out.toByteArray();
      if (got.length == 0) {
        break;
      }
      at += got.length;
      byte[] lines = cursor.feed(got, got.length);
      int newlyDropped = cursor.dropped() - dropped;
      dropped = cursor.dropped();
      if (lines.length > 0 || newlyDropped > 0) {
        accept(run, lines, newlyDropped, new BlobPosition(r.name(), cursor.position()));
      }
    }
    if (closed) {
      byte[] rest = cursor.rest();
      if (rest.length > 0) {
        accept(run, rest, 0, new BlobPosition(r.name(), cursor.position()));
      }
    }
    return at - r.from();
  }

  private static void accept(MisuseEngine.SourceRun run, byte[] lines, int dropped, BlobPosition position) {
    ParseResult parsed = DiagnosticLogParser.parse(new ByteArrayInputStream(lines));
    run.accept(new ParseResult(parsed.events(), parsed.malformed() + dropped, parsed.problems(), null),
        position.format());
  }
}
