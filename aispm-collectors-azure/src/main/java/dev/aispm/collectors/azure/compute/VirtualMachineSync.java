package dev.aispm.collectors.azure.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureScope;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmException;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.arm.Json;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.azure.network.InterfaceView;
import dev.aispm.collectors.azure.network.LoadBalancerExposure;
import dev.aispm.collectors.azure.network.NetworkFetcher;
import dev.aispm.collectors.azure.network.NetworkView;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Collects the virtual machines of one subscription that run AI: lists them (Virtual Machines -
 * List All), places them with the subscription's network interfaces, public IPs and load balancers
 * on the networks the network step read, and reads the user data of those that may run AI (Virtual Machines - Get
 * with {@code $expand=userData}, a few at a time). A failed listing is recorded for the VM type and
 * the supply-chain types the machines' AI use shares with functions and images, so cleanup keeps
 * what an earlier scan found; a failed user data read leaves that machine's user data not read and
 * is recorded once. Nothing stops the rest of the subscription.
 */
public final class VirtualMachineSync {
  /** User data reads at once per subscription: enough to hide latency, few enough not to be throttled. */
  static final int PARALLEL_READS = 4;

  /** The types a failed read keeps from cleanup: the VMs and what their AI use and packages hang on. */
  static final List<NodeSchema> TYPES = Stream.concat(Stream.of(AzureVirtualMachineSchema.NODE),
      SupplyChainGraph.TYPES.stream()).toList();

  private VirtualMachineSync() {}

  /**
   * @param frontends  the subscription's public IPs and load balancers, shared with the scale sets
   * @param identities collects the VMs' managed identities, for the principal step
   */
  public static void collect(AzureScope s, NetworkView network, MachineFrontends frontends, AiCatalogue catalogue,
      AdvisoryIndex advisories, Map<String, ResourceIdentity> identities, GraphBatch out) {
    VirtualMachineFetcher fetcher = new VirtualMachineFetcher(s.arm());
    NodeSchema[] types = TYPES.toArray(NodeSchema[]::new);
    List<JsonNode> vms = s.read(() -> fetcher.virtualMachines(s.path()), types).orElse(null);
    if (vms == null || vms.isEmpty()) {
      return;
    }
    // Without interfaces, public IPs or load balancers reachability is unknown, not absent: the VM
    // type is then failed so the Internet edges an earlier scan drew are kept.
    NetworkFetcher net = new NetworkFetcher(s.arm());
    List<JsonNode> interfaces = s.read(() -> net.networkInterfaces(s.path()), AzureVirtualMachineSchema.NODE)
        .orElse(null);
    InterfaceView view = new InterfaceView(interfaces, frontends.publicIps(), network,
        new LoadBalancerExposure(frontends.loadBalancers()));
    List<JsonNode> chosen = vms.stream().filter(vm -> VirtualMachineTransformer.readsUserData(vm, view)).toList();
    Map<String, UserData> userData = readUserData(s, chosen, fetcher::userData);
    VirtualMachineTransformer.transform(vms, userData, view, s.tenantId(), catalogue, advisories, s.scope(), out);
    // Only the identities of VMs written: a principal node for every VM of the subscription is no AI inventory.
    Set<String> written = out.nodes(AzureVirtualMachineSchema.NODE).stream().map(NodeRecord::id)
        .collect(Collectors.toSet());
    for (JsonNode vm : vms) {
      if (written.contains(ArmIds.normalize(Json.text(vm, "id")))) {
        ResourceIdentity.of(vm).forEach(i -> identities.putIfAbsent(i.principalId(), i));
      }
    }
  }

  /**
   * The user data of {@code chosen}, by lower-case ARM id, read {@link #PARALLEL_READS} at a time.
   * A VM gone since the listing is not read; any other failure leaves the VM's user data not read
   * and is recorded once for {@link #TYPES}, since what the machines run may then be missing.
   *
   * @param read the base64 user data of a VM path, null when it has none; throws {@link ArmException}
   */
  static Map<String, UserData> readUserData(AzureScope s, List<JsonNode> chosen, Function<String, String> read) {
    return readUserData(s, chosen, read, "VM", "Microsoft.Compute/virtualMachines/read", TYPES);
  }

  /**
   * The user data of {@code chosen} machines of any kind, read {@link #PARALLEL_READS} at a time; a
   * failure is recorded once for {@code types}.
   *
   * @param kind   what the machines are called in messages: VM, scale set
   * @param action the permission the read needs, named on a failure the client does not describe
   */
  static Map<String, UserData> readUserData(AzureScope s, List<JsonNode> chosen, Function<String, String> read,
      String kind, String action, List<NodeSchema> types) {
    Map<String, UserData> out = new HashMap<>();
    if (chosen.isEmpty()) {
      return out;
    }
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_READS, chosen.size()));
    List<Future<Result>> running = new ArrayList<>();
    try {
      for (JsonNode vm : chosen) {
        String path = Json.text(vm, "id");
        running.add(pool.submit(() -> {
          try {
            return new Result(path, UserData.decode(read.apply(path)), null);
          } catch (ArmException e) {
            if (e.notFound()) {
              return new Result(path, UserData.notRead("the " + kind + " no longer exists"), null);
            }
            return new Result(path, UserData.notRead("reading its user data failed: " + e.getMessage()), e);
          } catch (RuntimeException e) {
            ArmException wrapped = new ArmException(0, null, e.toString(), action, null);
            return new Result(path, UserData.notRead("reading its user data failed: " + e), wrapped);
          }
        }));
      }
      ArmException first = null;
      for (Future<Result> f : running) {
        Result r;
        try {
          r = f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while reading " + kind + " user data", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("a " + kind + " user data read failed unexpectedly", e.getCause());
        }
        out.put(ArmIds.normalize(r.path()), r.userData());
        if (first == null && r.failure() != null) {
          first = r.failure();
        }
      }
      if (first != null) {
        s.failed(first.action(), "user data of some " + kind + "s could not be read: " + first.getMessage(),
            first.missingPermission(), Duration.ofNanos(System.nanoTime() - start), types.toArray(NodeSchema[]::new));
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private record Result(String path, UserData userData, ArmException failure) {}
}
