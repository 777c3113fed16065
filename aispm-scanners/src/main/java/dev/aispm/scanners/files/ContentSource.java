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
}
