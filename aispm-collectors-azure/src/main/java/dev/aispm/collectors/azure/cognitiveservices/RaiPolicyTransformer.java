package dev.aispm.collectors.azure.cognitiveservices;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureRaiPolicySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content filter policies. A policy is weakened when one of the harm categories the Microsoft
 * default blocks (hate, sexual, violence, self-harm) or the jailbreak (prompt attack) shield is
 * turned off or set not to block. Microsoft's own policies (Microsoft.Default, Microsoft.DefaultV2)
 * block all of them.
 */
public final class RaiPolicyTransformer {
  static final Set<String> GUARDED = Set.of("hate", "sexual", "violence", "selfharm", "jailbreak");

  private RaiPolicyTransformer() {}

  /** Writes the policies; returns whether each is weakened, by lower-case name. */
  public static Map<String, Boolean> transform(List<JsonNode> policies, String accountName, ScopeKey scope, GraphBatch out) {
    Map<String, Boolean> weakened = new HashMap<>();
    for (JsonNode policy : policies) {
      String name = text(policy, "name");
      JsonNode p = policy.path("properties");
      List<String> disabled = new ArrayList<>();
      Boolean jailbreak = null;
      for (JsonNode f : p.path("contentFilters")) {
        String category = text(f, "name");
        if (category == null) {
          continue;
        }
        String key = category.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        boolean on = !Boolean.FALSE.equals(bool(f, "enabled"));
        boolean blocks = on && !Boolean.FALSE.equals(bool(f, "blocking"));
        if (key.equals("jailbreak")) {
          jailbreak = jailbreak == null ? blocks : jailbreak && blocks;
        }
        if (GUARDED.contains(key) && !blocks) {
          disabled.add(category + "/" + (text(f, "source") == null ? "Prompt" : text(f, "source")));
        }
      }
      boolean builtIn = name != null && name.startsWith("Microsoft.");
      boolean isWeakened = !builtIn && (!disabled.isEmpty() || Boolean.FALSE.equals(jailbreak));
      weakened.put(name == null ? "" : name.toLowerCase(Locale.ROOT), isWeakened);
      out.add(AzureRaiPolicySchema.NODE, NodeRecord.of(ArmIds.normalize(text(policy, "id")), scope)
          .set("name", name)
          .set("accountName", accountName)
          .set("basePolicyName", text(p, "basePolicyName"))
          .set("mode", text(p, "mode"))
          .set("builtIn", builtIn)
          .set("disabledFilters", disabled)
          .set("weakened", isWeakened)
          .set("jailbreakBlocking", builtIn ? Boolean.TRUE : jailbreak)
          .build());
    }
    return weakened;
  }
}
