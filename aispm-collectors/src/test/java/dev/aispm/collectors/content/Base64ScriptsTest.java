package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Base64 script content as SageMaker and ARM return it, and what is not. */
class Base64ScriptsTest {
  static final String SCRIPT = "#!/bin/bash\npip install openai==1.30.1\n";

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void validContentDecodesWithLineBreaksToleratedBetweenItsCharacters() {
    String encoded = base64(SCRIPT.getBytes(StandardCharsets.UTF_8));
    String wrapped = encoded.substring(0, 10) + "\r\n" + encoded.substring(10, 20) + "\n " + encoded.substring(20);
    assertThat(Base64Scripts.decode(wrapped)).isEqualTo(SCRIPT.getBytes(StandardCharsets.UTF_8));
    assertThat(Base64Scripts.decodeText(wrapped)).isEqualTo(SCRIPT);
    assertThat(Base64Scripts.decodeText("")).isEmpty();
  }

  @Test
  void contentThatIsNotBase64IsNotDecodedRatherThanSkippedOver() {
    // the MIME decoder would drop the asterisks and decode the rest
    assertThat(Base64Scripts.decode("***not base64***")).isNull();
    assertThat(Base64Scripts.decode("cGlw*IGluc3RhbGw=")).isNull();
    assertThat(Base64Scripts.decode("cGlw")).isNotNull();
    assertThat(Base64Scripts.decode("cGlwI")).isNull();
    assertThat(Base64Scripts.decodeText("***not base64***")).isNull();
  }

  @Test
  void bytesThatAreNotUtf8AreBytesButNotText() {
    String latin1 = base64("pip install caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(Base64Scripts.decode(latin1)).hasSize(16);
    assertThat(Base64Scripts.decodeText(latin1)).isNull();
  }
}
