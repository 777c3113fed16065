package dev.aispm.collectors.azure.network;

import static dev.aispm.collectors.azure.arm.Json.text;
import static dev.aispm.collectors.azure.arm.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Network security groups with {@code openToWorld}: an inbound Allow rule (custom rules only; the
 * default rules admit only the virtual network and the load balancer) whose source is any address.
 * Deny rules of higher priority are not subtracted, so the flag errs towards a risk.
 */
public final class SecurityGroupTransformer {
  private static final Set<String> WORLD = Set.of("*", "internet", "0.0.0.0/0", "::/0", "any");

  private SecurityGroupTransformer() {}

  public static List<NodeRecord> transform(List<JsonNode> groups, ScopeKey scope) {
    List<NodeRecord> out = new ArrayList<>();
    for (JsonNode g : groups) {
      List<String> ports = new ArrayList<>();
      for (JsonNode rule : g.path("properties").path("securityRules")) {
        JsonNode p = rule.path("properties");
        if (!"Inbound".equalsIgnoreCase(text(p, "direction")) || !"Allow".equalsIgnoreCase(text(p, "access"))) {
          continue;
        }
        List<String> sources = new ArrayList<>(texts(p, "sourceAddressPrefixes"));
        if (text(p, "sourceAddressPrefix") != null) {
          sources.add(text(p, "sourceAddressPrefix"));
        }
        if (sources.stream().noneMatch(s -> WORLD.contains(s.toLowerCase(java.util.Locale.ROOT)))) {
          continue;
        }
        List<String> ranges = new ArrayList<>(texts(p, "destinationPortRanges"));
        if (text(p, "destinationPortRange") != null) {
          ranges.add(text(p, "destinationPortRange"));
        }
        String protocol = text(p, "protocol") == null ? "*" : text(p, "protocol");
        for (String r : ranges.isEmpty() ? List.of("*") : ranges) {
          ports.add(protocol + ":" + r);
        }
      }
      out.add(NodeRecord.of(ArmIds.normalize(text(g, "id")), scope)
          .set("name", text(g, "name"))
          .set("resourceGroup", ArmIds.resourceGroup(text(g, "id")))
          .set("location", text(g, "location"))
          .set("openToWorld", !ports.isEmpty())
          .set("openToWorldPorts", ports)
          .build());
    }
    return out;
  }
}
