package dev.aispm.collectors.gcp.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.gcp.compute.FirewallSchema;
import dev.aispm.graph.schema.gcp.compute.VpcNetworkSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns Compute Engine firewall answers into firewall nodes (with the security-group flags the
 * common network rules read) and the rule list the Workbench transform decides reachability from.
 */
public final class FirewallTransformer {
  private static final List<String> WORLD = List.of("0.0.0.0/0", "::/0");

  private FirewallTransformer() {}

  public static List<FirewallRule> rules(List<JsonNode> raw, String projectId) {
    List<FirewallRule> out = new ArrayList<>();
    for (JsonNode f : raw) {
      String name = required(f, "name");
      boolean ingress = !"EGRESS".equals(f.path("direction").asText("INGRESS"));
      boolean fromWorld = strings(f.path("sourceRanges")).stream().anyMatch(WORLD::contains);
      List<String> open = new ArrayList<>();
      if (ingress && fromWorld) {
        for (JsonNode a : f.path("allowed")) {
          String proto = a.path("IPProtocol").asText("all");
          List<String> ports = strings(a.path("ports"));
          if (ports.isEmpty()) {
            open.add(proto + ":all");
          } else {
            ports.forEach(p -> open.add(proto + ":" + p));
          }
        }
      }
      out.add(new FirewallRule(GcpIds.firewall(projectId, name), name, GcpIds.lastSegment(required(f, "network")),
          ingress, f.path("disabled").asBoolean(false), strings(f.path("targetTags")),
          strings(f.path("targetServiceAccounts")), open));
    }
    return out;
  }

  /**
   * Firewall nodes and their networks. {@code routes} are the routes of the project (unknown when
   * unread): a network they route to the internet gateway is flagged, one they do not is not, and
   * with routes unread the flag stays absent.
   */
  public static WriteBatch transform(List<JsonNode> raw, Read<List<JsonNode>> routes, String projectId,
      ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    Set<String> routed = routes.present() ? RouteTransformer.internetRoutedNetworks(routes.value()) : Set.of();
    Set<String> networks = new TreeSet<>(routes.present() ? RouteTransformer.networks(routes.value()) : Set.of());
    for (JsonNode f : raw) {
      FirewallRule r = rules(List.of(f), projectId).get(0);
      List<String> allowed = new ArrayList<>();
      for (JsonNode a : f.path("allowed")) {
        List<String> ports = strings(a.path("ports"));
        String proto = a.path("IPProtocol").asText("all");
        allowed.add(ports.isEmpty() ? proto + ":all" : proto + ":" + String.join(",", ports));
      }
      out.node(FirewallSchema.NODE, NodeRecord.of(r.id(), scope)
          .set("name", r.name())
          .set("network", r.network())
          .set("direction", r.ingress() ? "INGRESS" : "EGRESS")
          .set("priority", f.has("priority") ? f.get("priority").asLong() : null)
          .set("disabled", r.disabled())
          .set("sourceRanges", strings(f.path("sourceRanges")))
          .set("targetTags", r.targetTags())
          .set("targetServiceAccounts", r.targetServiceAccounts())
          .set("allowed", allowed)
          .set("openToWorld", r.openToWorld())
          .set("openToWorldPorts", r.openToWorld() ? r.openToWorldPorts() : List.of())
          .build());
      networks.add(r.network());
      out.rel(FirewallSchema.IN_VPC, RelRecord.of(r.id(), GcpIds.network(projectId, r.network()), scope)
          .withTargetStub(Map.of("name", r.network())));
    }
    for (String n : networks) {
      out.node(VpcNetworkSchema.NODE, NodeRecord.of(GcpIds.network(projectId, n), scope)
          .set("name", n)
          .set("routesToInternetGateway", routes.present() ? routed.contains(n) : null)
          .build());
    }
    return out;
  }

  private static String required(JsonNode n, String field) {
    String v = n.path(field).asText(null);
    if (v == null || v.isEmpty()) {
      throw new IllegalStateException("firewall rule without " + field);
    }
    return v;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
