package dev.aispm.collectors.gcp.storage;

import com.google.cloud.ReadChannel;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import dev.aispm.collectors.content.ListedObject;
import dev.aispm.collectors.content.ListingIterator;
import dev.aispm.collectors.content.ObjectStore;
import dev.aispm.collectors.content.OpenedObject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Iterator;

/**
 * Cloud Storage object calls of the content stage: the objects under a prefix
 * (storage.objects.list) and a bounded stream of one object's bytes (storage.objects.get).
 */
public final class GcsObjectReader implements ObjectStore {
  private final Storage storage;

  public GcsObjectReader(Storage storage) {
    this.storage = storage;
  }

  @Override
  public String uri(String bucket, String key) {
    return "gs://" + bucket + "/" + key;
  }

  /**
   * Objects whose names start with {@code prefix}, folders' placeholder objects left out, a page
   * at a time as the caller iterates; the version is the object's generation.
   */
  @Override
  public Iterator<ListedObject> list(String bucket, String prefix, int max) {
    Iterator<Blob> blobs = storage.list(bucket, Storage.BlobListOption.prefix(prefix),
        Storage.BlobListOption.pageSize(Math.max(1, Math.min(200, max)))).iterateAll().iterator();
    // The MD5 (absent for composite objects) and update time are what the provenance ledger records.
    return new ListingIterator<>(blobs, b -> b.getName().endsWith("/") ? null
        : new ListedObject(b.getName(), b.getSize(), b.getGeneration() == null ? null : String.valueOf(b.getGeneration()),
            b.getEtag(), b.getUpdateTimeOffsetDateTime() == null ? null : b.getUpdateTimeOffsetDateTime().toInstant(),
            b.getMd5()));
  }

  /**
   * The object's bytes, cut at {@code maxBytes} so a huge file cannot exhaust the scan; the listed
   * generation is read, so the findings name the version they came from.
   */
  @Override
  public OpenedObject open(String bucket, ListedObject object, long maxBytes) {
    ReadChannel channel = storage.reader(BlobId.of(bucket, object.key(),
        object.versionId() == null ? null : Long.valueOf(object.versionId())));
    channel.setChunkSize(1 << 20);
    channel.limit(maxBytes);
    InputStream in = new FilterInputStream(Channels.newInputStream(channel)) {
      @Override
      public void close() throws IOException {
        super.close();
        channel.close();
      }
    };
    return new OpenedObject(in, object.versionId(), object.etag(), object.size() == null ? -1 : object.size());
  }
}
