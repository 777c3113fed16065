package dev.aispm.collectors.azure.network;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a virtual machine's network interfaces put it: their subnets, public IPs and the security
 * groups on the way in, and from those whether the internet reaches the machine and on which
 * ports. Azure filters inbound traffic by the subnet's security group and then the interface's,
 * so a port is open only when every group on the path admits the world on it. An interface behind
 * no group at all is open through a Basic public IP and closed through a Standard one (secure by
 * default). Whatever was not read (the interfaces, the public IPs, a subnet or a group) makes the
 * answer unknown, never closed.
 *
 * <p>A public load balancer is another way in: the backend ports its public frontends forward to
 * an interface's IP configuration ({@link LoadBalancerExposure}) are open where the same groups
 * admit the world on them, since Azure filters load-balanced traffic on the backend as any other.
 * Without any group a Basic load balancer lets them through and a Standard one nothing. When the
 * load balancers were not read, a machine with no public IP of its own is unknown rather than
 * closed; one with its own public IP keeps the answer that IP gives.
 *
 * <p>A scale set's instances are judged the same way from its model ({@link #scaleSetExposure}):
 * their interfaces are not listed with the subscription's, so the model's interface configurations
 * stand in for them, and load balancers reach them through the pools the model joins.
 */
public final class InterfaceView {
  private final Map<String, JsonNode> interfaces = new HashMap<>();
  private final Map<String, JsonNode> publicIps = new HashMap<>();
  private final boolean interfacesRead;
  private final NetworkView network;
  private final LoadBalancerExposure loadBalancers;

  /**
   * A subscription without load balancers.
   *
   * @param interfaces the subscription's network interfaces; null when they could not be listed
   * @param publicIps  its public IP addresses; null when they could not be listed
   */
  public InterfaceView(List<JsonNode> interfaces, List<JsonNode> publicIps, NetworkView network) {
    this(interfaces, publicIps, network, LoadBalancerExposure.none());
  }

  /**
   * @param interfaces    the subscription's network interfaces; null when they could not be listed
   * @param publicIps     its public IP addresses; null when they could not be listed
   * @param loadBalancers what its public load balancers forward
   */
  public InterfaceView(List<JsonNode> interfaces, List<JsonNode> publicIps, NetworkView network,
      LoadBalancerExposure loadBalancers) {
    this.interfacesRead = interfaces != null;
    this.network = network;
    this.loadBalancers = loadBalancers;
    (interfaces == null ? List.<JsonNode>of() : interfaces).forEach(n -> put(this.interfaces, n));
    (publicIps == null ? List.<JsonNode>of() : publicIps).forEach(p -> put(this.publicIps, p));
  }

  private static void put(Map<String, JsonNode> byId, JsonNode resource) {
    String id = ArmIds.normalize(text(resource, "id"));
    if (id != null) {
      byId.put(id, resource);
    }
  }

  /**
   * What the network says about a machine.
   *
   * @param subnetIds         subnets of its interfaces' IP configurations
   * @param securityGroupIds  groups on its interfaces and their subnets
   * @param publicIpAddresses the addresses of its public IPs (those whose address is known)
   * @param openPorts         ports every group on some interface's path admits the world on,
   *                          {@code Tcp:8265}, {@code *:*}; over all interfaces, public IP or not,
   *                          and the backend ports a public load balancer forwards through them
   * @param reachable         whether an interface with a public IP, or a public load balancer in
   *                          front of one, is open to the world; null: unknown
   * @param paths             the interfaces and load balancer frontends through which the internet reaches it
   */
  public record Exposure(List<String> subnetIds, List<String> securityGroupIds, List<String> publicIpAddresses,
      List<String> openPorts, Boolean reachable, List<Path> paths) {}

  /**
   * One way in.
   *
   * @param via                       securityGroupOpenToWorld, noSecurityGroup (a Basic public IP no
   *                                  group filters) or loadBalancer (a public frontend forwards to it)
   * @param networkInterfaceId        the interface
   * @param publicIpAddress           its public address, or the load balancer frontend's; null when not known
   * @param securityGroupIds          the groups that admit the world on the path
   * @param ports                     the ports they all open (for a load balancer: the backend ports)
   * @param loadBalancerId            the load balancer, null for the interface's own public IP
   * @param frontendIpConfigurationId the load balancer's public frontend, null for the interface's own public IP
   */
  public record Path(String via, String networkInterfaceId, String publicIpAddress, List<String> securityGroupIds,
      List<String> ports, String loadBalancerId, String frontendIpConfigurationId) {}

  /** The exposure of a machine with these interfaces (ARM ids, any case). */
  public Exposure exposure(List<String> interfaceIds) {
    Tally tally = new Tally(!interfacesRead);
    Configurations own = new Configurations() {
      @Override
      public List<LoadBalancerExposure.Forward> forwards(JsonNode config, String subnetId) {
        return loadBalancers.forwards(text(config, "id"), text(config, "properties", "privateIPAddress"),
            LoadBalancerExposure.virtualNetworkOf(subnetId));
      }

      @Override
      public PublicIp publicIp(JsonNode config) {
        String ipId = ArmIds.normalize(text(config, "properties", "publicIPAddress", "id"));
        if (ipId == null) {
          return null;
        }
        JsonNode ip = publicIps.get(ipId);
        return ip == null ? PublicIp.UNREAD : new PublicIp(true, text(ip, "properties", "ipAddress"), basic(ip));
      }
    };
    for (String raw : interfaceIds) {
      String nicId = ArmIds.normalize(raw);
      JsonNode nic = nicId == null ? null : interfaces.get(nicId);
      if (nic == null) {
        tally.unknown = true;
        continue;
      }
      tally.add(nicId, nic, own);
    }
    return tally.exposure();
  }

  /**
   * The exposure of a scale set's instances, from the network interface configurations of its model
   * ({@code virtualMachineProfile.networkProfile}): each instance gets an interface shaped like the
   * configuration, so the same groups filter it. An instance has a public IP of its own when the IP
   * configuration has a {@code publicIPAddressConfiguration} (its address is per instance and not
   * known here); load balancers reach it through the backend pools and inbound NAT pools the IP
   * configuration joins, since instances' IP configurations are not listed with the subscription's
   * interfaces.
   *
   * @param scaleSetId     the scale set's ARM id, any case; the configurations are named under it
   * @param networkProfile its model's {@code networkProfile}
   */
  public Exposure scaleSetExposure(String scaleSetId, JsonNode networkProfile) {
    Tally tally = new Tally(false);
    Configurations model = new Configurations() {
      @Override
      public List<LoadBalancerExposure.Forward> forwards(JsonNode config, String subnetId) {
        List<String> pools = new ArrayList<>();
        for (String field : List.of("loadBalancerBackendAddressPools", "loadBalancerInboundNatPools")) {
          config.path("properties").path(field).forEach(ref -> pools.add(text(ref, "id")));
        }
        return loadBalancers.poolForwards(pools);
      }

      @Override
      public PublicIp publicIp(JsonNode config) {
        JsonNode ip = config.path("properties").path("publicIPAddressConfiguration");
        return ip.isObject() ? new PublicIp(true, null, basic(ip)) : null;
      }
    };
    String owner = ArmIds.normalize(scaleSetId);
    int n = 0;
    for (JsonNode config : networkProfile.path("networkInterfaceConfigurations")) {
      String name = text(config, "name");
      tally.add(owner + "/networkinterfaceconfigurations/" + ArmIds.normalize(name == null ? String.valueOf(n) : name),
          config, model);
      n++;
    }
    return tally.exposure();
  }

  /** True for a Basic SKU, false for Standard, null when the SKU is not given. */
  private static Boolean basic(JsonNode resource) {
    String sku = text(resource, "sku", "name");
    return sku == null ? null : sku.equalsIgnoreCase("Basic");
  }

  /** How an interface's IP configurations meet the internet: their own public IP, and the load balancers' forwards. */
  private interface Configurations {
    List<LoadBalancerExposure.Forward> forwards(JsonNode config, String subnetId);

    /** The configuration's public IP; null when it has none. */
    PublicIp publicIp(JsonNode config);
  }

  /**
   * A public IP on an IP configuration.
   *
   * @param known    whether its SKU and address could be looked at (false: the public IPs were not read)
   * @param address  its address, null when not known
   * @param basicSku true for Basic, false for Standard, null when not known
   */
  private record PublicIp(boolean known, String address, Boolean basicSku) {
    static final PublicIp UNREAD = new PublicIp(false, null, null);
  }

  /** What a machine's interfaces add up to, interface by interface. */
  private final class Tally {
    private final Set<String> subnets = new LinkedHashSet<>();
    private final Set<String> groups = new LinkedHashSet<>();
    private final Set<String> addresses = new LinkedHashSet<>();
    private final Set<String> open = new LinkedHashSet<>();
    private final List<Path> paths = new ArrayList<>();
    private final Map<Balanced, Set<String>> balanced = new LinkedHashMap<>();
    private boolean unknown;
    private boolean ownPublicIp;

    Tally(boolean unknown) {
      this.unknown = unknown;
    }

    void add(String nicId, JsonNode nic, Configurations configurations) {
      String nicGroup = ArmIds.normalize(text(nic, "properties", "networkSecurityGroup", "id"));
      List<String> filters = new ArrayList<>();
      if (nicGroup != null) {
        filters.add(nicGroup);
        groups.add(nicGroup);
      }
      boolean filtersKnown = true;
      String address = null;
      boolean publicIp = false;
      Boolean basicSku = null;
      List<LoadBalancerExposure.Forward> forwards = new ArrayList<>();
      for (JsonNode config : nic.path("properties").path("ipConfigurations")) {
        String subnet = ArmIds.normalize(text(config, "properties", "subnet", "id"));
        if (subnet != null) {
          subnets.add(subnet);
          if (!network.knowsSubnet(subnet)) {
            filtersKnown = false;
          } else if (network.securityGroupOf(subnet) != null) {
            String g = ArmIds.normalize(network.securityGroupOf(subnet));
            groups.add(g);
            if (!filters.contains(g)) {
              filters.add(g);
            }
          }
        }
        forwards.addAll(configurations.forwards(config, subnet));
        PublicIp ip = configurations.publicIp(config);
        if (ip != null) {
          publicIp = true;
          if (ip.known()) {
            address = address != null ? address : ip.address();
            basicSku = ip.basicSku();
          }
        }
      }
      if (address != null) {
        addresses.add(address);
      }
      ownPublicIp |= publicIp;
      List<String> groupPorts = filtersKnown && !filters.isEmpty() ? groupPorts(filters) : null;
      List<String> ports;
      Boolean nicOpen;
      String via = "securityGroupOpenToWorld";
      if (!filtersKnown) {
        ports = List.of();
        nicOpen = null;
      } else if (filters.isEmpty()) {
        // No group: a Standard public IP admits nothing inbound, a Basic one everything.
        via = "noSecurityGroup";
        Boolean basic = publicIp ? basicSku : null;
        ports = Boolean.TRUE.equals(basic) ? List.of("*:*") : List.of();
        nicOpen = publicIp ? basic : Boolean.FALSE;
      } else if (groupPorts == null) {
        ports = List.of();
        nicOpen = null;
      } else {
        ports = groupPorts;
        nicOpen = !ports.isEmpty();
      }
      open.addAll(ports);
      for (LoadBalancerExposure.Forward f : forwards) {
        List<String> through = throughLoadBalancer(f, filtersKnown, filters, groupPorts);
        if (through == null) {
          unknown = true;
        } else if (!through.isEmpty()) {
          open.addAll(through);
          Balanced way = new Balanced(nicId, f.loadBalancerId(), f.frontendIpConfigurationId(), f.publicIpAddressId(),
              List.copyOf(filters));
          balanced.computeIfAbsent(way, k -> new LinkedHashSet<>()).addAll(through);
        }
      }
      if (!publicIp) {
        return;
      }
      if (Boolean.TRUE.equals(nicOpen)) {
        paths.add(new Path(via, nicId, address, List.copyOf(filters), List.copyOf(ports), null, null));
      } else if (nicOpen == null) {
        unknown = true;
      }
    }

    Exposure exposure() {
      balanced.forEach((way, ports) -> {
        JsonNode ip = way.publicIpAddressId() == null ? null : publicIps.get(way.publicIpAddressId());
        paths.add(new Path("loadBalancer", way.networkInterfaceId(),
            ip == null ? null : text(ip, "properties", "ipAddress"), way.securityGroupIds(), List.copyOf(ports),
            way.loadBalancerId(), way.frontendIpConfigurationId()));
      });
      if (!loadBalancers.read() && !ownPublicIp) {
        unknown = true;
      }
      Boolean reachable = !paths.isEmpty() ? Boolean.TRUE : unknown ? null : Boolean.FALSE;
      return new Exposure(List.copyOf(subnets), List.copyOf(groups), List.copyOf(addresses), List.copyOf(open),
          reachable, List.copyOf(paths));
    }
  }

  /** A load balancer frontend's way to one interface, through these groups: its ports are gathered over rules. */
  private record Balanced(String networkInterfaceId, String loadBalancerId, String frontendIpConfigurationId,
      String publicIpAddressId, List<String> securityGroupIds) {}

  /** The ports every one of the groups admits the world on; null when one was not read. */
  private List<String> groupPorts(List<String> filters) {
    List<String> ports = null;
    for (String g : filters) {
      if (network.openToWorld(g) == null) {
        return null;
      }
      ports = ports == null ? network.openPorts(g) : intersect(ports, network.openPorts(g));
    }
    return ports;
  }

  /**
   * The backend ports a load balancer forward leaves open from the internet: those the groups on
   * the path admit the world on; without a group, all of them behind a Basic load balancer and none
   * behind a Standard one. Null when that cannot be told (a subnet, a group or the SKU unknown).
   */
  private static List<String> throughLoadBalancer(LoadBalancerExposure.Forward f, boolean filtersKnown,
      List<String> filters, List<String> groupPorts) {
    if (!filtersKnown) {
      return null;
    }
    if (filters.isEmpty()) {
      return f.basicSku() == null ? null : f.basicSku() ? List.of(f.backendPort()) : List.of();
    }
    return groupPorts == null ? null : intersect(List.of(f.backendPort()), groupPorts);
  }

  /**
   * The ports both lists open, as {@code protocol:range}: a {@code *} protocol meets any other, a
   * range meets the part of another it overlaps.
   */
  static List<String> intersect(List<String> a, List<String> b) {
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        String p = protocol(x, y);
        int[] rx = range(x);
        int[] ry = range(y);
        if (p == null || rx == null || ry == null) {
          continue;
        }
        int from = Math.max(rx[0], ry[0]);
        int to = Math.min(rx[1], ry[1]);
        if (from <= to) {
          out.add(p + ":" + SecurityGroupTransformer.range(new int[] {from, to}));
        }
      }
    }
    return List.copyOf(out);
  }

  private static String protocol(String x, String y) {
    String px = x.substring(0, Math.max(0, x.indexOf(':')));
    String py = y.substring(0, Math.max(0, y.indexOf(':')));
    if (px.equals("*")) {
      return py;
    }
    if (py.equals("*") || px.equalsIgnoreCase(py)) {
      return px;
    }
    return null;
  }

  /** The inclusive range of {@code protocol:range}; null when unreadable. */
  private static int[] range(String port) {
    int colon = port.indexOf(':');
    if (colon < 0) {
      return null;
    }
    try {
      return SecurityGroupTransformer.parse(port.substring(colon + 1));
    } catch (IllegalStateException e) {
      return null;
    }
  }

  /**
   * Ports as {@link dev.aispm.scanners.aiusage.SelfHostedServers} reads them: {@code Tcp:8265} is
   * {@code tcp:8265}, {@code *:*} is {@code all:all}; a {@code *} protocol on a port range admits
   * TCP on it. Other protocols (Udp, Icmp) are kept under their own name and recognise nothing.
   */
  public static List<String> serverPorts(List<String> ports) {
    List<String> out = new ArrayList<>();
    for (String p : ports) {
      int colon = p.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String proto = p.substring(0, colon).toLowerCase(Locale.ROOT);
      String range = p.substring(colon + 1);
      if (proto.equals("*") && range.equals("*")) {
        out.add("all:all");
      } else {
        out.add((proto.equals("*") ? "tcp" : proto) + ":" + (range.equals("*") ? "all" : range));
      }
    }
    return out;
  }
}
