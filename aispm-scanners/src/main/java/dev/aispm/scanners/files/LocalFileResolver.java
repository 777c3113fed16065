package dev.aispm.scanners.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Local files and folders. Folders are walked in name order without following directory links
 * (a link loop must not hang a scan), but a link to a file is read, because model caches such as
 * Hugging Face's keep every file as a link into a blob store.
 */
public final class LocalFileResolver implements SourceResolver {

  @Override
  public boolean handles(String target) {
    return !isUri(target) || target.startsWith("file://");
  }

  /**
   * Whether {@code target} reads as {@code scheme://rest}, as the expression
   * {@code [a-zA-Z][a-zA-Z0-9+.-]*://.*} matches it (the rest on one line). Checked by hand: this
   * runs before the first file is opened, and a regular expression's first use in a process
   * costs milliseconds of linking there.
   */
  static boolean isUri(String target) {
    int n = target.length();
    if (n == 0 || !isAsciiLetter(target.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < n && isSchemeChar(target.charAt(i))) {
      i++;
    }
    if (!target.startsWith("://", i)) {
      return false;
    }
    for (int k = i + 3; k < n; k++) {
      char c = target.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isSchemeChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
  }

  @Override
  public void resolve(String target, Consumer<ContentSource> sources) throws IOException {
    Path root = target.startsWith("file://") ? Path.of(java.net.URI.create(target)) : Path.of(target);
    if (!Files.exists(root)) {
      throw new NoSuchFileException(target);
    }
    if (Files.isRegularFile(root)) {
      sources.accept(new LocalFile(root));
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
    for (Path file : files) {
      sources.accept(new LocalFile(file));
    }
  }

  /** A local file as a content source. */
  record LocalFile(Path path) implements ContentSource {
    @Override
    public String location() {
      return path.toString();
    }

    @Override
    public long size() {
      try {
        return Files.size(path);
      } catch (IOException e) {
        return -1;
      }
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public Optional<Path> localPath() {
      return Optional.of(path);
    }
  }

}
