package dev.aispm.misuse.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the recorded answers under {@code src/test/resources/recorded/}. */
public final class Recorded {
  private Recorded() {}

  public static byte[] bytes(String path) {
    try (InputStream in = Recorded.class.getResourceAsStream("/recorded/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded answer " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }
}
