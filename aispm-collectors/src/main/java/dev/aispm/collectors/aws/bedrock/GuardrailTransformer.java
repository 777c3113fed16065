package dev.aispm.collectors.aws.bedrock;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.bedrock.GuardrailCoverageSchema;
import dev.aispm.graph.schema.aws.bedrock.GuardrailSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.bedrock.model.GetGuardrailResponse;
import software.amazon.awssdk.services.bedrock.model.GuardrailContentFilter;
import software.amazon.awssdk.services.bedrock.model.GuardrailPiiEntity;
import software.amazon.awssdk.services.bedrock.model.GuardrailRegex;
import software.amazon.awssdk.services.bedrock.model.GuardrailTopic;

/**
 * Turns GetGuardrail answers into guardrail nodes whose properties answer the questions rules ask:
 * how strong is the prompt-attack filter, is any harmful-content category left unfiltered, is
 * personal data blocked or masked. A policy that is absent from a guardrail that was read is a
 * known "not configured", so those properties are written as NONE or false, never left unset.
 */
public final class GuardrailTransformer {
  /** The harmful-content categories a guardrail can filter, besides prompt attacks. */
  static final Set<String> HARM_CATEGORIES = Set.of("SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT");
  private static final List<String> STRENGTHS = List.of("NONE", "LOW", "MEDIUM", "HIGH");

  private GuardrailTransformer() {}

  /**
   * The region's guardrail-coverage node: how many guardrails ListGuardrails named, or, when it
   * could not be read ({@code listed} null), that the count is unknown. Absence of guardrails is
   * a finding only when the listing answered.
   */
  public static WriteBatch coverage(List<?> listed, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    out.node(GuardrailCoverageSchema.NODE, NodeRecord.of(BedrockIds.guardrailCoverageId(scope), scope)
        .set("name", "guardrail-coverage")
        .set("listed", listed != null)
        .set("guardrailCount", listed == null ? null : listed.size())
        .build());
    return out;
  }

  public static WriteBatch transform(List<GetGuardrailResponse> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (GetGuardrailResponse g : raw) {
      String id = g.guardrailArn() != null ? g.guardrailArn() : BedrockIds.guardrailArn(g.guardrailId(), scope);
      if (id == null) {
        continue;
      }
      List<String> filters = new ArrayList<>();
      String promptAttack = "NONE";
      Map<String, String> harm = new java.util.HashMap<>();
      if (g.contentPolicy() != null && g.contentPolicy().hasFilters()) {
        for (GuardrailContentFilter f : g.contentPolicy().filters()) {
          String type = f.typeAsString();
          String in = enabled(f.inputEnabled()) ? strength(f.inputStrengthAsString()) : "NONE";
          String outStrength = enabled(f.outputEnabled()) ? strength(f.outputStrengthAsString()) : "NONE";
          filters.add(type + ":" + in + "/" + outStrength);
          if ("PROMPT_ATTACK".equals(type)) {
            promptAttack = in;
          } else if (type != null) {
            harm.put(type, in);
          }
        }
      }
      String weakest = "HIGH";
      for (String category : HARM_CATEGORIES) {
        String s = harm.getOrDefault(category, "NONE");
        if (STRENGTHS.indexOf(s) < STRENGTHS.indexOf(weakest)) {
          weakest = s;
        }
      }
      List<String> pii = new ArrayList<>();
      int regexes = 0;
      boolean sensitive = false;
      if (g.sensitiveInformationPolicy() != null) {
        if (g.sensitiveInformationPolicy().hasPiiEntities()) {
          for (GuardrailPiiEntity e : g.sensitiveInformationPolicy().piiEntities()) {
            String action = e.actionAsString();
            pii.add(e.typeAsString() + ":" + action);
            sensitive |= acts(action) && (enabled(e.inputEnabled()) || enabled(e.outputEnabled()));
          }
        }
        if (g.sensitiveInformationPolicy().hasRegexes()) {
          for (GuardrailRegex r : g.sensitiveInformationPolicy().regexes()) {
            regexes++;
            sensitive |= acts(r.actionAsString()) && (enabled(r.inputEnabled()) || enabled(r.outputEnabled()));
          }
        }
      }
      List<String> topics = new ArrayList<>();
      if (g.topicPolicy() != null && g.topicPolicy().hasTopics()) {
        for (GuardrailTopic t : g.topicPolicy().topics()) {
          topics.add(t.name());
        }
      }
      boolean words = g.wordPolicy() != null
          && (g.wordPolicy().hasWords() && !g.wordPolicy().words().isEmpty()
              || g.wordPolicy().hasManagedWordLists() && !g.wordPolicy().managedWordLists().isEmpty());
      boolean grounding = g.contextualGroundingPolicy() != null && g.contextualGroundingPolicy().hasFilters()
          && !g.contextualGroundingPolicy().filters().isEmpty();
      out.node(GuardrailSchema.NODE, NodeRecord.of(id, scope)
          .set("name", g.name())
          .set("guardrailId", g.guardrailId())
          .set("version", g.version())
          .set("status", g.statusAsString())
          .set("kmsKeyId", g.kmsKeyArn())
          .set("contentFilters", filters)
          .set("promptAttackStrength", promptAttack)
          .set("weakestContentStrength", weakest)
          .set("sensitiveInformationEnabled", sensitive)
          .set("piiEntityTypes", pii)
          .set("regexFilterCount", regexes)
          .set("deniedTopics", topics)
          .set("wordFilterEnabled", words)
          .set("contextualGroundingEnabled", grounding)
          .set("createdAt", g.createdAt())
          .set("updatedAt", g.updatedAt())
          .build());
    }
    return out;
  }

  // Filters default to enabled: the flag only appears when someone turned a direction off.
  private static boolean enabled(Boolean flag) {
    return flag == null || flag;
  }

  // An unknown strength value from a newer API counts as none: a rule must not pass on a word it cannot read.
  private static String strength(String s) {
    return s != null && STRENGTHS.contains(s) ? s : "NONE";
  }

  private static boolean acts(String action) {
    return "BLOCK".equals(action) || "ANONYMIZE".equals(action);
  }
}
