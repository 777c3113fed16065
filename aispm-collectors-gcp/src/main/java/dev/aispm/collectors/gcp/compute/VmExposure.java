package dev.aispm.collectors.gcp.compute;

import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the internet reaches a Compute Engine VM, and the links every VM-backed node draws: the
 * firewall rules that apply to it, its network and the service account it runs as. A Workbench
 * instance and a plain VM are both GCE VMs, so they are judged by this one piece of logic: the
 * internet reaches a VM with an external IP when an enabled ingress rule of its network that
 * targets it (all instances, one of its network tags, or its service account) admits 0.0.0.0/0 or
 * ::/0. Without an external IP it is not reachable; with one and the firewall unread it is unknown,
 * and unknown draws no edge.
 *
 * @param applying  the ingress rules of the VM's network that target it (empty when the firewall is unread)
 * @param openPorts protocol:port entries those rules open to the world, e.g. tcp:5000
 * @param reachable true, false, or null when the firewall facts are unknown
 */
public record VmExposure(List<FirewallRule> applying, List<String> openPorts, Boolean reachable) {
  public VmExposure {
    applying = List.copyOf(applying);
    openPorts = List.copyOf(openPorts);
  }

  /**
   * How one type of VM-backed node links to what its VM is attached to.
   *
   * @param runsAs           to the service account (a stub when not collected)
   * @param inVpc            to the network
   * @param hasSecurityGroup to each firewall rule that applies
   * @param internetCanReach from the Internet node
   */
  public record Links(RelSchema runsAs, RelSchema inVpc, RelSchema hasSecurityGroup, RelSchema internetCanReach) {}

  /**
   * @param externalIp     whether the VM has an external address
   * @param firewalls      the firewall rules of the VM's network's project, unknown when unread
   * @param network        the network's name (last segment)
   * @param tags           the VM's network tags
   * @param serviceAccount the e-mail it runs as, null without one
   */
  public static VmExposure of(boolean externalIp, Read<List<FirewallRule>> firewalls, String network,
      List<String> tags, String serviceAccount) {
    List<FirewallRule> applying = new ArrayList<>();
    if (firewalls.present()) {
      for (FirewallRule r : firewalls.value()) {
        if (r.appliesTo(network, tags, serviceAccount)) {
          applying.add(r);
        }
      }
    }
    Set<String> open = new LinkedHashSet<>();
    applying.stream().filter(FirewallRule::openToWorld).forEach(r -> open.addAll(r.openToWorldPorts()));
    Boolean reachable = !externalIp ? Boolean.FALSE : firewalls.known() ? !open.isEmpty() : null;
    return new VmExposure(applying, List.copyOf(open), reachable);
  }

  /**
   * Writes the VM's links: RUNS_AS its service account, IN_VPC its network, HAS_SECURITY_GROUP each
   * applying rule, and the Internet's CAN_REACH (via publicIpFirewallOpen, with the open ports) when
   * it is reachable.
   *
   * @param networkId the network's node id, null when the VM names none
   */
  public void write(WriteBatch out, String id, String networkId, String network, String serviceAccount,
      Links links, ScopeKey scope) {
    if (serviceAccount != null) {
      out.rel(links.runsAs(), RelRecord.of(id, GcpIds.serviceAccount(serviceAccount), scope)
          .withTargetStub(Map.of("name", serviceAccount, "email", serviceAccount)));
    }
    if (networkId != null && network != null) {
      out.rel(links.inVpc(), RelRecord.of(id, networkId, scope).withTargetStub(Map.of("name", network)));
    }
    for (FirewallRule r : applying) {
      out.rel(links.hasSecurityGroup(), RelRecord.of(id, r.id(), scope).withTargetStub(Map.of("name", r.name())));
    }
    if (Boolean.TRUE.equals(reachable)) {
      out.node(CommonSchemas.INTERNET, GcpIds.internet());
      out.rel(links.internetCanReach(), RelRecord.of(CommonSchemas.INTERNET_ID, id, scope,
          Map.of("via", "publicIpFirewallOpen", "ports", openPorts)));
    }
  }
}
