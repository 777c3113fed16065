package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The hash of a scanned object: whole, after a scanner that stops early or skips, and none when cut. */
class DigestingInputTest {
  static final byte[] DATA = "model weights, not really".repeat(1000).getBytes(StandardCharsets.UTF_8);

  @Test
  void theHashCoversTheWholeObjectWhateverTheScannerRead() throws Exception {
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(DATA));
    DigestingInput early = new DigestingInput(new ByteArrayInputStream(DATA), 1 << 20);
    early.readNBytes(100);
    early.skip(5000);
    early.close(); // a scanner closing its input
    assertThat(early.finish()).isEqualTo(expected);
    assertThat(early.count()).isEqualTo(DATA.length);
  }

  @Test
  void aStreamThatReachesItsLimitHasNoHash() {
    DigestingInput cut = new DigestingInput(new ByteArrayInputStream(DATA, 0, 1000), 1000);
    assertThat(cut.finish()).isNull();
  }
}
