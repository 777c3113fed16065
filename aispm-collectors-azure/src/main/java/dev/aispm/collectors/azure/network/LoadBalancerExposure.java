package dev.aispm.collectors.azure.network;

import static dev.aispm.collectors.azure.arm.Json.number;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the subscription's public load balancers forward from the internet to each network
 * interface IP configuration: a machine without a public IP of its own is still reachable when it
 * sits in the backend pool of a load-balancing rule, or behind an inbound NAT rule, whose frontend
 * has a public IP. Only frontends with a public IP address or prefix count; a frontend in a subnet
 * (an internal load balancer) takes no internet traffic, nor does a Gateway load balancer, which
 * only receives what another load balancer chains to it.
 *
 * <p>Backends are matched by the interface IP configuration a pool or NAT rule names, or, for pools
 * that name their backends by address, by private address within the virtual network. A scale
 * set's model names the backend pools and inbound NAT pools its instances join instead
 * ({@link #poolForwards}); an inbound NAT pool gives each instance one frontend port of its range,
 * all to the same backend port. Ports are
 * the backend ports, as security groups spell them ({@code Tcp:8080}, {@code *:*} for HA ports),
 * because the security groups on the backend judge the traffic after the load balancer has
 * translated the port. Pure: the load balancers are already read.
 */
public final class LoadBalancerExposure {
  private final boolean read;
  private final Map<String, Set<Forward>> byIpConfiguration = new HashMap<>();
  private final Map<String, Set<Forward>> byAddress = new HashMap<>();
  /** By backend pool and inbound NAT pool id: scale set instances join pools by id, not by a listed IP configuration. */
  private final Map<String, Set<Forward>> byPool = new HashMap<>();

  /**
   * One way a public frontend forwards internet traffic to a backend.
   *
   * @param loadBalancerId            the load balancer, lower-case ARM id
   * @param frontendIpConfigurationId its public frontend, lower-case ARM id
   * @param publicIpAddressId         the frontend's public IP address, lower-case; null for a public IP prefix
   * @param basicSku                  true for a Basic load balancer, false for Standard, null when the SKU is not given
   * @param ruleId                    the load-balancing or inbound NAT rule, lower-case ARM id
   * @param frontendPorts             the frontend port or range ({@code 443}, {@code 50000-50099}), {@code *} for HA ports
   * @param backendPort               the backend port as {@code protocol:range}: {@code Tcp:8080}, {@code *:*}
   */
  public record Forward(String loadBalancerId, String frontendIpConfigurationId, String publicIpAddressId,
      Boolean basicSku, String ruleId, String frontendPorts, String backendPort) {}

  /** @param loadBalancers the subscription's load balancers; null when they could not be listed */
  public LoadBalancerExposure(List<JsonNode> loadBalancers) {
    this.read = loadBalancers != null;
    (loadBalancers == null ? List.<JsonNode>of() : loadBalancers).forEach(this::add);
  }

  /** A subscription with no load balancers: nothing is forwarded, and that is known. */
  public static LoadBalancerExposure none() {
    return new LoadBalancerExposure(List.of());
  }

  /** Whether the load balancers were read; when not, what they forward is unknown. */
  public boolean read() {
    return read;
  }

  /**
   * What public frontends forward to one IP configuration of an interface.
   *
   * @param ipConfigurationId the interface IP configuration's ARM id, any case
   * @param privateIp         its private address, for pools that name backends by address; null when unknown
   * @param virtualNetworkId  the virtual network of its subnet, any case; null when unknown
   */
  public List<Forward> forwards(String ipConfigurationId, String privateIp, String virtualNetworkId) {
    Set<Forward> out = new LinkedHashSet<>();
    String id = ArmIds.normalize(ipConfigurationId);
    if (id != null) {
      out.addAll(byIpConfiguration.getOrDefault(id, Set.of()));
    }
    String network = ArmIds.normalize(virtualNetworkId);
    if (privateIp != null && network != null) {
      out.addAll(byAddress.getOrDefault(address(network, privateIp), Set.of()));
    }
    return List.copyOf(out);
  }

  /**
   * What public frontends forward to the members of these backend pools and inbound NAT pools, as a
   * scale set's model names them.
   *
   * @param poolIds ARM ids of backend address pools and inbound NAT pools, any case
   */
  public List<Forward> poolForwards(List<String> poolIds) {
    Set<Forward> out = new LinkedHashSet<>();
    for (String pool : poolIds) {
      String id = ArmIds.normalize(pool);
      if (id != null) {
        out.addAll(byPool.getOrDefault(id, Set.of()));
      }
    }
    return List.copyOf(out);
  }

  private void add(JsonNode lb) {
    String lbId = ArmIds.normalize(text(lb, "id"));
    String sku = text(lb, "sku", "name");
    if (lbId == null || "Gateway".equalsIgnoreCase(sku)) {
      return;
    }
    Boolean basic = sku == null ? null : sku.equalsIgnoreCase("Basic");
    JsonNode p = lb.path("properties");
    Map<String, Frontend> frontends = new HashMap<>();
    for (JsonNode fe : p.path("frontendIPConfigurations")) {
      String feId = ArmIds.normalize(text(fe, "id"));
      String ip = ArmIds.normalize(text(fe, "properties", "publicIPAddress", "id"));
      String prefix = ArmIds.normalize(text(fe, "properties", "publicIPPrefix", "id"));
      if (feId != null && (ip != null || prefix != null)) {
        frontends.put(feId, new Frontend(ip));
      }
    }
    if (frontends.isEmpty()) {
      return;
    }
    Map<String, Members> pools = new HashMap<>();
    for (JsonNode pool : p.path("backendAddressPools")) {
      String poolId = ArmIds.normalize(text(pool, "id"));
      if (poolId != null) {
        pools.put(poolId, members(pool.path("properties")));
      }
    }
    for (JsonNode rule : p.path("loadBalancingRules")) {
      JsonNode r = rule.path("properties");
      Frontend fe = frontends.get(ArmIds.normalize(text(r, "frontendIPConfiguration", "id")));
      if (fe == null) {
        continue;
      }
      Ports ports = ports(text(r, "protocol"), number(r, "frontendPort"), number(r, "backendPort"));
      Set<String> poolIds = new LinkedHashSet<>();
      if (ArmIds.normalize(text(r, "backendAddressPool", "id")) != null) {
        poolIds.add(ArmIds.normalize(text(r, "backendAddressPool", "id")));
      }
      for (JsonNode ref : r.path("backendAddressPools")) {
        if (ArmIds.normalize(text(ref, "id")) != null) {
          poolIds.add(ArmIds.normalize(text(ref, "id")));
        }
      }
      Forward f = new Forward(lbId, ArmIds.normalize(text(r, "frontendIPConfiguration", "id")), fe.publicIpAddressId(),
          basic, ArmIds.normalize(text(rule, "id")), ports.frontend(), ports.backend());
      poolIds.forEach(pool -> {
        pools.getOrDefault(pool, Members.EMPTY).addTo(this, f);
        put(byPool, pool, f);
      });
    }
    for (JsonNode rule : p.path("inboundNatRules")) {
      JsonNode r = rule.path("properties");
      String feId = ArmIds.normalize(text(r, "frontendIPConfiguration", "id"));
      Frontend fe = frontends.get(feId);
      if (fe == null) {
        continue;
      }
      String ruleId = ArmIds.normalize(text(rule, "id"));
      String backendConfig = ArmIds.normalize(text(r, "backendIPConfiguration", "id"));
      if (backendConfig != null) {
        Ports ports = ports(text(r, "protocol"), number(r, "frontendPort"), number(r, "backendPort"));
        put(byIpConfiguration, backendConfig,
            new Forward(lbId, feId, fe.publicIpAddressId(), basic, ruleId, ports.frontend(), ports.backend()));
      }
      String pool = ArmIds.normalize(text(r, "backendAddressPool", "id"));
      if (pool != null) {
        // A pool NAT rule gives each backend one frontend port of the range, all to the same backend port.
        Long start = number(r, "frontendPortRangeStart");
        Long end = number(r, "frontendPortRangeEnd");
        Ports ports = ports(text(r, "protocol"), null, number(r, "backendPort"));
        String frontend = start == null ? "*" : end == null || end.equals(start) ? start.toString() : start + "-" + end;
        Forward f = new Forward(lbId, feId, fe.publicIpAddressId(), basic, ruleId, frontend, ports.backend());
        pools.getOrDefault(pool, Members.EMPTY).addTo(this, f);
        put(byPool, pool, f);
      }
    }
    for (JsonNode natPool : p.path("inboundNatPools")) {
      JsonNode r = natPool.path("properties");
      String feId = ArmIds.normalize(text(r, "frontendIPConfiguration", "id"));
      Frontend fe = frontends.get(feId);
      String poolId = ArmIds.normalize(text(natPool, "id"));
      if (fe == null || poolId == null) {
        continue;
      }
      Long start = number(r, "frontendPortRangeStart");
      Long end = number(r, "frontendPortRangeEnd");
      Ports ports = ports(text(r, "protocol"), null, number(r, "backendPort"));
      String frontend = start == null ? "*" : end == null || end.equals(start) ? start.toString() : start + "-" + end;
      put(byPool, poolId, new Forward(lbId, feId, fe.publicIpAddressId(), basic, poolId, frontend, ports.backend()));
    }
  }

  /** A pool's backends: interface IP configurations, and addresses within a virtual network. */
  private static Members members(JsonNode pool) {
    List<String> configs = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    for (JsonNode c : pool.path("backendIPConfigurations")) {
      if (ArmIds.normalize(text(c, "id")) != null) {
        configs.add(ArmIds.normalize(text(c, "id")));
      }
    }
    for (JsonNode a : pool.path("loadBalancerBackendAddresses")) {
      JsonNode ap = a.path("properties");
      String config = ArmIds.normalize(text(ap, "networkInterfaceIPConfiguration", "id"));
      if (config != null) {
        configs.add(config);
        continue;
      }
      String ip = text(ap, "ipAddress");
      String network = ArmIds.normalize(text(ap, "virtualNetwork", "id"));
      if (network == null) {
        network = virtualNetworkOf(text(ap, "subnet", "id"));
      }
      if (ip != null && network != null) {
        addresses.add(address(network, ip));
      }
    }
    return new Members(configs, addresses);
  }

  /** The virtual network a subnet id belongs to, lower-case; null when the id is not a subnet's. */
  public static String virtualNetworkOf(String subnetId) {
    String s = ArmIds.normalize(subnetId);
    int at = s == null ? -1 : s.indexOf("/subnets/");
    return at < 0 ? null : s.substring(0, at);
  }

  /**
   * The frontend and backend ports of a rule. Protocol All with frontend port 0 is HA ports:
   * every port of every protocol, as is. A missing backend port is the frontend port, as ARM
   * defaults it.
   */
  static Ports ports(String protocol, Long frontendPort, Long backendPort) {
    String proto = protocol == null || protocol.equalsIgnoreCase("All") ? "*"
        : protocol.equalsIgnoreCase("Tcp") ? "Tcp" : protocol.equalsIgnoreCase("Udp") ? "Udp" : protocol;
    boolean haPorts = proto.equals("*") && frontendPort != null && frontendPort == 0;
    if (haPorts) {
      return new Ports("*", "*:*");
    }
    Long backend = backendPort == null || backendPort == 0 ? frontendPort : backendPort;
    return new Ports(frontendPort == null ? "*" : frontendPort.toString(), proto + ":" + (backend == null ? "*" : backend));
  }

  private static String address(String network, String ip) {
    return network + "|" + ip.strip();
  }

  private static void put(Map<String, Set<Forward>> map, String key, Forward f) {
    map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f);
  }

  record Ports(String frontend, String backend) {}

  private record Frontend(String publicIpAddressId) {}

  private record Members(List<String> configs, List<String> addresses) {
    static final Members EMPTY = new Members(List.of(), List.of());

    void addTo(LoadBalancerExposure into, Forward f) {
      configs.forEach(c -> put(into.byIpConfiguration, c, f));
      addresses.forEach(a -> put(into.byAddress, a, f));
    }
  }
}
