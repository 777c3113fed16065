package dev.aispm.scanners.model.numpy;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import dev.aispm.scanners.model.pickle.PickleScanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code .npy} header and, for object arrays, analyses the pickle that follows it as
 * the pickle scanner would: object arrays are how a pickle payload rides in a file people treat
 * as plain numbers.
 */
public final class NumpyScanner implements ContentScanner {
  /** An object-dtype array: loading it unpickles its data. */
  public static final String OBJECT_ARRAY = "model.numpy.object-array";
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  /** NumPy itself refuses headers past 10 000 bytes by default; anything much larger is hostile. */
  private static final int MAX_HEADER = 1 << 20;

  /**
   * The header's patterns, compiled when the first array is read rather than when the scanner is
   * registered: every scan-files run registers it, few read an array, and compiling the first
   * pattern of a process (with its character classes) was a tenth of a one-file scan's start-up.
   */
  private static final class HeaderPatterns {
    static final Pattern DESCR = Pattern.compile(
        "['\"]descr['\"]\\s*:\\s*(.*?)\\s*,\\s*['\"](fortran_order|shape)['\"]", Pattern.DOTALL);
    static final Pattern OBJECT_CODE = Pattern.compile("['\"][|<>=]?O\\d*['\"]");
  }

  @Override
  public String name() {
    return "numpy";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    if (head.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (head[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    InputStream in = input.stream();
    String location = input.location();
    byte[] prefix = in.readNBytes(10);
    if (prefix.length < 10) {
      findings.accept(ModelFindings.unparseable("npy", location, "file shorter than its header"));
      return;
    }
    int major = prefix[6] & 0xff;
    long headerLen;
    if (major == 1) {
      headerLen = (prefix[8] & 0xff) | (prefix[9] & 0xff) << 8;
    } else if (major == 2 || major == 3) {
      byte[] more = in.readNBytes(2);
      if (more.length < 2) {
        findings.accept(ModelFindings.unparseable("npy", location, "truncated header length"));
        return;
      }
      headerLen = (prefix[8] & 0xffL) | (prefix[9] & 0xffL) << 8 | (more[0] & 0xffL) << 16
          | (more[1] & 0xffL) << 24;
    } else {
      findings.accept(ModelFindings.unparseable("npy", location, "unknown format version " + major));
      return;
    }
    if (headerLen > MAX_HEADER) {
      findings.accept(ModelFindings.limitExceeded("npy", location, "npy header size",
          "header claims " + headerLen + " bytes"));
      return;
    }
    byte[] raw = in.readNBytes((int) headerLen);
    if (raw.length < headerLen) {
      findings.accept(ModelFindings.unparseable("npy", location, "truncated header"));
      return;
    }
    String header = new String(raw, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    Matcher m = HeaderPatterns.DESCR.matcher(header);
    if (!header.strip().startsWith("{") || !m.find()) {
      findings.accept(ModelFindings.unparseable("npy", location,
          "header is not a dict with descr, fortran_order and shape"));
      return;
    }
    String descr = m.group(1);
    if (isObjectDtype(descr)) {
      findings.accept(ModelFindings.finding(OBJECT_ARRAY, Severity.MEDIUM,
          "NumPy array has object dtype " + descr.strip() + ": loading it runs the pickle stored"
              + " as its data (np.load with allow_pickle=True)", location, "descr", descr.strip()));
      PickleScanner.analyse(in, location, limits, findings);
    }
  }

  /** 'O' anywhere as a type code (plain, in a structured dtype, or with a byte order). */
  static boolean isObjectDtype(String descr) {
    return HeaderPatterns.OBJECT_CODE.matcher(descr).find()
        || descr.contains("object");
  }
}
