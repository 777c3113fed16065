package dev.aispm.scanners.data;

import dev.aispm.scanners.core.ContentScanner;
import java.util.EnumSet;
import java.util.Set;

/**
 * What every data scanner shares: a name, the {@link DataFormat}s it reads (so that
 * {@link DataFormat#sniff} gives each leaf to exactly one of them) and the promise to note a byte
 * budget that cut its read short, since only the reader knows where in the content it stopped.
 */
public abstract class DataScanner implements ContentScanner {
  private final String name;
  private final Set<DataFormat> formats;

  /**
   * @param name    the scanner's name in findings and reports
   * @param first   a format this scanner reads
   * @param others  any further formats it reads
   */
  protected DataScanner(String name, DataFormat first, DataFormat... others) {
    this.name = name;
    this.formats = EnumSet.of(first, others);
  }

  @Override
  public final String name() {
    return name;
  }

  /** Notes {@code data.truncated} itself when the byte budget ends the read. */
  @Override
  public final boolean notesTruncation() {
    return true;
  }

  @Override
  public final boolean accepts(String location, byte[] head) {
    return formats.contains(DataFormat.sniff(location, head));
  }
}
