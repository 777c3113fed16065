package dev.aispm.collectors.gcp.workbench;

import com.google.cloud.ReadChannel;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import dev.aispm.collectors.content.PackageBytes;
import dev.aispm.collectors.gcp.GcpIds;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.channels.Channels;

/**
 * Reads a Workbench instance's post-startup script from Cloud Storage (storage.objects.get): the
 * script runs as root on every start, so what it installs is the notebook's environment. The size
 * is checked against the per-object content budget before any byte is read, and the read stops one
 * byte past it. The script is only read as text, never run.
 */
public final class PostStartupScriptReader {
  private final long maxBytes;

  /** @param maxBytes the most bytes of one script that are read */
  public PostStartupScriptReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The object's bytes; Storage errors are thrown as they come, an over-budget script as {@link PackageBytes.OverBudgetException}. */
  public byte[] read(Storage storage, GcpIds.GsUri script) throws IOException {
    BlobId id = BlobId.of(script.bucket(), script.key());
    Blob blob = storage.get(id);
    if (blob == null) {
      throw new FileNotFoundException("post-startup script gs://" + script.bucket() + "/" + script.key() + " not found");
    }
    if (blob.getSize() != null && blob.getSize() > maxBytes) {
      throw new PackageBytes.OverBudgetException(blob.getSize(), maxBytes);
    }
    ReadChannel channel = storage.reader(id);
    channel.setChunkSize(1 << 20);
    channel.limit(maxBytes + 1);
    return PackageBytes.read(Channels.newInputStream(channel), maxBytes);
  }
}
