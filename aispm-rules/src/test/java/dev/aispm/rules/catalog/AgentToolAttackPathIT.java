package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.engine.RuleEngine;
import dev.aispm.rules.engine.RuleMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unguarded-agent-tool path judges each tool against the guardrail of the version it belongs
 * to. The catalogue test only asks the fail fixture for one FAIL, which its draft case alone gives,
 * so this pins the served-version cases: a guarded draft does not hide an unguarded live version,
 * and an unguarded draft does not condemn the tools of a guarded one.
 */
class AgentToolAttackPathIT {
  private static final String RULE = "attack_path_unguarded_agent_tool_privileged_role";

  private static List<RuleMatch> matches(String fixture, String agent) {
    Rule r = RuleCatalog.builtIn().rule(RULE).orElseThrow();
    RuleCatalogIT.load(r.fixtures().get(fixture));
    return new RuleEngine(InProcessNeo4j.connection().driver(), null).evaluate(r).stream()
        .filter(m -> m.resourceId().equals(agent)).toList();
  }

  @Test
  void anUnguardedDraftsToolFailsNamingTheDraft() {
    assertThat(matches("fail", "agent-1")).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(RuleMatch.Status.FAIL);
      assertThat(m.reason()).isEqualTo(
          "Agent support can call refund-tool, which runs as ToolRole (write rights), with no guardrail in its draft");
    });
  }

  @Test
  void anUnguardedServedVersionsToolFailsNamingTheVersionThoughTheDraftIsGuarded() {
    assertThat(matches("fail", "agent-2")).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(RuleMatch.Status.FAIL);
      assertThat(m.reason()).isEqualTo(
          "Agent stale-live can call payout-tool, which runs as PayoutRole (admin), with no guardrail in version 1");
      // The path shown runs through version 1's tool.
      assertThat(m.resourceIds()).startsWith("agent-2", "fn-2", "role-2").contains("agent-2/version/1/actiongroup/ag-2");
    });
  }

  @Test
  void oneToolReachedFromSeveralUnguardedVersionsIsOneFindingNamingThemInOrder() {
    assertThat(matches("fail", "agent-3")).singleElement().extracting(RuleMatch::reason).isEqualTo(
        "Agent all-open can call payout-tool, which runs as PayoutRole (admin), with no guardrail in its draft, "
            + "version 2 and version 10");
  }

  @Test
  void aGuardedServedVersionsToolPassesWhateverTheDraft() {
    assertThat(matches("pass", "agent-2")).isEmpty();
    assertThat(matches("pass", "agent-3")).as("the draft has no guardrail, but the tool is guarded version 2's")
        .isEmpty();
  }
}
