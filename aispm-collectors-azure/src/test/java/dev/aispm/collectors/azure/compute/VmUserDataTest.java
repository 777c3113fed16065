package dev.aispm.collectors.azure.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class VmUserDataTest {
  static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void plainAndGzippedScriptsAreRead() throws IOException {
    byte[] script = "#!/bin/bash\nollama serve\n".getBytes(StandardCharsets.UTF_8);
    assertThat(VmUserData.decode(b64(script))).isEqualTo(new VmUserData("read", null, "#!/bin/bash\nollama serve\n"));
    assertThat(VmUserData.decode(b64(gzip(script))).text()).isEqualTo("#!/bin/bash\nollama serve\n");
  }

  @Test
  void absentUserDataIsNone() {
    assertThat(VmUserData.decode(null).status()).isEqualTo("none");
    assertThat(VmUserData.decode("  ").status()).isEqualTo("none");
  }

  @Test
  void undecodableDataFailsWithTheReasonNeverTheContent() throws IOException {
    assertThat(VmUserData.decode("not*base64")).isEqualTo(new VmUserData("failed", "user data is not base64", null));
    assertThat(VmUserData.decode(b64(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, (byte) 0xFF})).error())
        .isEqualTo("user data is binary, not a script");
    assertThat(VmUserData.decode(b64(new byte[] {0x1F, (byte) 0x8B, 1, 2, 3})).error())
        .isEqualTo("user data is gzip-compressed but does not decompress");
    byte[] bomb = gzip(new byte[VmUserData.MAX_TEXT + 1]);
    assertThat(VmUserData.decode(b64(bomb)).error()).isEqualTo("user data decompresses to more than 1048576 bytes");
  }
}
