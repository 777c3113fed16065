package dev.aispm.collectors.gcp.functions;

import com.google.cloud.ReadChannel;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.PackageBytes;
import dev.aispm.collectors.gcp.GcpIds;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.channels.Channels;

/**
 * Reads a function's source archive from Cloud Storage (storage.objects.get, the generation the
 * function was built from) and scans it with {@link CodePackageScan}: the size is checked against
 * the per-object budget before any byte is read, and the read itself stops one byte past it, so a
 * lying size costs no more. Nothing is extracted, run or deserialized.
 */
public final class FunctionSourceReader {
  private final CodePackageScan scan;

  public FunctionSourceReader(CodePackageScan scan) {
    this.scan = scan;
  }

  /** Reads and scans; Storage errors are thrown as they come, an over-budget archive as {@link PackageBytes.OverBudgetException}. */
  public CodeReport read(Storage storage, GcpIds.GsUri source, Long generation) throws IOException {
    BlobId id = BlobId.of(source.bucket(), source.key(), generation);
    Blob blob = storage.get(id);
    if (blob == null) {
      throw new FileNotFoundException("source archive gs://" + source.bucket() + "/" + source.key() + " not found");
    }
    if (blob.getSize() != null && blob.getSize() > scan.maxBytes()) {
      throw new PackageBytes.OverBudgetException(blob.getSize(), scan.maxBytes());
    }
    ReadChannel channel = storage.reader(id);
    channel.setChunkSize(1 << 20);
    channel.limit(scan.maxBytes() + 1);
    byte[] zip = PackageBytes.read(Channels.newInputStream(channel), scan.maxBytes());
    return scan.scan(zip, "gs://" + source.bucket() + "/" + source.key());
  }
}
