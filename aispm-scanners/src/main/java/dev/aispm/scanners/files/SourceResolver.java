package dev.aispm.scanners.files;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Turns a command-line target (a path, a folder, {@code s3://bucket/prefix}) into the sources it
 * names. The scanners module knows only local files; an application adds resolvers for cloud
 * storage through {@link java.util.ServiceLoader} or by passing them in, so this module never
 * depends on a cloud SDK.
 */
public interface SourceResolver {
  /** Whether this resolver understands {@code target}. */
  boolean handles(String target);

  /**
   * Lists the sources {@code target} names, in a stable order.
   *
   * @throws IOException when the target cannot be listed at all (missing, unreadable)
   */
  void resolve(String target, Consumer<ContentSource> sources) throws IOException;
}
