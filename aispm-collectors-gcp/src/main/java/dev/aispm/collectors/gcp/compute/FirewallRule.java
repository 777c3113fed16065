package dev.aispm.collectors.gcp.compute;

import java.util.List;

/**
 * A firewall rule as the VM reachability check ({@link VmExposure}) needs it.
 *
 * @param openToWorldPorts protocol:port entries an enabled ingress allow rule opens to 0.0.0.0/0 or ::/0
 */
public record FirewallRule(String id, String name, String network, boolean ingress, boolean disabled,
    List<String> targetTags, List<String> targetServiceAccounts, List<String> openToWorldPorts) {

  public FirewallRule {
    targetTags = List.copyOf(targetTags);
    targetServiceAccounts = List.copyOf(targetServiceAccounts);
    openToWorldPorts = List.copyOf(openToWorldPorts);
  }

  public boolean openToWorld() {
    return ingress && !disabled && !openToWorldPorts.isEmpty();
  }

  /** Whether the rule governs an instance on {@code network} with these tags and service account. */
  public boolean appliesTo(String instanceNetwork, List<String> tags, String serviceAccount) {
    if (!ingress || instanceNetwork == null || !instanceNetwork.equals(network)) {
      return false;
    }
    if (targetTags.isEmpty() && targetServiceAccounts.isEmpty()) {
      return true;
    }
    return tags.stream().anyMatch(targetTags::contains)
        || serviceAccount != null && targetServiceAccounts.contains(serviceAccount);
  }
}
