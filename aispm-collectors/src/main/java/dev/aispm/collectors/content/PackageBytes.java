package dev.aispm.collectors.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a code package (a function's zip, a source archive) into memory within the per-object
 * content budget: a package that turns out larger than its listing said fails as over budget
 * instead of being scanned cut short, since a truncated zip hides its last entries.
 */
public final class PackageBytes {
  private PackageBytes() {}

  /** Thrown when the package is larger than the budget: it is then reported as not scanned. */
  public static final class OverBudgetException extends IOException {
    public OverBudgetException(long size, long max) {
      super("code package of " + (size < 0 ? "more than " + max : String.valueOf(size))
          + " bytes is over the content budget of " + max + " bytes per object");
    }
  }

  /** Every byte of {@code in}, or {@link OverBudgetException} past {@code maxBytes}; closes the stream. */
  public static byte[] read(InputStream in, long maxBytes) throws IOException {
    try (InputStream source = in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = source.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new OverBudgetException(-1, maxBytes);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }
}
