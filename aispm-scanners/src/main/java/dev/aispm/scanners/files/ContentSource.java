package dev.aispm.scanners.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One file or object to scan, wherever it lives. The engine may open it more than once (when
 * several scanners want the same bytes), so implementations return a fresh stream each time.
 */
public interface ContentSource {
  /** Where it is, as findings report it: a path or a URI such as {@code s3://bucket/key}. */
  String location();

  /** Size in bytes, or -1 when unknown. */
  long size();

  /** A new stream over the bytes from the start; the caller closes it. */
  InputStream open() throws IOException;

  /** The local file, when there is one: zips are then read in place instead of being copied. */
  default Optional<Path> localPath() {
    return Optional.empty();
  }

  /**
   * Random access to the bytes, or null when the source can only be streamed. A source that reads
   * a stored object by ranges offers it, so a zip is read by its central directory and only the
   * members the scanners want are fetched; the caller closes the channel.
   */
  default java.nio.channels.SeekableByteChannel channel() throws IOException {
    return null;
  }
}
