package dev.aispm.collectors.azure;

import dev.aispm.collectors.azure.arm.ArmClient;
import dev.aispm.collectors.azure.arm.ArmException;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.write.ScopeKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One subscription being collected: its ARM client, its scope (every Azure resource of a
 * subscription is scoped {@code azure/SUBSCRIPTION/global}, since ARM lists them per subscription,
 * not per location), and the ledger calls that turn a failed read into a recorded failure of that
 * resource type while the rest of the subscription goes on.
 */
public final class AzureScope {
  private final String subscriptionId;
  private final String tenantId;
  private final ScopeKey scope;
  private final ArmClient arm;
  private final ScanLedger ledger;
  private final Set<String> failedTypes = new HashSet<>();

  public AzureScope(String subscriptionId, String tenantId, ArmClient arm, ScanLedger ledger) {
    this.subscriptionId = subscriptionId;
    this.tenantId = tenantId;
    this.scope = new ScopeKey(AzureCollector.PROVIDER, subscriptionId.toLowerCase(java.util.Locale.ROOT), ScopeKey.GLOBAL);
    this.arm = arm;
    this.ledger = ledger;
  }

  public String subscriptionId() {
    return subscriptionId;
  }

  public String tenantId() {
    return tenantId;
  }

  public ScopeKey scope() {
    return scope;
  }

  public ArmClient arm() {
    return arm;
  }

  /** The subscription's ARM path, {@code /subscriptions/ID}. */
  public String path() {
    return "/subscriptions/" + subscriptionId;
  }

  /**
   * Runs one read for {@code types}; on failure records it for each of them (with the missing
   * permission when ARM said so) and answers empty. A 404 is an empty answer for lists of child
   * resources that vanished, so only other failures are recorded.
   */
  public <T> Optional<T> read(Supplier<T> call, NodeSchema... types) {
    long start = System.nanoTime();
    try {
      return Optional.ofNullable(call.get());
    } catch (ArmException e) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      for (NodeSchema type : types) {
        failedTypes.add(type.type());
        ledger.failed(scope, type, e.action(), e.getMessage(), e.missingPermission(), took);
      }
      return Optional.empty();
    }
  }

  /**
   * Records a failure that is not an ARM read (a data plane call, a blob read) for each of
   * {@code types}: they are then not marked collected, so cleanup keeps what an earlier scan wrote.
   */
  public void failed(String action, String error, String missingPermission, Duration took, NodeSchema... types) {
    for (NodeSchema type : types) {
      failedTypes.add(type.type());
      ledger.failed(scope, type, action, error, missingPermission, took);
    }
  }

  /** {@link #failed} for one type. */
  public void fail(NodeSchema type, String action, String error, String missingPermission, Duration took) {
    failed(action, error, missingPermission, took, type);
  }

  /** Whether a read of this type failed in this subscription. */
  public boolean failed(NodeSchema type) {
    return failedTypes.contains(type.type());
  }
}
