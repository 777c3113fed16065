package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Decoding user data as the cloud APIs answer it (base64, plain or gzip), including hostile answers. */
class UserDataTest {
  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void gzipCompressedUserDataIsReadAsCloudInitReadsIt() throws IOException {
    String script = "#cloud-config\nruncmd:\n  - pip install vllm==0.4.2\n";
    UserData d = UserData.decode(b64(gzip(script.getBytes(StandardCharsets.UTF_8))));
    assertThat(d.status()).isEqualTo(UserData.READ);
    assertThat(d.text()).isEqualTo(script);
  }

  @Test
  void aCompressionBombStopsAtTheBoundWithoutTheContent() throws IOException {
    UserData d = UserData.decode(b64(gzip(new byte[UserData.MAX_TEXT + 1])));
    assertThat(d.status()).isEqualTo(UserData.FAILED);
    assertThat(d.error()).contains("more than");
    assertThat(d.text()).isNull();
  }

  @Test
  void userDataThatIsNotAScriptFailsWithAReason() {
    assertThat(UserData.decode("not base64 at all!").error()).isEqualTo("user data is not base64");
    assertThat(UserData.decode(b64(new byte[] {0x1F, (byte) 0x8B, 1, 2, 3})).error())
        .contains("does not decompress");
    assertThat(UserData.decode(b64(new byte[] {(byte) 0xC3, 0x28, 0x41})).error()).contains("binary");
    assertThat(UserData.decode(b64("a\0b".getBytes(StandardCharsets.UTF_8))).error()).contains("binary");
    assertThat(UserData.decode(null).status()).isEqualTo(UserData.NONE);
    assertThat(UserData.decode("  ").status()).isEqualTo(UserData.NONE);
  }

  @Test
  void userDataLargerThanTheBoundIsNotReadEvenUncompressed() {
    UserData d = UserData.decode(b64(new byte[UserData.MAX_TEXT + 1]));
    assertThat(d.status()).isEqualTo(UserData.FAILED);
    assertThat(d.error()).isEqualTo("user data is more than " + UserData.MAX_TEXT + " bytes");
  }
}
