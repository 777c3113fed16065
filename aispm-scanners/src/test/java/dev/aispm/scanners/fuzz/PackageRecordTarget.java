package dev.aispm.scanners.fuzz;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.packages.PackageInventoryScanner;
import dev.aispm.scanners.packages.PackageManifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The package record parsers ({@link PackageManifests}) as one fuzz target: the input's first
 * line is the file's path, which decides the record kind as a scan would, and the rest is the
 * record. One target reaches every format (a fuzzer soon learns the names from the seeds), and
 * the parsers are called directly rather than through {@link PackageInventoryScanner}, which
 * catches runtime exceptions: here only the documented {@link IOException} may signal bad input.
 */
final class PackageRecordTarget implements ContentScanner {

  @Override
  public String name() {
    return "package-records";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    return true;
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings) throws IOException {
    String all = new String(input.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
        limits.maxBytesPerObject())), StandardCharsets.UTF_8);
    int nl = all.indexOf('\n');
    String path = nl < 0 ? all : all.substring(0, nl);
    String text = nl < 0 ? "" : all.substring(nl + 1);
    var kind = PackageManifests.kindOf(path);
    if (kind.isEmpty()) {
      return;
    }
    try {
      PackageManifests.read(kind.get(), text, path);
    } catch (IOException e) {
      findings.accept(new ContentFinding(PackageInventoryScanner.UNPARSEABLE, Severity.LOW,
          "record could not be parsed", input.location(), 0, 0, Map.of("reason", "record could not be parsed")));
    }
  }
}
