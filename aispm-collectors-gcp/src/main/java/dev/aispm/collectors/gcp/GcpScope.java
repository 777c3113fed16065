package dev.aispm.collectors.gcp;

import dev.aispm.graph.collect.Read;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.write.ScopeKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One project and location (or the project's global scope) being collected, with the helpers
 * every sync uses to call Google: a failed call is recorded on the ledger against the resource
 * type it was collecting, with the missing permission, and the sync carries on with what it has.
 */
public final class GcpScope {
  private final ScopeKey key;
  private final GcpProject project;
  private final GcpClients clients;
  private final CollectionContext context;
  private final java.util.List<String> ancestors;

  /**
   * @param ancestors the project's folders and organization, nearest first, whose IAM bindings it inherits
   */
  public GcpScope(ScopeKey key, GcpProject project, GcpClients clients, CollectionContext context,
      java.util.List<String> ancestors) {
    this.key = key;
    this.project = project;
    this.clients = clients;
    this.context = context;
    this.ancestors = java.util.List.copyOf(ancestors);
  }

  /** Folders and organization above the project, nearest first. */
  public java.util.List<String> ancestors() {
    return ancestors;
  }

  public ScopeKey key() {
    return key;
  }

  public GcpProject project() {
    return project;
  }

  public GcpClients clients() {
    return clients;
  }

  public CollectionContext context() {
    return context;
  }

  /** The same project in another location. */
  public GcpScope in(String location) {
    return new GcpScope(new ScopeKey(key.provider(), key.account(), location), project, clients, context, ancestors);
  }

  public void progress(String message) {
    context.progress().step("gcp " + key.account() + " " + key.region(), message, 0, -1);
  }

  /**
   * Calls Google; on failure records it for {@code type} in this scope and returns empty.
   *
   * @param permission the IAM permission the call needs, recorded when the API denies it
   */
  public <T> Optional<T> call(NodeSchema type, String permission, Supplier<T> fn) {
    Instant start = Instant.now();
    try {
      return Optional.ofNullable(fn.get());
    } catch (RuntimeException e) {
      fail(type, permission, e, start);
      return Optional.empty();
    }
  }

  /** Reads one setting; a failure is recorded for {@code type} and the setting left unknown. */
  public <T> Read<T> read(NodeSchema type, String permission, Supplier<T> fn) {
    Instant start = Instant.now();
    try {
      return Read.of(fn.get());
    } catch (RuntimeException e) {
      fail(type, permission, e, start);
      return Read.unknown();
    }
  }

  public void fail(NodeSchema type, String permission, Throwable e, Instant start) {
    GcpFailures.Failure f = GcpFailures.describe(e, permission);
    context.ledger().failed(key, type, permission, f.error(), f.missingPermission(),
        Duration.between(start, Instant.now()));
  }

  /**
   * Records that {@code type} was not read because the call it depends on ({@code operation})
   * failed, which is recorded on its own: the scan then says why in words, not as an exception.
   */
  public void notRead(NodeSchema type, String operation, String why, Instant start) {
    context.ledger().failed(key, type, operation, why, null, Duration.between(start, Instant.now()));
  }

  public void succeeded(NodeSchema type, int count, Instant start) {
    context.ledger().succeeded(key, type, count, Duration.between(start, Instant.now()));
  }
}
