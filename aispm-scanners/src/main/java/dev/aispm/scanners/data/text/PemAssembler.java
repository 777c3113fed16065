package dev.aispm.scanners.data.text;

/**
 * Gathers a PEM private key written over several lines into one block, so the detector sees the
 * header, the body and the footer together as it would in a JSON string. Blocks are bounded in
 * size; a header without a footer is flushed when the limit or the input ends.
 */
final class PemAssembler {
  private static final int MAX_BLOCK = 16_384;
  private final StringBuilder block = new StringBuilder();
  private boolean collecting;
  private long blockLine;

  /**
   * Offers a line; returns a complete block when this line ends one, else null. A line that holds
   * a whole key (header, body and footer) needs no assembly and is ignored here.
   */
  String offer(String line, long lineNumber) {
    if (!collecting) {
      int begin = line.indexOf("-----BEGIN ");
      if (begin >= 0 && line.indexOf("PRIVATE KEY", begin) > 0 && line.indexOf("-----END", begin) < 0) {
        collecting = true;
        blockLine = lineNumber;
        block.setLength(0);
        block.append(line, begin, line.length()).append('\n');
      }
      return null;
    }
    block.append(line).append('\n');
    if (line.contains("-----END") || block.length() > MAX_BLOCK) {
      collecting = false;
      return blockWithoutHeaderLine();
    }
    return null;
  }

  /** Whether a header was seen and its block is being gathered. */
  boolean collecting() {
    return collecting;
  }

  /** A block still open at the end of input. */
  String flush() {
    if (!collecting) {
      return null;
    }
    collecting = false;
    return blockWithoutHeaderLine();
  }

  long blockLine() {
    return blockLine;
  }

  private String blockWithoutHeaderLine() {
    String s = block.toString();
    block.setLength(0);
    return s;
  }
}
