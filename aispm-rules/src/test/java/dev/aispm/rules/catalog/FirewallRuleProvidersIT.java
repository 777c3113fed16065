package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.engine.RuleEngine;
import dev.aispm.rules.engine.RuleMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The firewall rule is written once for every cloud: its fixtures hold AWS security groups, GCP
 * firewall rules and Azure network security groups side by side, and each firewall must get the
 * verdict meant for it, which the catalogue test (one FAIL anywhere suffices) does not check.
 */
class FirewallRuleProvidersIT {
  static final Rule RULE = RuleCatalog.builtIn().rule("firewall_open_to_world_on_ai_tool_ports").orElseThrow();

  static List<String> verdicts(String fixture) {
    RuleCatalogIT.load(RULE.fixtures().get(fixture));
    return new RuleEngine(InProcessNeo4j.connection().driver(), null).evaluate(RULE).stream()
        .map(r -> r.resourceId() + "=" + r.status()).toList();
  }

  @Test
  void eachCloudsFirewallOpenOnAnAiToolPortFails() {
    assertThat(verdicts("fail")).containsExactlyInAnyOrder("sg-range=FAIL", "sg-all=FAIL",
        "gcp-fw-jupyter=FAIL", "gcp-fw-all=FAIL", "az-nsg-jupyter=FAIL", "az-nsg-any=FAIL");
  }

  @Test
  void eachCloudsFirewallClosedToAiToolPortsPassesAndUnroutedNetworksAreLeftOut() {
    assertThat(verdicts("pass")).containsExactlyInAnyOrder("sg-https=PASS", "sg-udp=PASS", "sg-closed=PASS",
        "gcp-fw-ssh=PASS", "gcp-fw-closed=PASS", "az-nsg-https=PASS");
  }

  @Test
  void unreadRulesAreUnknownOnEveryCloud() {
    assertThat(verdicts("unknown")).containsExactlyInAnyOrder("sg-unread=" + RuleMatch.Status.UNKNOWN,
        "gcp-fw-unread=UNKNOWN", "az-nsg-unread=UNKNOWN");
  }
}
