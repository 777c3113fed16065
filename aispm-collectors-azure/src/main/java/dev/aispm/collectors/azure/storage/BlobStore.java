package dev.aispm.collectors.azure.storage;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.options.BlobInputStreamOptions;
import com.azure.storage.blob.specialized.BlobInputStream;
import dev.aispm.collectors.content.BoundedInput;
import dev.aispm.collectors.content.ListedObject;
import dev.aispm.collectors.content.ListingIterator;
import dev.aispm.collectors.content.ObjectStore;
import dev.aispm.collectors.content.OpenedObject;
import java.time.OffsetDateTime;
import java.util.Iterator;

/**
 * The blobs of one storage account as the content stage reads them, through the Blob REST API:
 * List Blobs ({@code ?restype=container&comp=list}, following {@code NextMarker} page by page as
 * the caller iterates) and Get Blob with a range of at most the per-object budget. Both need the
 * data action {@link #READ_DATA_ACTION}; nothing else is called.
 */
public final class BlobStore implements ObjectStore {
  /** The RBAC data action of List Blobs and Get Blob. */
  public static final String READ_DATA_ACTION = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read";
  /** Bytes per Get Blob: one request reads a typical data file or a model's index. */
  private static final int BLOCK = 4 << 20;

  private final BlobServiceClient service;
  private final String account;

  /**
   * @param service a client on the account's blob endpoint ({@code primaryEndpoints.blob})
   * @param account the account's name, which findings and graph ids use
   */
  public BlobStore(BlobServiceClient service, String account) {
    this.service = service;
    this.account = account;
  }

  /** The blob's URI in the public form the graph ids use, whatever endpoint was read. */
  @Override
  public String uri(String container, String name) {
    String base = "https://" + account + ".blob.core.windows.net/" + container;
    return name == null || name.isEmpty() ? base : base + "/" + name;
  }

  /**
   * The blobs at {@code path}: the blob of that name and those below it as a folder
   * ({@code path/...}), never a sibling that merely starts with the same letters.
   */
  @Override
  public Iterator<ListedObject> list(String container, String path, int max) {
    BlobContainerClient client = service.getBlobContainerClient(container);
    Iterator<BlobItem> items = client.listBlobs(new ListBlobsOptions().setPrefix(path.isEmpty() ? null : path)
        .setMaxResultsPerPage(Math.max(1, Math.min(5000, max))), null).iterator();
    return new ListingIterator<>(items, b -> within(b.getName(), path) && !b.getName().endsWith("/")
        && !Boolean.TRUE.equals(b.isPrefix()) ? listed(b) : null);
  }

  static boolean within(String name, String path) {
    return path.isEmpty() || name.equals(path) || name.startsWith(path + "/");
  }

  static ListedObject listed(BlobItem b) {
    return b.getProperties() == null ? listed(b.getName(), null, b.getVersionId(), null)
        : listed(b.getName(), b.getProperties().getContentLength(), b.getVersionId(), b.getProperties().getETag(),
            b.getProperties().getLastModified());
  }

  /** A listed blob as the content scan keeps it: Azure's ETag without its quotes. */
  static ListedObject listed(String name, Long size, String versionId, String etag) {
    return listed(name, size, versionId, etag, null);
  }

  /**
   * A listed blob with the {@code Last-Modified} time List Blobs gives, which the provenance
   * ledger compares with when a training job ended.
   */
  static ListedObject listed(String name, Long size, String versionId, String etag, OffsetDateTime lastModified) {
    return new ListedObject(name, size, versionId, unquote(etag),
        lastModified == null ? null : lastModified.toInstant(), null);
  }

  /**
   * Opens the blob's first {@code maxBytes}: ranged Get Blob requests, each after the first
   * conditional on the ETag the first one answered, so a blob replaced during the read fails
   * instead of mixing two versions. The version read is the one Get Blob names
   * ({@code x-ms-version-id}, on accounts with versioning).
   */
  @Override
  public OpenedObject open(String container, ListedObject object, long maxBytes) {
    BlobInputStream in = service.getBlobContainerClient(container).getBlobClient(object.key())
        .openInputStream(new BlobInputStreamOptions().setRange(new BlobRange(0, maxBytes))
            .setBlockSize((int) Math.min(BLOCK, maxBytes)));
    BlobProperties props = in.getProperties();
    return new OpenedObject(new BoundedInput(in, maxBytes), props.getVersionId(), unquote(props.getETag()),
        props.getBlobSize());
  }

  static String unquote(String etag) {
    return etag == null ? null : etag.replace("\"", "");
  }
}
