package dev.aispm.collectors.gcp.storage;

import com.google.cloud.ReadChannel;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;

/**
 * Cloud Storage object calls of the content stage: the objects under a prefix
 * (storage.objects.list) and a bounded stream of one object's bytes (storage.objects.get).
 */
public final class GcsObjectReader {
  private final Storage storage;

  public GcsObjectReader(Storage storage) {
    this.storage = storage;
  }

  /**
   * One listed object: its name, size in bytes (null when the API did not say), generation (the
   * version that is read), ETag, MD5 of the content (absent for composite objects) and when it was
   * last written ({@code updated}), which the provenance ledger records.
   */
  public record GcsObject(String name, Long size, Long generation, String etag, String md5, java.time.Instant updated) {
    public GcsObject(String name, Long size, Long generation, String etag) {
      this(name, size, generation, etag, null, null);
    }
  }

  /** Objects whose names start with {@code prefix}, folders' placeholder objects left out. */
  public List<GcsObject> list(String bucket, String prefix, int max) {
    List<GcsObject> out = new ArrayList<>();
    for (Blob b : storage.list(bucket, Storage.BlobListOption.prefix(prefix), Storage.BlobListOption.pageSize(200))
        .iterateAll()) {
      if (b.getName().endsWith("/")) {
        continue;
      }
      out.add(new GcsObject(b.getName(), b.getSize(), b.getGeneration(), b.getEtag(), b.getMd5(),
          b.getUpdateTimeOffsetDateTime() == null ? null : b.getUpdateTimeOffsetDateTime().toInstant()));
      if (out.size() >= max) {
        break;
      }
    }
    return out;
  }

  /**
   * The object's bytes, cut at {@code maxBytes} so a huge file cannot exhaust the scan; the listed
   * generation is read, so the findings name the version they came from.
   */
  public InputStream open(String bucket, GcsObject object, long maxBytes) {
    ReadChannel channel = storage.reader(BlobId.of(bucket, object.name(), object.generation()));
    channel.setChunkSize(1 << 20);
    channel.limit(maxBytes);
    return new FilterInputStream(Channels.newInputStream(channel)) {
      @Override
      public void close() throws IOException {
        super.close();
        channel.close();
      }
    };
  }
}
