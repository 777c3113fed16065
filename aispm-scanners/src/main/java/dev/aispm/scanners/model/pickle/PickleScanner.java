package dev.aispm.scanners.model.pickle;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Finds code execution in pickle streams: bare pickles, joblib files, legacy PyTorch files and the
 * {@code data.pkl} inside PyTorch zip checkpoints. Content is recognised by its bytes, never by
 * its name, because renaming a pickle {@code .bin} or {@code .txt} was a published way past
 * scanners that trusted extensions.
 */
public final class PickleScanner implements ContentScanner {
  /** Opcodes the recognition probe replays from the head of the content. */
  private static final long PROBE_OPCODES = 64;

  @Override
  public String name() {
    return "pickle";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    return looksLikePickle(head);
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    analyse(input.stream(), input.location(), limits, findings);
  }

  /**
   * Walks every pickle in {@code in}; used directly by formats that embed pickles (NumPy object
   * arrays) so their findings read the same as a bare pickle's.
   */
  public static void analyse(InputStream in, String location, ScanLimits limits,
      Consumer<ContentFinding> findings) throws IOException {
    new PickleMachine(location, findings, limits.maxPickleOpcodes(), 0).run(in);
  }

  /**
   * Whether {@code head} starts a pickle. Protocol 2+ pickles open with PROTO; protocol 0 and 1
   * have no magic, so the head is replayed: it must run cleanly for a while, reach STOP, or import
   * or call something before the first error (a payload can execute and then break the stream).
   */
  public static boolean looksLikePickle(byte[] head) {
    if (head.length < 2) {
      return false;
    }
    PickleMachine probe = new PickleMachine("probe", null, PROBE_OPCODES, Integer.MAX_VALUE);
    PickleMachine.Outcome outcome;
    try {
      outcome = probe.run(new ByteArrayInputStream(head));
    } catch (IOException | RuntimeException e) {
      return false;
    }
    if (outcome.opcodes() < 2) {
      return false;
    }
    boolean binary = (head[0] & 0xff) == 0x80;
    boolean clean = outcome.error() == null || outcome.truncated()
        || outcome.opcodes() > PROBE_OPCODES;
    if (binary) {
      return clean || outcome.sawGlobalOrCall() || outcome.opcodes() >= 3;
    }
    return outcome.stopped() || outcome.sawGlobalOrCall()
        || clean && outcome.opcodes() >= 16;
  }
}
