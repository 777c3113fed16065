package dev.aispm.collectors.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A virtual machine's user data as the cloud API answers it (base64: EC2's DescribeInstanceAttribute,
 * an Azure VM's {@code userData}), decoded to the script cloud-init runs: plain, or gzip-compressed
 * as cloud-init also accepts. Decoding is bounded and never throws: data that is not base64, not
 * text, or larger than {@link #MAX_TEXT} (once uncompressed: a compression bomb) is {@code failed}
 * with the reason, never the content.
 *
 * @param status {@link #READ}, {@link #NONE} (the machine has no user data), {@link #NOT_READ}
 *               (not asked for, or the call failed) or {@link #FAILED} (it could not be decoded)
 * @param error  why it is not read; null otherwise
 * @param text   the script, when read
 */
public record UserData(String status, String error, String text) {
  public static final String READ = "read";
  public static final String NONE = "none";
  public static final String NOT_READ = "not-read";
  public static final String FAILED = "failed";
  /** AWS caps user data at 16 KB, Azure at 64 KB; a compressed one may expand, up to this. */
  public static final int MAX_TEXT = 1024 * 1024;

  /** A machine without user data. */
  public static UserData none() {
    return new UserData(NONE, null, null);
  }

  /** User data that could not be asked for, e.g. without the permission to read it. */
  public static UserData notRead(String why) {
    return new UserData(NOT_READ, why, null);
  }

  /** Decodes the API's value; null or blank means the machine has none. */
  public static UserData decode(String base64) {
    if (base64 == null || base64.isBlank()) {
      return none();
    }
    byte[] raw = Base64Scripts.decode(base64);
    if (raw == null) {
      return failed("user data is not base64");
    }
    if (raw.length > MAX_TEXT) {
      return failed("user data is more than " + MAX_TEXT + " bytes");
    }
    byte[] bytes = raw;
    if (raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B) {
      try {
        bytes = gunzip(raw);
      } catch (IOException e) {
        return failed("user data is gzip-compressed but does not decompress");
      }
      if (bytes == null) {
        return failed("user data decompresses to more than " + MAX_TEXT + " bytes");
      }
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\0') >= 0) {
        return failed("user data is binary, not a script");
      }
      return new UserData(READ, null, text);
    } catch (CharacterCodingException e) {
      return failed("user data is binary, not a script");
    }
  }

  /**
   * This user data judged for secrets, one setting per non-blank line ({@code NAME line 6}): none is
   * clean, while data not read or not decoded leaves the verdict open.
   *
   * @param name  what its lines are called, e.g. {@code UserData}
   * @param where names the machine in errors
   */
  public SettingSecrets.Report secrets(String name, String where) {
    return switch (status) {
      case READ -> ScriptSecrets.report(Map.of(name, text), 0, where);
      case NONE -> new SettingSecrets.Report(SettingSecrets.Report.SCANNED, null, List.of());
      case FAILED -> new SettingSecrets.Report(SettingSecrets.Report.FAILED, error, List.of());
      default -> SettingSecrets.Report.notRead(error);
    };
  }

  private static UserData failed(String why) {
    return new UserData(FAILED, why, null);
  }

  /** The decompressed bytes, or null when they exceed {@link #MAX_TEXT}. */
  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > MAX_TEXT) {
          return null;
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }
}
