package dev.aispm.scanners.core;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * A scanner for one family of content. The file-scan engine identifies each input by its bytes,
 * unwraps containers, and offers the leaves to every scanner whose {@link #accepts} says yes.
 */
public interface ContentScanner {
  /** Short stable name, e.g. {@code pickle} or {@code secrets}. */
  String name();

  /**
   * Whether this scanner should read the content.
   *
   * @param location display location, whose name may hint at a format but never decides it alone
   * @param head     up to the first 64 KiB of the content (fewer if it is shorter)
   */
  boolean accepts(String location, byte[] head);

  /**
   * Reads the content and reports findings. Malformed content is reported as a finding, not
   * thrown; an {@link IOException} means the bytes could not be read at all.
   */
  void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings) throws IOException;

  /**
   * Whether this scanner itself notes that it read only the first
   * {@link ScanLimits#maxBytesPerObject()} bytes (the data scanners' {@code data.truncated}). The
   * engine then gives it a stream that simply ends at the budget and adds no finding of its own,
   * so a data file never gets a model finding for its size.
   */
  default boolean notesTruncation() {
    return false;
  }
}
