package dev.aispm.scanners.core;

import java.io.InputStream;
import java.util.Objects;

/**
 * Content handed to a scanner: its display location (file path, {@code s3://} URI, or an archive
 * member path) and a stream the scanner reads once. The stream is owned by the caller, who closes
 * it; scanners must not assume it is seekable or that its size is known.
 *
 * @param location  where the content comes from, as findings should report it
 * @param stream    the bytes
 * @param sizeHint  size in bytes when known, else -1
 * @param depth     archive nesting depth of this content (0 for a top-level file)
 */
public record ScanInput(String location, InputStream stream, long sizeHint, int depth) {
  public ScanInput {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(stream, "stream");
  }
}
