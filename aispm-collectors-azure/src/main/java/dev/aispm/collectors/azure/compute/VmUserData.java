package dev.aispm.collectors.azure.compute;

import dev.aispm.collectors.content.Base64Scripts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * A virtual machine's user data as ARM answers it ({@code properties.userData} of a GET with
 * {@code $expand=userData}, base64), decoded to the script cloud-init runs: plain, or
 * gzip-compressed as cloud-init also accepts. Custom data ({@code osProfile.customData}) is never
 * returned by ARM, so user data is the one boot script a reader can see. Decoding is bounded and
 * never throws: data that is not base64, not text, or larger than {@link #MAX_TEXT} once
 * uncompressed (a compression bomb) is {@code failed} with the reason, never the content.
 *
 * @param status {@link #READ}, {@link #NONE} (the VM has no user data), {@link #NOT_READ} (not
 *               asked for, or the call failed) or {@link #FAILED} (it could not be decoded)
 * @param error  why it is not read; null otherwise
 * @param text   the script, when read
 */
public record VmUserData(String status, String error, String text) {
  public static final String READ = "read";
  public static final String NONE = "none";
  public static final String NOT_READ = "not-read";
  public static final String FAILED = "failed";
  /** Azure caps user data at 64 KB encoded; a compressed one may expand, up to this. */
  static final int MAX_TEXT = 1024 * 1024;

  /** A VM without user data. */
  public static VmUserData none() {
    return new VmUserData(NONE, null, null);
  }

  /** User data that could not be asked for, e.g. the GET failed. */
  public static VmUserData notRead(String why) {
    return new VmUserData(NOT_READ, why, null);
  }

  /** Decodes the property's value; null or blank means the VM has none. */
  public static VmUserData decode(String base64) {
    if (base64 == null || base64.isBlank()) {
      return none();
    }
    byte[] raw = Base64Scripts.decode(base64);
    if (raw == null) {
      return failed("user data is not base64");
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
    if (bytes.length > MAX_TEXT) {
      return failed("user data is more than " + MAX_TEXT + " bytes");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\0') >= 0) {
        return failed("user data is binary, not a script");
      }
      return new VmUserData(READ, null, text);
    } catch (CharacterCodingException e) {
      return failed("user data is binary, not a script");
    }
  }

  private static VmUserData failed(String why) {
    return new VmUserData(FAILED, why, null);
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
