package dev.aispm.collectors.azure.network;

import static dev.aispm.collectors.azure.arm.Json.text;
import static dev.aispm.collectors.azure.arm.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Network security groups with {@code openToWorld}: the ports that an inbound Allow rule from any
 * address ({@code *}, {@code Internet}, {@code 0.0.0.0/0}, {@code ::/0}) opens and that no Deny
 * rule from any address with a higher priority (a lower number) closes first, as Azure evaluates
 * rules in priority order and stops at the first match. The default rules take part with their
 * priorities (65000 and up); they admit only the virtual network and the load balancer.
 *
 * <p>A Deny from a narrower source (one range, a service tag) is not subtracted: it closes the
 * port for that source only, and the rest of the world still gets in.
 */
public final class SecurityGroupTransformer {
  private static final Set<String> WORLD = Set.of("*", "internet", "0.0.0.0/0", "::/0", "any");
  private static final int MAX_PORT = 65535;

  private SecurityGroupTransformer() {}

  /** One inbound rule reduced to what ordering needs. */
  record Inbound(String name, int priority, boolean allow, String protocol, List<int[]> ports) {}

  public static List<NodeRecord> transform(List<JsonNode> groups, ScopeKey scope) {
    List<NodeRecord> out = new ArrayList<>();
    for (JsonNode g : groups) {
      List<Inbound> rules = new ArrayList<>();
      for (String field : List.of("securityRules", "defaultSecurityRules")) {
        for (JsonNode rule : g.path("properties").path(field)) {
          Inbound r = fromWorld(rule);
          if (r != null) {
            rules.add(r);
          }
        }
      }
      rules.sort(Comparator.comparingInt(Inbound::priority));
      List<String> ports = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        Inbound allow = rules.get(i);
        if (!allow.allow()) {
          continue;
        }
        List<int[]> open = allow.ports();
        for (Inbound deny : rules.subList(0, i)) {
          if (!deny.allow() && (deny.protocol().equals("*") || deny.protocol().equalsIgnoreCase(allow.protocol()))) {
            open = minus(open, deny.ports());
          }
        }
        if (!open.isEmpty()) {
          names.add(allow.name());
          open.forEach(p -> ports.add(allow.protocol() + ":" + range(p)));
        }
      }
      out.add(NodeRecord.of(ArmIds.normalize(text(g, "id")), scope)
          .set("name", text(g, "name"))
          .set("resourceGroup", ArmIds.resourceGroup(text(g, "id")))
          .set("location", text(g, "location"))
          .set("openToWorld", !ports.isEmpty())
          .set("openToWorldPorts", ports)
          .set("openToWorldRules", names)
          .build());
    }
    return out;
  }

  /** An inbound rule whose source includes any address, or null for every other rule. */
  static Inbound fromWorld(JsonNode rule) {
    JsonNode p = rule.path("properties");
    if (!"Inbound".equalsIgnoreCase(text(p, "direction"))) {
      return null;
    }
    List<String> sources = new ArrayList<>(texts(p, "sourceAddressPrefixes"));
    if (text(p, "sourceAddressPrefix") != null) {
      sources.add(text(p, "sourceAddressPrefix"));
    }
    if (sources.stream().noneMatch(s -> WORLD.contains(s.toLowerCase(Locale.ROOT)))) {
      return null;
    }
    String priority = text(p, "priority");
    if (priority == null) {
      throw new IllegalStateException("security rule without priority: " + text(rule, "id"));
    }
    List<String> ranges = new ArrayList<>(texts(p, "destinationPortRanges"));
    if (text(p, "destinationPortRange") != null) {
      ranges.add(text(p, "destinationPortRange"));
    }
    List<int[]> ports = new ArrayList<>();
    for (String r : ranges.isEmpty() ? List.of("*") : ranges) {
      ports.add(parse(r));
    }
    return new Inbound(text(rule, "name"), Integer.parseInt(priority), "Allow".equalsIgnoreCase(text(p, "access")),
        text(p, "protocol") == null ? "*" : text(p, "protocol"), merge(ports));
  }

  /** "*", "22" or "8000-8100" as an inclusive [from, to]. */
  static int[] parse(String range) {
    String r = range.strip();
    if (r.equals("*")) {
      return new int[] {0, MAX_PORT};
    }
    int dash = r.indexOf('-');
    try {
      return dash < 0 ? new int[] {Integer.parseInt(r), Integer.parseInt(r)}
          : new int[] {Integer.parseInt(r.substring(0, dash).strip()), Integer.parseInt(r.substring(dash + 1).strip())};
    } catch (NumberFormatException e) {
      throw new IllegalStateException("unreadable port range in a security rule: " + range, e);
    }
  }

  static String range(int[] p) {
    return p[0] == 0 && p[1] == MAX_PORT ? "*" : p[0] == p[1] ? Integer.toString(p[0]) : p[0] + "-" + p[1];
  }

  /** Sorted, non-overlapping ranges. */
  static List<int[]> merge(List<int[]> ranges) {
    List<int[]> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(r -> r[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] r : sorted) {
      if (!out.isEmpty() && r[0] <= out.get(out.size() - 1)[1] + 1) {
        out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], r[1]);
      } else {
        out.add(new int[] {r[0], r[1]});
      }
    }
    return out;
  }

  /** The ports of {@code open} that {@code closed} does not cover. */
  static List<int[]> minus(List<int[]> open, List<int[]> closed) {
    List<int[]> out = new ArrayList<>();
    for (int[] o : open) {
      List<int[]> pieces = List.of(o);
      for (int[] c : closed) {
        List<int[]> next = new ArrayList<>();
        for (int[] p : pieces) {
          if (c[1] < p[0] || c[0] > p[1]) {
            next.add(p);
            continue;
          }
          if (c[0] > p[0]) {
            next.add(new int[] {p[0], c[0] - 1});
          }
          if (c[1] < p[1]) {
            next.add(new int[] {c[1] + 1, p[1]});
          }
        }
        pieces = next;
      }
      out.addAll(pieces);
    }
    return out;
  }
}
