package dev.aispm.collectors.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Decodes startup scripts that a cloud API returns base64-encoded (a SageMaker lifecycle
 * configuration's hooks, an Azure ML compute instance's inline setup scripts) before
 * {@link StartupScriptInstalls} or a pattern check reads them. Decoding is strict: the MIME decoder
 * silently skips foreign characters and would hand garbage on as a script, so content that is not
 * base64 is reported as undecodable instead. Only white space, which some tools insert as line
 * breaks, is tolerated.
 */
public final class Base64Scripts {
  private Base64Scripts() {}

  /** A script's bytes, or null when the content is not base64. */
  public static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A script's text, as ARM stores an inline script (base64 of UTF-8 text); null when it is neither. */
  public static String decodeText(String base64) {
    byte[] bytes = decode(base64);
    if (bytes == null) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
