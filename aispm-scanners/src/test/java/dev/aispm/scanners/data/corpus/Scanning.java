package dev.aispm.scanners.data.corpus;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs a scanner over bytes in memory the way the file-scan engine would. */
public final class Scanning {
  private Scanning() {}

  public static List<ContentFinding> run(ContentScanner scanner, String location, String content) {
    return run(scanner, location, content.getBytes(StandardCharsets.UTF_8), ScanLimits.defaults());
  }

  public static List<ContentFinding> run(ContentScanner scanner, String location, byte[] content,
      ScanLimits limits) {
    byte[] head = Arrays.copyOf(content, Math.min(content.length, 1 << 16));
    if (!scanner.accepts(location, head)) {
      throw new AssertionError(scanner.name() + " does not accept " + location);
    }
    List<ContentFinding> out = new ArrayList<>();
    try {
      scanner.scan(new ScanInput(location, new ByteArrayInputStream(content), content.length, 0),
          limits, out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Small limits for tests of limit handling. */
  public static ScanLimits limits(long maxBytes, int maxLine) {
    return new ScanLimits(maxBytes, maxBytes * 4, 200, 1000, 4, 1000, maxLine);
  }
}
