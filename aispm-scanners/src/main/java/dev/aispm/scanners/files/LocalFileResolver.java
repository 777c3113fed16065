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
    return !target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || target.startsWith("file://");
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
