package dev.aispm.scanners.archive;

import java.io.IOException;

/**
 * Thrown by a guarded stream when a scan limit is reached. It is an {@link IOException} so it
 * travels through any scanner's read loop; the engine turns it into a limit or bomb finding.
 */
public class ScanLimitException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String limit;
  private final boolean bomb;

  /**
   * @param limit  the setting that was reached, as docs and findings name it
   * @param bomb   whether the content expands like a decompression bomb
   */
  public ScanLimitException(String limit, String message, boolean bomb) {
    super(message);
    this.limit = limit;
    this.bomb = bomb;
  }

  /** The setting that was reached. */
  public String limit() {
    return limit;
  }

  /** Whether the content expands like a decompression bomb. */
  public boolean bomb() {
    return bomb;
  }
}
