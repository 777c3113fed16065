package dev.aispm.collectors.aws;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.write.ScopeKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;

/**
 * One account and region (or the account's global scope) being collected, with the helpers
 * every sync uses to call AWS: a failed call is recorded on the ledger against the resource type
 * it was collecting, with the missing permission, and the sync carries on with what it has.
 */
public final class AwsScope {
  private final ScopeKey key;
  private final Region clientRegion;
  private final AwsClients clients;
  private final CollectionContext context;
  private final ExecutorService describePool;

  AwsScope(ScopeKey key, Region clientRegion, AwsClients clients, CollectionContext context,
      ExecutorService describePool) {
    this.key = key;
    this.clientRegion = clientRegion;
    this.clients = clients;
    this.context = context;
    this.describePool = describePool;
  }

  public ScopeKey key() {
    return key;
  }

  public String account() {
    return key.account();
  }

  /** The region the scope's clients talk to (the home region for the global scope). */
  public Region region() {
    return clientRegion;
  }

  public AwsClients clients() {
    return clients;
  }

  public CollectionContext context() {
    return context;
  }

  /** This account's global scope, for resources (roles, buckets) that no region owns. */
  public ScopeKey globalKey() {
    return key.global();
  }

  /** Reports progress under this scope's name. */
  public void progress(String message, int done, int total) {
    context.progress().step("aws " + key.account() + " " + key.region(), message, done, total);
  }

  /**
   * Calls AWS; on failure records it for {@code type} in this scope and returns empty.
   *
   * @param service   API model name, e.g. {@code sagemaker}
   * @param operation operation name, e.g. {@code ListNotebookInstances}
   */
  public <T> Optional<T> call(NodeSchema type, String service, String operation, Supplier<T> fn) {
    Instant start = Instant.now();
    try {
      return Optional.ofNullable(fn.get());
    } catch (RuntimeException e) {
      fail(type, service, operation, e, start);
      return Optional.empty();
    }
  }

  /** WriteBatch a failure of {@code operation} for {@code type} in this scope. */
  public void fail(NodeSchema type, String service, String operation, Throwable e, Instant start) {
    String action = IamActions.of(service, operation);
    AwsFailures.Failure f = AwsFailures.describe(e, action);
    context.ledger().failed(key, type, action, f.error(), f.missingPermission(),
        Duration.between(start, Instant.now()));
  }

  /**
   * Describes every item in parallel (bounded by the scan's describe pool). An item that vanished
   * since it was listed is dropped; any other failure is recorded once for {@code type} and the
   * item dropped, so one unreadable resource does not cost the others.
   */
  public <S, T> List<T> describeAll(List<S> items, NodeSchema type, String service, String operation,
      Function<S, T> describe) {
    AtomicBoolean failed = new AtomicBoolean();
    Instant start = Instant.now();
    List<CompletableFuture<T>> futures = new ArrayList<>(items.size());
    for (S item : items) {
      futures.add(CompletableFuture.supplyAsync(() -> {
        try {
          return describe.apply(item);
        } catch (RuntimeException e) {
          if (!AwsFailures.isNotFound(e) && failed.compareAndSet(false, true)) {
            fail(type, service, operation, e, start);
          }
          return null;
        }
      }, describePool));
    }
    List<T> out = new ArrayList<>(items.size());
    for (CompletableFuture<T> f : futures) {
      T value = f.join();
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /** WriteBatch that {@code type} was fully read in this scope. */
  public void succeeded(NodeSchema type, int count, Instant start) {
    context.ledger().succeeded(key, type, count, Duration.between(start, Instant.now()));
  }
}
