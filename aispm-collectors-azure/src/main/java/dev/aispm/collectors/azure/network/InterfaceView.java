package dev.aispm.collectors.azure.network;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import java.util.ArrayList;
import java.util.HashMap;
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
 */
public final class InterfaceView {
  private final Map<String, JsonNode> interfaces = new HashMap<>();
  private final Map<String, JsonNode> publicIps = new HashMap<>();
  private final boolean interfacesRead;
  private final boolean publicIpsRead;
  private final NetworkView network;

  /**
   * @param interfaces the subscription's network interfaces; null when they could not be listed
   * @param publicIps  its public IP addresses; null when they could not be listed
   */
  public InterfaceView(List<JsonNode> interfaces, List<JsonNode> publicIps, NetworkView network) {
    this.interfacesRead = interfaces != null;
    this.publicIpsRead = publicIps != null;
    this.network = network;
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
   *                          {@code Tcp:8265}, {@code *:*}; over all interfaces, public IP or not
   * @param reachable         whether an interface with a public IP is open to the world; null: unknown
   * @param paths             the interfaces through which the internet reaches it
   */
  public record Exposure(List<String> subnetIds, List<String> securityGroupIds, List<String> publicIpAddresses,
      List<String> openPorts, Boolean reachable, List<Path> paths) {}

  /**
   * One way in.
   *
   * @param via                securityGroupOpenToWorld, or noSecurityGroup (a Basic public IP no group filters)
   * @param networkInterfaceId the interface
   * @param publicIpAddress    its public address, null when not known
   * @param securityGroupIds   the groups that admit the world on the path
   * @param ports              the ports they all open
   */
  public record Path(String via, String networkInterfaceId, String publicIpAddress, List<String> securityGroupIds,
      List<String> ports) {}

  /** The exposure of a machine with these interfaces (ARM ids, any case). */
  public Exposure exposure(List<String> interfaceIds) {
    Set<String> subnets = new LinkedHashSet<>();
    Set<String> groups = new LinkedHashSet<>();
    Set<String> addresses = new LinkedHashSet<>();
    Set<String> open = new LinkedHashSet<>();
    List<Path> paths = new ArrayList<>();
    boolean unknown = !interfacesRead;
    for (String raw : interfaceIds) {
      String nicId = ArmIds.normalize(raw);
      JsonNode nic = nicId == null ? null : interfaces.get(nicId);
      if (nic == null) {
        unknown = true;
        continue;
      }
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
        String ipId = ArmIds.normalize(text(config, "properties", "publicIPAddress", "id"));
        if (ipId != null) {
          publicIp = true;
          JsonNode ip = publicIps.get(ipId);
          if (ip != null) {
            address = address != null ? address : text(ip, "properties", "ipAddress");
            String sku = text(ip, "sku", "name");
            basicSku = sku == null ? null : sku.equalsIgnoreCase("Basic");
          }
        }
      }
      if (address != null) {
        addresses.add(address);
      }
      List<String> ports;
      Boolean nicOpen;
      String via = "securityGroupOpenToWorld";
      if (!filtersKnown) {
        ports = List.of();
        nicOpen = null;
      } else if (filters.isEmpty()) {
        // No group: a Standard public IP admits nothing inbound, a Basic one everything.
        via = "noSecurityGroup";
        Boolean basic = publicIp && publicIpsRead ? basicSku : null;
        ports = Boolean.TRUE.equals(basic) ? List.of("*:*") : List.of();
        nicOpen = publicIp ? basic : Boolean.FALSE;
      } else {
        ports = null;
        nicOpen = Boolean.TRUE;
        for (String g : filters) {
          Boolean world = network.openToWorld(g);
          if (world == null) {
            nicOpen = null;
            ports = List.of();
            break;
          }
          ports = ports == null ? network.openPorts(g) : intersect(ports, network.openPorts(g));
        }
        if (nicOpen != null) {
          nicOpen = !ports.isEmpty();
        }
      }
      open.addAll(ports);
      if (!publicIp) {
        continue;
      }
      if (Boolean.TRUE.equals(nicOpen)) {
        paths.add(new Path(via, nicId, address, List.copyOf(filters), List.copyOf(ports)));
      } else if (nicOpen == null) {
        unknown = true;
      }
    }
    Boolean reachable = !paths.isEmpty() ? Boolean.TRUE : unknown ? null : Boolean.FALSE;
    return new Exposure(List.copyOf(subnets), List.copyOf(groups), List.copyOf(addresses), List.copyOf(open),
        reachable, List.copyOf(paths));
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
